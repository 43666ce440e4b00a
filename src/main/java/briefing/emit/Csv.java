package briefing.emit;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The CSV downloads' format: RFC 4180, UTF-8 with a byte-order mark (so that spreadsheets read accents, Zoë, São Tomé,
 * right), CRLF line ends. A cell a spreadsheet would run as a formula, one beginning with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return, gets a leading {@code '} (OWASP's rule against CSV injection:
 * {@code =HYPERLINK(…)}, {@code +cmd|…}, {@code @SUM(…)}, {@code -2+3}), unless it is a plain number such as
 * {@code -17.73}, which stays a number. docs/data.md says so.
 */
public final class Csv {
    /** A number as the export writes them: optional sign, digits, optional fraction and exponent; nothing else. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private Csv() {
    }

    /** The file: {@code header}, then each row, every cell neutralised and quoted as needed. */
    static String of(List<String> header, List<List<String>> rows) {
        StringBuilder b = new StringBuilder("\uFEFF");
        b.append(row(header));
        for (List<String> row : rows) b.append(row(row));
        return b.toString();
    }

    private static String row(List<String> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    /** One cell: neutralised if a spreadsheet would take it for a formula, then quoted if it holds a comma, quote or line end. */
    public static String cell(String value) {
        String v = formula(value) ? "'" + value : value;
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    /** True when a spreadsheet could read {@code v} as a formula (and it is not simply a number). */
    static boolean formula(String v) {
        if (v.isEmpty()) return false;
        char c = v.charAt(0);
        return (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') && !NUMBER.matcher(v).matches();
    }
}
