package briefing.bake;

import java.util.List;

/** JBake could not render some pages (a template error, usually); every failure is listed. */
public class BakeException extends Exception {
    private final List<String> failures;

    public BakeException(List<String> failures) {
        this("baking failed", failures);
    }

    /** @param what what failed, e.g. "the site check found broken links" */
    public BakeException(String what, List<String> failures) {
        super(what + " (" + failures.size() + (failures.size() == 1 ? " item" : " items") + "):\n  " + String.join("\n  ", failures));
        this.failures = List.copyOf(failures);
    }

    public List<String> failures() {
        return failures;
    }
}
