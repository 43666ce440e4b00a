package briefing.cli;

import briefing.model.Problem;

/**
 * A problem as a GitHub Actions workflow command ({@code ::error file=…,line=…,col=…::message}), escaped as GitHub's
 * toolkit escapes them: in the message {@code %}, carriage return and line feed; in a property also {@code :} and
 * {@code ,}. Without it, content could forge annotations or commands of its own: a message holding a line break
 * followed by {@code ::error …}, or a file name holding {@code ,line=1}.
 */
final class GithubAnnotation {
    private GithubAnnotation() {
    }

    static String of(Problem p) {
        return "::" + (p.isError() ? "error" : "warning") + " file=" + property(p.origin().file())
                + ",line=" + Math.max(1, p.origin().line()) + ",col=" + Math.max(1, p.origin().column()) + "::" + data(p.message());
    }

    /** A command's message. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A command's property value. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
