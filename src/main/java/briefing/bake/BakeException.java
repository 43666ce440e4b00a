package briefing.bake;

import java.util.List;

/**
 * JBake could not render some pages (a template error, usually). The message lists the first {@value #SHOWN} failures
 * and counts the rest (a full disk or a broken template fails thousands of pages for one reason); {@link #failures}
 * has them all.
 */
public class BakeException extends Exception {
    /** How many failures the message lists. */
    static final int SHOWN = 40;
    private final List<String> failures;

    public BakeException(List<String> failures) {
        this("baking failed", failures);
    }

    /** @param what what failed, e.g. "the site check found broken links" */
    public BakeException(String what, List<String> failures) {
        super(what + " (" + failures.size() + (failures.size() == 1 ? " item" : " items") + "):\n  "
                + String.join("\n  ", failures.subList(0, Math.min(SHOWN, failures.size())))
                + (failures.size() > SHOWN ? "\n  ... and " + (failures.size() - SHOWN) + " more" : ""));
        this.failures = List.copyOf(failures);
    }

    public List<String> failures() {
        return failures;
    }
}
