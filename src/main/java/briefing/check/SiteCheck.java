package briefing.check;

import briefing.emit.Page;
import briefing.emit.PagePlanner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage 6, check: the baked site before it replaces the last good one. Every planned page must exist and be
 * non-empty (JBake writes an empty file when a template is missing, and says nothing).
 */
public final class SiteCheck {
    private SiteCheck() {
    }

    /**
     * A planned page as the check needs it: where it goes, which template renders it (not its model), and whether
     * search finds it.
     */
    public record Planned(String url, String type, boolean searched) {
    }

    /** The pages' urls and types, so that their models need not stay in memory until the check. */
    public static List<Planned> planned(List<Page> pages) {
        return pages.stream().map(p -> new Planned(p.url(), p.type(), PagePlanner.searched(p))).toList();
    }

    public static List<String> verify(Path site, List<Planned> pages) {
        List<String> failures = new ArrayList<>();
        for (Planned p : pages) {
            Path f = site.resolve(p.url());
            try {
                if (!Files.exists(f)) failures.add(p.url() + ": not written (is templates/" + p.type() + ".ftl there?)");
                else if (Files.size(f) == 0) failures.add(p.url() + ": empty (templates/" + p.type() + ".ftl rendered nothing)");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return failures;
    }
}
