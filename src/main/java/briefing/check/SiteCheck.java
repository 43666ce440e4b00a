package briefing.check;

import briefing.emit.Page;

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

    public static List<String> verify(Path site, List<Page> pages) {
        List<String> failures = new ArrayList<>();
        for (Page p : pages) {
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
