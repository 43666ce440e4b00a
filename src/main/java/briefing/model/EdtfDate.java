package briefing.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date at the precision the evidence supports, in the EDTF level-1 forms the content model allows:
 * {@code 2013}, {@code 2013-04}, {@code 2013-04-25}, approximate {@code 2020-10~}, uncertain {@code 2021-04?},
 * both {@code %}, and intervals {@code 2019-01-28/2019-02-01} whose ends may be open ({@code ..}) or unknown (empty).
 * An interval's {@link #start()} is absent when that end is open or unknown.
 */
public record EdtfDate(Optional<Point> start, Optional<Point> end, boolean interval) implements Comparable<EdtfDate> {

    public enum Precision { YEAR, MONTH, DAY }

    /** One calendar point: a year, a month or a day, perhaps approximate or uncertain. */
    public record Point(int year, int month, int day, Precision precision, boolean approximate, boolean uncertain) {

        /** ISO 8601 at the point's own precision: the value of an HTML {@code datetime} attribute. */
        public String iso() {
            return switch (precision) {
                case YEAR -> padded(year, 4);
                case MONTH -> padded(year, 4) + "-" + padded(month, 2);
                case DAY -> padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2);
            };
        }

        /** "2013", "April 2013", "25 April 2013", with "about" or "(uncertain)" where the editor said so. */
        public String text() {
            String plain = switch (precision) {
                case YEAR -> Integer.toString(year);
                case MONTH -> monthName(month) + " " + year;
                case DAY -> day + " " + monthName(month) + " " + year;
            };
            if (approximate) plain = "about " + plain;
            if (uncertain) plain = plain + " (uncertain)";
            return plain;
        }

        public LocalDate first() {
            return LocalDate.of(year, precision == Precision.YEAR ? 1 : month, precision == Precision.DAY ? day : 1);
        }

