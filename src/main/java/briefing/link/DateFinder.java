package briefing.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises explicit dates in prose — "25 April 2013", "April 2013", "June 30, 2023", "2013" — and leaves relative or
 * ambiguous phrases alone. A bare year counts only between 1900 and 2099 and never right after "Resolution" (as in
 * "Resolution 2085"), so numbers are not taken for years.
 */
final class DateFinder {
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final Pattern DATE = Pattern.compile(
            "\\b(?:(\\d{1,2}) (" + MONTHS + ") (\\d{4})"          // 25 April 2013
                    + "|(" + MONTHS + ") (\\d{1,2}), (\\d{4})"     // June 30, 2023
                    + "|(" + MONTHS + ") (\\d{4})"                 // April 2013
                    + "|((?:19|20)\\d{2}))\\b(?![-–/]\\d)");       // 2013, not 2013-14 or 2013/14
    private static final Pattern NUMBER_WORD = Pattern.compile("(?i)(resolutions?|no\\.?|number|§)\\s*$");

    /** A date found in text: {@code [start, end)} and the link target the resolver gave it. */
    record Hit(int start, int end, String href) {
    }

    private final BiFunction<Integer, Integer, Optional<String>> resolver;

    /** @param resolver (year, month or 0) to the timeline link, or empty when the timeline has nothing there */
    DateFinder(BiFunction<Integer, Integer, Optional<String>> resolver) {
        this.resolver = resolver;
    }

    List<Hit> find(String text) {
        List<Hit> hits = new ArrayList<>();
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            int year;
            int month;
            if (m.group(1) != null) {
                year = Integer.parseInt(m.group(3));
                month = month(m.group(2));
                if (Integer.parseInt(m.group(1)) > 31) continue;
            } else if (m.group(4) != null) {
                year = Integer.parseInt(m.group(6));
                month = month(m.group(4));
            } else if (m.group(7) != null) {
                year = Integer.parseInt(m.group(8));
                month = month(m.group(7));
            } else {
                year = Integer.parseInt(m.group(9));
                month = 0;
                if (NUMBER_WORD.matcher(text.substring(0, m.start())).find()) continue;
                if (m.start() > 0 && (text.charAt(m.start() - 1) == ',' || text.charAt(m.start() - 1) == '.')) continue;
            }
            int y = year;
            int mo = month;
            resolver.apply(y, mo).or(() -> mo == 0 ? Optional.empty() : resolver.apply(y, 0))
                    .ifPresent(href -> hits.add(new Hit(m.start(), m.end(), href)));
        }
        return hits;
    }

    private static int month(String name) {
        return java.time.Month.valueOf(name.toUpperCase(Locale.ROOT)).getValue();
    }
}
