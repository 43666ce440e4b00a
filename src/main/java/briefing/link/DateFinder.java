package briefing.link;

import briefing.i18n.Messages;
import briefing.model.Names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Recognises explicit dates in prose — "25 April 2013", "9 juillet 2011", "le 1er mars 2020", "April 2013",
 * "June 30, 2023", "2013" — and leaves relative or ambiguous phrases alone. Month names are those of the languages the
 * text may be written in (a source's own and the portal's: editors may summarise a Spanish source in English), from
 * ICU, matched without regard to case or diacritics ("aout" is "août"). A bare year counts only
 * between 1900 and 2099, never right after a word that announces a number ("Resolution 2085", "résolution 2085",
 * "No. 2019"; the bundle key {@code datefinder.not_a_year_after} of the language lists them), after a comma or point
 * ("12,2019"), nor before a dash or slash and a digit ("2013-14").
 */
final class DateFinder {
    /** The bundle key of the words after which a four-digit number is not a year: a comma-separated list. */
    static final String NOT_A_YEAR_AFTER = "datefinder.not_a_year_after";

    /** A date found in text: {@code [start, end)} and the link target the resolver gave it. */
    record Hit(int start, int end, String href) {
    }

    /** Folded month names to their month (1-12), in every language read. */
    private final java.util.Map<String, Integer> months = new java.util.HashMap<>();
    private final Pattern date;
    /** The first letter of every month name: with a digit, what a date can begin with. */
    private final String monthInitials;
    private final Pattern numberWord;
    private final int longestNumberWord;
    private final BiFunction<Integer, Integer, Optional<String>> resolver;

    /**
     * @param languages the BCP 47 tags of the languages the text may be written in (a source's {@code language} and
     *                  the portal's; the portal's alone for its own pages)
     * @param resolver  (year, month or 0) to the timeline link, or empty when the timeline has nothing there
     */
    DateFinder(List<String> languages, BiFunction<Integer, Integer, Optional<String>> resolver) {
        this.resolver = resolver;
        List<String> words = new ArrayList<>();
        for (String language : languages) {
            List<String> names = Messages.monthNames(language);
            for (int i = 0; i < names.size(); i++) months.putIfAbsent(Names.key(names.get(i)), i + 1);
            words.addAll(notAYearAfter(language));
        }
        // longest first, so that a name that begins another ("juin", "juillet" do not, but other languages' may) is not cut short
        String names = months.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote).collect(Collectors.joining("|"));
        String day = "(\\d{1,2})(?:er|re|st|nd|rd|th|º|°|\\.)?";
        this.monthInitials = months.keySet().stream().map(n -> n.substring(0, 1)).distinct().sorted().collect(Collectors.joining());
        this.date = Pattern.compile("(?U)\\b(?:" + day + " (" + names + ") (\\d{4})"   // 25 April 2013, 1er mars 2020
                + "|(" + names + ") (\\d{1,2}), (\\d{4})"                              // June 30, 2023
                + "|(" + names + ") (\\d{4})"                                          // April 2013, juillet 2011
                + "|((?:19|20)\\d{2}))\\b(?![-/]\\d)");                                // 2013, not 2013-14 or 2013/14
        String after = words.stream().map(Names::key).filter(w -> !w.isEmpty()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote).collect(Collectors.joining("|"));
        this.numberWord = after.isEmpty() ? null
                : Pattern.compile("(?U)(?:^|[^\\p{L}\\p{N}])(?:" + after + ")\\s*$");
        this.longestNumberWord = words.stream().mapToInt(w -> Names.key(w).length()).max().orElse(0);
    }

    /** The words of {@code language}'s bundle (English when the engine has none for it). */
    static List<String> notAYearAfter(String language) {
        Messages m = Messages.available(language, Optional.empty()) ? Messages.load(language, Optional.empty()) : Messages.english();
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
        if (!Character.isDigit(folded.codePointAt(i)) && monthInitials.indexOf(c) < 0) return false;
        return i == 0 || !Character.isLetterOrDigit(c) || !Character.isLetterOrDigit(folded.charAt(i - 1));
    }

    /** The date {@code m} matched, when it is one and the timeline has a place for it. */
    private Optional<Hit> hit(Matcher m, String folded) {
        int year;
        int month;
        if (m.group(1) != null) {
            year = Integer.parseInt(m.group(3));
            month = month(m.group(2));
            int d = Integer.parseInt(m.group(1));
            if (d < 1 || d > 31) return Optional.empty();
        } else if (m.group(4) != null) {
            year = Integer.parseInt(m.group(6));
            month = month(m.group(4));
        } else if (m.group(7) != null) {
            year = Integer.parseInt(m.group(8));
            month = month(m.group(7));
        } else {
            year = Integer.parseInt(m.group(9));
            month = 0;
            if (afterNumberWord(folded, m.start())) return Optional.empty();
            if (m.start() > 0 && (folded.charAt(m.start() - 1) == ',' || folded.charAt(m.start() - 1) == '.')) return Optional.empty();
        }
        Optional<String> href = resolver.apply(year, month).or(() -> month == 0 ? Optional.empty() : resolver.apply(year, 0));
        return href.map(h -> new Hit(m.start(), m.end(), h));
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

    private int month(String folded) {
        return months.get(folded);
    }
}