        public LocalDate last() {
            return switch (precision) {
                case YEAR -> LocalDate.of(year, 12, 31);
                case MONTH -> YearMonth.of(year, month).atEndOfMonth();
                case DAY -> LocalDate.of(year, month, day);
            };
        }
    }

    private static final Pattern POINT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?([~?%]?)");

    /** Parses an EDTF date, or throws {@link IllegalArgumentException} with a message that says how to fix it. */
    public static EdtfDate parse(String text) {
        String s = text.strip();
        if (s.isEmpty()) throw new IllegalArgumentException("empty date; write e.g. 2013, 2013-04 or 2013-04-25");
        try {
            return parseEdtf(s);
        } catch (IllegalArgumentException e) { // a date in another form says how to write it
            throw OtherDateForms.fix(s).map(IllegalArgumentException::new).orElse(e);
        }
    }

    private static EdtfDate parseEdtf(String s) {
        int slash = s.indexOf('/');
        if (slash < 0) {
            return new EdtfDate(Optional.of(point(s)), Optional.empty(), false);
        }
        if (s.indexOf('/', slash + 1) >= 0) throw new IllegalArgumentException(
                "'" + s + "' has more than one '/'; an interval is start/end, e.g. 2019-01-28/2019-02-01");
        Optional<Point> a = end(s.substring(0, slash));
        Optional<Point> b = end(s.substring(slash + 1));
        if (a.isEmpty() && b.isEmpty()) throw new IllegalArgumentException(
                "interval '" + s + "' has neither a start nor an end; give at least one, e.g. 2023-10-31/..");
        if (a.isPresent() && b.isPresent() && a.get().first().isAfter(b.get().last())) throw new IllegalArgumentException(
                "interval '" + s + "' ends before it starts; write the earlier date first");
        return new EdtfDate(a, b, true);
    }

    /** Whether {@code text} parses. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Optional<Point> end(String s) {
        return s.isEmpty() || s.equals("..") ? Optional.empty() : Optional.of(point(s));
    }

    private static Point point(String s) {
        Matcher m = POINT.matcher(s);
        if (!m.matches()) throw new IllegalArgumentException("'" + s + "' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"
                + " (EDTF: add ~ for approximate, ? for uncertain, start/end for an interval)");
        int year = Integer.parseInt(m.group(1));
        Precision p = m.group(3) != null ? Precision.DAY : m.group(2) != null ? Precision.MONTH : Precision.YEAR;
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (p != Precision.YEAR && (month < 1 || month > 12)) throw new IllegalArgumentException(
                "'" + s + "' has month " + month + "; months run from 01 to 12");
        if (p == Precision.DAY) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("'" + s + "' does not exist: " + monthName(month) + " " + year
                        + " has " + YearMonth.of(year, month).lengthOfMonth() + " days");
            }
        }
        String q = m.group(4);
        return new Point(year, month, day, p, q.equals("~") || q.equals("%"), q.equals("?") || q.equals("%"));
    }

    static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** The point a timeline files this date under: the start, or the end of an interval open at its start. */
    public Point anchor() {
        return start.orElseGet(end::orElseThrow);
    }

    public int year() {
        return anchor().year();
    }

    /** The month this date falls in ("2019-01"), or its year ("2019") when it is no more precise than that. */
    public String monthKey() {
        Point a = anchor();
        return a.precision() == Precision.YEAR ? padded(a.year(), 4) : padded(a.year(), 4) + "-" + padded(a.month(), 2);
    }

    /**
     * {@code n} with leading zeros to {@code width} characters, as {@code "%0<width>d".formatted(n)} writes it ("0987",
     * "04", "-005"), without parsing a format on each of the hundred thousand dates a build writes.
     */
    static String padded(int n, int width) {
        String s = Integer.toString(n);
        if (s.length() >= width) return s;
        return n < 0 ? "-" + "0".repeat(width - s.length()) + s.substring(1) : "0".repeat(width - s.length()) + s;
    }

    /** A key that sorts chronologically and puts a less precise date before the more precise dates inside it. */
    public String sortKey() {
        // the separator sorts before '-', so an interval from 2013 comes after 2013 but before 2013-04 (as '/' did not)
        return anchor().iso() + (interval ? " " + end.map(Point::iso).orElse("~") : "");
    }

    /** Human text at the date's own precision: "April 2013", "28 January 2019 – 1 February 2019", "31 October 2023 or later". */
    public String text() {
        if (!interval) return anchor().text();
        if (start.isEmpty()) return end.get().text() + " or earlier";
        if (end.isEmpty()) return start.get().text() + " or later";
        return start.get().text() + " – " + end.get().text();
    }

    /** The EDTF form, e.g. for data exports. */
    public String edtf() {
        if (!interval) return edtf(anchor());
        return start.map(EdtfDate::edtf).orElse("..") + "/" + end.map(EdtfDate::edtf).orElse("..");
    }

    private static String edtf(Point p) {
        return p.iso() + (p.approximate() && p.uncertain() ? "%" : p.approximate() ? "~" : p.uncertain() ? "?" : "");
    }

    /** The first day this date could be (open or unknown start: the far past). */
    public LocalDate earliest() {
        return start.map(Point::first).orElse(LocalDate.MIN);
    }

    /** The last day this date could be (open or unknown end of an interval: the far future). */
    public LocalDate latest() {
        if (!interval) return anchor().last();
        return end.map(Point::last).orElse(LocalDate.MAX);
    }

    /** Whether the two dates could be the same time: "2013" overlaps "2013-04-25", "2019-01" does not overlap "2019-02". */
    public boolean overlaps(EdtfDate o) {
        return !earliest().isAfter(o.latest()) && !o.earliest().isAfter(latest());
    }

    /** Days this date could span: the smaller, the more precise. */
    public long span() {
        return latest().toEpochDay() - earliest().toEpochDay();
    }

    @Override
    public int compareTo(EdtfDate o) {
        return sortKey().compareTo(o.sortKey());
    }
}
