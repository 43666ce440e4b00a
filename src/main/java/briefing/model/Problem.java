package briefing.model;

import com.ibm.icu.text.MessageFormat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One thing wrong with the content, at a position, with what to do about it in the message. An error stops the build;
 * a warning is printed and the build goes on (a summary over its word budget, HTML in Markdown, placeholders left).
 */
public record Problem(Origin origin, String message, Severity severity) implements Comparable<Problem> {
    public enum Severity { ERROR, WARNING }

    public Problem(Origin origin, String message) {
        this(origin, message, Severity.ERROR);
    }

    public static Problem warning(Origin origin, String message) {
        return new Problem(origin, message, Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public int compareTo(Problem o) {
        int c = origin.compareTo(o.origin);
        if (c != 0) return c;
        c = message.compareTo(o.message);
        return c != 0 ? c : severity.compareTo(o.severity);
    }

    /** {@code content/sources/x/facts.yaml:12:7: error: unknown actor 'red-cross' (did you mean 'red-cross-committee'?)} */
    @Override
    public String toString() {
        return origin + ": " + (isError() ? "error" : "warning") + ": " + message;
    }

    private static final MessageFormat COUNT = new MessageFormat(
            "{errors, plural, one {# problem} other {# problems}}{warnings, plural, =0 {} one { and # warning} other { and # warnings}}",
            Locale.ENGLISH);
    private static final MessageFormat WARNINGS = new MessageFormat(
            "{warnings, plural, one {# warning} other {# warnings}}", Locale.ENGLISH);

    /** "1 problem", "3 problems and 1 warning": how every command counts what it found. */
    public static String count(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        return COUNT.format(Map.of("errors", errors, "warnings", problems.size() - errors));
    }

    /** "1 warning", "2 warnings". */
    public static String countWarnings(long warnings) {
        return WARNINGS.format(Map.of("warnings", warnings));
    }
}
