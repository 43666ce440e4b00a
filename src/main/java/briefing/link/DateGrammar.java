package briefing.link;

import briefing.i18n.Messages;
import briefing.locale.CalendarWords;
import briefing.locale.PatternTokens;
import briefing.locale.PatternTokens.Field;
import briefing.locale.PatternTokens.FieldToken;
import briefing.locale.PatternTokens.Literal;
import briefing.model.Names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The dates of some languages as one regular expression over folded text (lower case, no diacritics), built once from
 * CLDR's month names and date patterns of each language (see {@link CalendarWords}) and the words its interface text
 * gives for prose: ordinal day endings ({@code datefinder.day_suffixes}: "1er"), words after a year
 * ({@code datefinder.year_suffixes}: "2023 года") and between the days of a range ({@code datefinder.range_to}: "del 2
 * al 5 de octubre"). Every language also reads the plain forms "30 June 2023", "June 30, 2023" and "June 2023".
 */
final class DateGrammar {
    static final String DAY_SUFFIXES = "datefinder.day_suffixes";
    static final String YEAR_SUFFIXES = "datefinder.year_suffixes";
    static final String RANGE_TO = "datefinder.range_to";
    /** Words before the first day of a range, linked with it ("del 2 al 5 de octubre", "du 2 au 5 juillet"). */
    static final String RANGE_FROM = "datefinder.range_from";
    /** More forms of the twelve months, January first, that prose uses and CLDR has not (Russian "в июне"). */
    static final String MONTH_NAMES = "datefinder.month_names";

    /** One way of writing a date: the groups holding its parts (0 when it has none). */
    record Form(int marker, int day, int lastDay, int month, boolean numericMonth, int year, boolean dayFirst) {
    }

    final Pattern pattern;
    final List<Form> forms = new ArrayList<>();
    /** Folded month names (full and abbreviated) to their month. */
    final Map<String, Integer> months = new HashMap<>();
    /** The first character of every month name: with a digit, what a date can begin with. */
    final String initials;
    /** The first three characters (or fewer, for a shorter word) of every word a date can begin with. */
    final Set<String> openings = new java.util.HashSet<>();

    private final String wideNames;
    private final String anyName;
    private final String day;
    private final String range;
    /** The words before a range's first day, optional: a date that has no range does not keep them (see DateFinder). */
    private final String from;
    private final String yearSuffix;
    private int groups;

    DateGrammar(List<String> languages, java.util.function.Function<String, Messages> texts) {
        Set<String> wide = new LinkedHashSet<>();
        Set<String> daySuffixes = new LinkedHashSet<>(List.of("er", "re", "st", "nd", "rd", "th", "º", "°", "."));
        Set<String> yearSuffixes = new LinkedHashSet<>();
        Set<String> rangeWords = new LinkedHashSet<>(List.of("-", "–", "—"));
        Set<String> fromWords = new LinkedHashSet<>();
        Set<String> dayPatterns = new LinkedHashSet<>();
        Set<String> monthPatterns = new LinkedHashSet<>();
        for (String language : languages) {
            CalendarWords w = CalendarWords.of(language);
            w.wideMonths().forEach((n, m) -> {
                months.putIfAbsent(Names.key(n), m);
                wide.add(Names.key(n));
            });
            w.shortMonths().forEach((n, m) -> months.putIfAbsent(Names.key(n), m));
            dayPatterns.addAll(w.dayPatterns());
            monthPatterns.addAll(w.monthPatterns());
            Messages m = texts.apply(language);
            List<String> more = words(m, MONTH_NAMES);
            for (int i = 0; i < more.size(); i++) {
                months.putIfAbsent(Names.key(more.get(i)), i % 12 + 1);
                wide.add(Names.key(more.get(i)));
            }
            daySuffixes.addAll(words(m, DAY_SUFFIXES));
            yearSuffixes.addAll(words(m, YEAR_SUFFIXES));
            rangeWords.addAll(words(m, RANGE_TO));
            fromWords.addAll(words(m, RANGE_FROM));
        }
        dayPatterns.addAll(List.of("d MMMM y", "MMMM d, y"));
        monthPatterns.add("MMMM y");
        this.wideNames = trie(wide);
        this.anyName = trie(months.keySet());
        this.day = "(\\d{1,2})(?:" + alternation(daySuffixes) + ")?";
        this.range = alternation(rangeWords);
        this.from = fromWords.isEmpty() ? "" : "(?:(?:" + alternation(fromWords) + ") )?";
        this.yearSuffix = yearSuffixes.isEmpty() ? "" : "(?: ?(?:" + alternation(yearSuffixes) + "))?";
        this.initials = java.util.stream.Stream.concat(months.keySet().stream(), fromWords.stream().map(Names::key))
                .filter(n -> !n.isEmpty()).map(n -> n.substring(0, 1)).distinct().sorted().collect(Collectors.joining());
        java.util.stream.Stream.concat(months.keySet().stream(), fromWords.stream().map(Names::key)).filter(n -> !n.isEmpty())
                .forEach(n -> openings.add(n.substring(0, Math.min(3, n.length()))));

        List<String> alternatives = new ArrayList<>();
        for (String p : dayPatterns) PatternTokens.of(p).map(t -> form(t, true)).filter(f -> !f.isEmpty()).ifPresent(alternatives::add);
        for (String p : monthPatterns) PatternTokens.of(p).map(t -> form(t, false)).filter(f -> !f.isEmpty()).ifPresent(alternatives::add);
        int marker = ++groups;
        int year = ++groups;
        forms.add(new Form(marker, 0, 0, 0, false, year, false));
        alternatives.add("()((?:19|20|١٩|٢٠|۱۹|۲۰)\\d{2})" + yearSuffix);
        // a date ends before a digit, and before a letter of a script that spaces its words ("2016年" ends at 2016)
        this.pattern = Pattern.compile("(?U)(?:" + String.join("|", alternatives) + ")"
                + "(?![-/]\\d)(?!\\d)(?!(?<=[\\p{L}\\p{N}])[\\p{L}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]])");
    }

    private static List<String> words(Messages m, String key) {
        return m.find(key).map(s -> Arrays.stream(s.split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList())
                .orElse(List.of());
    }

    /** Longest first, so that a name that begins another is not cut short; folded and quoted. */
    private static String alternation(Collection<String> words) {
        return words.stream().map(Names::key).filter(w -> !w.isEmpty()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /**
     * The words as one expression with their common beginnings shared ("j(?:anvier|ui(?:n|llet))"): the matcher reads
     * each character once instead of trying a hundred month names one after another; longer words are preferred.
     */
    static String trie(Collection<String> words) {
        java.util.TreeMap<Integer, List<String>> byFirst = new java.util.TreeMap<>();
        boolean ends = false;
        for (String w : words.stream().map(Names::key).distinct().toList()) {
            if (w.isEmpty()) ends = true;
            else byFirst.computeIfAbsent(w.codePointAt(0), c -> new ArrayList<>()).add(w.substring(Character.charCount(w.codePointAt(0))));
        }
        List<String> branches = new ArrayList<>();
        byFirst.forEach((c, rests) -> branches.add(Pattern.quote(new String(Character.toChars(c))) + trie(rests)));
        if (branches.isEmpty()) return "";
        String alt = branches.size() == 1 ? branches.get(0) : "(?:" + String.join("|", branches) + ")";
        return ends ? "(?:" + alt + ")?" : alt;
    }

    /**
     * The expression of one pattern's dates, its groups counted into {@link #forms}. Literal text beside a month name
     * may be left out ("2 octubre 2016" as well as "2 de octubre de 2016"); beside numbers it is what makes the date.
     */
    private String form(List<PatternTokens.Token> tokens, boolean withDay) {
        StringBuilder b = new StringBuilder("()");
        int marker = ++groups;
        int d = 0, last = 0, month = 0, year = 0;
        boolean numeric = false;
        boolean seenField = false;
        boolean dayFirst = false;
        for (int i = 0; i < tokens.size(); i++) {
            PatternTokens.Token t = tokens.get(i);
            if (t instanceof Literal l) {
                if (!seenField) continue; // text before the first field is no part of the date
                String text = Names.key(l.text());
                boolean trailing = i == tokens.size() - 1;
                boolean besideName = isName(tokens, i - 1) || isName(tokens, i + 1);
                if (text.isEmpty()) b.append(trailing ? "" : " *");
                else if (trailing) b.append(tokens.get(i - 1) instanceof FieldToken f && f.field() == Field.MONTH_NUMBER
                        ? " *" + Pattern.quote(text) : "(?: *" + Pattern.quote(text) + ")?");
                else if (besideName) b.append(" *(?:").append(Pattern.quote(text)).append(" *)?");
                else b.append(" *").append(Pattern.quote(text)).append(" *");
                continue;
            }
            seenField = true;
            switch (((FieldToken) t).field()) {
                case DAY -> {
                    if (i == 0) {
                        b.append(from);
                        dayFirst = true;
                    }
                    d = ++groups;
                    b.append(day);
                    // a range of days: "2 al 5", "2–5", "2日至5日"
                    String next = i + 1 < tokens.size() && i + 1 == tokens.size() - 1 && tokens.get(i + 1) instanceof Literal l
                            ? Names.key(l.text()) : "";
                    last = ++groups;
                    b.append("(?:").append(next.isEmpty() ? "" : "(?: *" + Pattern.quote(next) + ")?")
                            .append(" *(?:").append(range).append(") *").append(day).append(")?");
                }
                case MONTH_NAME -> {
                    month = ++groups;
                    // "حزيران/يونيو": Arabic often gives two names of the month, the first read
                    b.append("(").append(withDay ? anyName : wideNames).append(withDay ? ")\\.?" : ")")
                            .append("(?: ?/ ?(?:").append(wideNames).append("))?");
                }
                case MONTH_NUMBER -> {
                    month = ++groups;
                    numeric = true;
                    b.append("(\\d{1,2})");
                }
                case YEAR -> {
                    year = ++groups;
                    b.append("(\\d{4})").append(yearSuffix);
                }
            }
        }
        if (year == 0 || month == 0 || (withDay && d == 0)) {
            groups = marker - 1; // not a form a date is written in: its groups are not used
            return "";
        }
        forms.add(new Form(marker, d, last, month, numeric, year, dayFirst));
        return b.toString();
    }

    private static boolean isName(List<PatternTokens.Token> tokens, int i) {
        return i >= 0 && i < tokens.size() && tokens.get(i) instanceof FieldToken f && f.field() == Field.MONTH_NAME;
    }
}
