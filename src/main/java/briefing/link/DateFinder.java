package briefing.link;

import briefing.i18n.Messages;
import briefing.model.Names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Recognises explicit dates in prose — "25 April 2013", "le 1er mars 2020", "del 2 al 5 de octubre de 2016",
 * "30 июня 2023 года", "2023年6月30日", "30 حزيران 2023", "April 2013", "June 30, 2023", "2013" — and leaves relative or
 * ambiguous phrases alone. The forms are those of the languages the text may be written in (a source's own and the
 * portal's), built once per set of languages from CLDR's month names and date patterns and the words each language's
 * interface text gives for prose ({@link DateGrammar}); they match without regard to case or diacritics ("aout" is
 * "août"). A date is found whole (a range of days with its opening word) and linked to its month, else its year. A
 * bare year counts only between 1900 and 2099, never right after a word that announces a number ("Resolution 2085",
 * "résolution 2085", "No. 2019"; the bundle key {@code datefinder.not_a_year_after} of the language lists them), after
 * a comma or point ("12,2019"), in brackets after a number ("2261 (2016)"), nor before a dash or slash and a digit
 * ("2013-14").
 */
final class DateFinder {
    /** The bundle key of the words after which a four-digit number is not a year: a comma-separated list. */
    static final String NOT_A_YEAR_AFTER = "datefinder.not_a_year_after";

    /** A date found in text: {@code [start, end)} and the link target the resolver gave it. */
    record Hit(int start, int end, String href) {
    }

    private final DateGrammar grammar;
    private final Pattern date;
    private final Pattern numberWord;
    private final int longestNumberWord;
    private final BiFunction<Integer, Integer, Optional<String>> resolver;

    /** The same, reading each language's words from the engine's own interface text. */
    DateFinder(List<String> languages, BiFunction<Integer, Integer, Optional<String>> resolver) {
        this(languages, ProseWords::engine, resolver);
    }

    /**
     * @param languages the BCP 47 tags of the languages the text may be written in (a source's {@code language} and
     *                  the portal's; the portal's alone for its own pages)
     * @param texts     each language's interface text (the portal's own overrides included), for its prose words
     * @param resolver  (year, month or 0) to the timeline link, or empty when the timeline has nothing there
     */
    DateFinder(List<String> languages, Function<String, Messages> texts, BiFunction<Integer, Integer, Optional<String>> resolver) {
        this.resolver = resolver;
        this.grammar = new DateGrammar(languages, texts);
        this.date = grammar.pattern;
        List<String> words = new ArrayList<>();
        for (String language : languages) words.addAll(notAYearAfter(texts.apply(language)));
        String after = words.stream().map(Names::key).filter(w -> !w.isEmpty()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote).collect(Collectors.joining("|"));
        this.numberWord = after.isEmpty() ? null
                : Pattern.compile("(?U)(?:^|[^\\p{L}\\p{N}])(?:" + after + ")\\s*$");
        this.longestNumberWord = words.stream().mapToInt(w -> Names.key(w).length()).max().orElse(0);
    }

    /** The words of a language's bundle after which a four-digit number is not a year. */
    static List<String> notAYearAfter(Messages m) {
        return m.find(NOT_A_YEAR_AFTER).map(s -> Arrays.stream(s.split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList())
                .orElse(List.of());
    }

    List<Hit> find(String text) {
        // the folded text has the same length as the text, so a match's positions are the original's
        String folded = fold(text);
        List<Hit> hits = new ArrayList<>();
        // the date pattern is tried only where a date can begin (as find() would, but without trying every letter):
        // transparent bounds let its \b see the character before
        Matcher m = date.matcher(folded).useTransparentBounds(true);
        int at = 0;
        while (at < folded.length()) {
            if (!mayBegin(folded, at) || !m.region(at, folded.length()).lookingAt()) {
                at++;
                continue;
            }
            at = m.end();
            hit(m, folded).ifPresent(hits::add);
        }
        return hits;
    }

    /** Whether a date can begin at {@code i}: a digit or a month's initial, not inside a word. */
    private boolean mayBegin(String folded, int i) {
        char c = folded.charAt(i);
        boolean digit = Character.isDigit(folded.codePointAt(i));
        if (!digit && grammar.initials.indexOf(c) < 0) return false;
        if (i > 0) {
            char before = folded.charAt(i - 1);
            // in a script that does not space its words ("在2016年"), a date may follow a letter
            if (Character.isLetterOrDigit(before) && (Character.isDigit(before) || !AliasMatcher.unspaced(before))) return false;
        }
        return digit || opens(folded, i); // the words looked up last: most letters are inside a word
    }

    /** Whether a word a date can begin with (a month name, "del") begins at {@code i}: its first three letters or fewer. */
    private boolean opens(String folded, int i) {
        for (int k = 1; k <= 3 && i + k <= folded.length(); k++) if (grammar.openings.contains(folded.substring(i, i + k))) return true;
        return false;
    }

    /** The date {@code m} matched, when it is one and the timeline has a place for it. */
    private Optional<Hit> hit(Matcher m, String folded) {
        DateGrammar.Form form = grammar.forms.stream().filter(f -> m.group(f.marker()) != null).findFirst().orElseThrow();
        int year = Integer.parseInt(m.group(form.year()));
        int month = 0;
        if (form.month() != 0) {
            String name = m.group(form.month());
            month = form.numericMonth() ? Integer.parseInt(name) : grammar.months.get(name);
            if (month < 1 || month > 12) return Optional.empty();
        }
        if (form.day() != 0) {
            int d = Integer.parseInt(m.group(form.day()));
            if (d < 1 || d > 31) return Optional.empty();
            if (form.lastDay() != 0 && m.group(form.lastDay()) != null) {
                int last = Integer.parseInt(m.group(form.lastDay()));
                if (last <= d || last > 31) return Optional.empty();
            }
        }
        if (form.month() == 0) {
            if (afterNumberWord(folded, m.start())) return Optional.empty();
            if (m.start() > 0 && (folded.charAt(m.start() - 1) == ',' || folded.charAt(m.start() - 1) == '.')) return Optional.empty();
            if (yearOfNumber(folded, m.start())) return Optional.empty();
        }
        int found = month;
        Optional<String> href = resolver.apply(year, month).or(() -> found == 0 ? Optional.empty() : resolver.apply(year, 0));
        // "del 2 al 5 de octubre" is linked from "del"; "del 2 de octubre" (no range) from its day
        int start = form.dayFirst() && m.group(form.lastDay()) == null ? m.start(form.day()) : m.start();
        return href.map(h -> new Hit(start, m.end(), h));
    }

    /** Whether the year at {@code at} is in brackets right after a number: a document's year ("2261(2016)", "2261 (2016)"). */
    private static boolean yearOfNumber(String folded, int at) {
        int i = at - 1;
        if (i < 0 || (folded.charAt(i) != '(' && folded.charAt(i) != '（')) return false;
        i--;
        while (i >= 0 && folded.charAt(i) == ' ') i--;
        return i >= 0 && Character.isDigit(folded.charAt(i));
    }

    /**
     * Whether the text before {@code at} ends with a word that announces a number ("Resolution 2085"). Only the spaces
     * before {@code at} and the longest such word (with the character before it) can hold one, so only they are read,
     * not the whole text before every year.
     */
    private boolean afterNumberWord(String folded, int at) {
        if (numberWord == null) return false;
        int end = at;
        while (end > 0 && isSpace(folded.charAt(end - 1))) end--;
        // the region's start matches ^ as the text's start did; no word can begin there and still reach the spaces
        return numberWord.matcher(folded).region(Math.max(0, end - longestNumberWord - 1), at).find();
    }

    /** Every character {@code \s} matches under {@code (?U)}, and a few more. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    /** Lower case, no diacritics, plain spaces (no-break spaces too), position for position. */
    private static String fold(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) b.append(Names.fold(text.charAt(i)));
        return b.toString();
    }
}
