package briefing.model;

import java.text.DateFormatSymbols;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written in another form than EDTF's ({@code 31/12/2023}, {@code 12/31/2023}, {@code 31.12.2023},
 * {@code December 31, 2023}, {@code 31 décembre 2023}, {@code 2023/12/31}, {@code 2023-1-5}): the message that says
 * how to write them ("write 2023-12-31"), both readings when the day and month could be either.
 */
final class OtherDateForms {
    private static final Pattern NUMBERS = Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th|er)?\\.?\\s+(?:of\\s+)?(\\p{L}+)\\.?,?\\s+(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\p{L}+)\\.?,?\\s+(\\d{4})");
    /** Month names, full and short, in the languages the engine ships, lower case, to their number. */
    private static final Map<String, Integer> MONTHS = months();

    private OtherDateForms() {
    }

    /** How to write {@code s} as a date, when it is a date in another form; empty otherwise. */
    static Optional<String> fix(String s) {
        String t = s.strip();
        Matcher m;
        if ((m = YEAR_FIRST.matcher(t)).matches()) return write(s, iso(m.group(1), m.group(2), m.group(3)));
        if ((m = NUMBERS.matcher(t)).matches()) {
            int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(2));
            String year = m.group(3);
            if (a > 12 || a == b) return write(s, iso(year, m.group(2), m.group(1)));
            if (b > 12) return write(s, iso(year, m.group(1), m.group(2)));
            String dayFirst = iso(year, m.group(2), m.group(1)), monthFirst = iso(year, m.group(1), m.group(2));
            if (!exists(dayFirst) || !exists(monthFirst)) return Optional.empty();
            return Optional.of("'" + s + "' is not a date in the form YYYY-MM-DD; write " + dayFirst + " if it is " + a + " "
                    + EdtfDate.monthName(b) + ", or " + monthFirst + " if it is " + b + " " + EdtfDate.monthName(a));
        }
        if ((m = MONTH_DAY_YEAR.matcher(t)).matches() && MONTHS.containsKey(lower(m.group(1)))) {
            return write(s, iso(m.group(3), Integer.toString(MONTHS.get(lower(m.group(1)))), m.group(2)));
        }
        if ((m = DAY_MONTH_YEAR.matcher(t)).matches() && MONTHS.containsKey(lower(m.group(2)))) {
            return write(s, iso(m.group(3), Integer.toString(MONTHS.get(lower(m.group(2)))), m.group(1)));
        }
        if ((m = MONTH_YEAR.matcher(t)).matches() && MONTHS.containsKey(lower(m.group(1)))) {
            return write(s, m.group(2) + "-" + two(Integer.toString(MONTHS.get(lower(m.group(1))))));
        }
        return Optional.empty();
    }

    /** The message for {@code s}, when its reading {@code iso} is a day (or month) that exists; empty otherwise. */
    private static Optional<String> write(String s, String iso) {
        if (!exists(iso)) return Optional.empty();
        return Optional.of("'" + s + "' is not a date in the form YYYY-MM-DD; write " + iso);
    }

    private static boolean exists(String iso) {
        try {
            if (iso.length() == 7) java.time.YearMonth.parse(iso);
            else java.time.LocalDate.parse(iso);
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    private static String iso(String year, String month, String day) {
        return year + "-" + two(month) + "-" + two(day);
    }

    private static String two(String n) {
        return n.length() == 1 ? "0" + n : n;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Locale l : new Locale[]{Locale.ENGLISH, Locale.FRENCH}) {
            DateFormatSymbols d = DateFormatSymbols.getInstance(l);
            for (int i = 0; i < 12; i++) {
                out.putIfAbsent(d.getMonths()[i].toLowerCase(l), i + 1);
                out.putIfAbsent(d.getShortMonths()[i].toLowerCase(l).replace(".", ""), i + 1);
            }
        }
        out.putIfAbsent("sept", 9);
        return Map.copyOf(out);
    }
}
