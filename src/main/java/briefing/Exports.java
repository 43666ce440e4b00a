package briefing;

import briefing.cms.AdminSite;
import briefing.emit.DataExport;
import briefing.link.LinkedCorpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The site's files that are not pages: the data downloads ({@link DataExport}) and the web CMS ({@link AdminSite}),
 * written straight into the staging folder on a thread of their own while the bake goes on. They depend on the linked
 * corpus alone, and no page is made from them; at 10,000 sources the downloads take seconds on one core (a 50 MB
 * {@code portal.json}), which the build no longer waits for before it starts the pages.
 */
final class Exports {
    /** What was written: the files, relative to the site (with '/'), and a note to print when the CMS was left out. */
    record Written(List<String> files, Optional<String> note) {
    }

    private Exports() {
    }

    /** Starts writing the downloads (and, with {@code cms}, {@code admin/}) into {@code site}: what was written, when done. */
    static CompletableFuture<Written> start(LinkedCorpus linked, briefing.model.Corpus corpus, Path content, Path site, boolean cms) {
        return CompletableFuture.supplyAsync(() -> {
            DataExport.write(linked, site);
            List<String> files = new ArrayList<>(DataExport.FILES.keySet());
            Optional<String> note = Optional.empty();
            if (cms) {
                AdminSite.Outcome admin = AdminSite.write(corpus, content, site);
                files.addAll(admin.files());
                note = admin.note();
            }
            return new Written(files.stream().sorted().toList(), note);
        }, r -> {
            Thread t = new Thread(r, "exports");
            t.setDaemon(true);
            t.start();
        });
    }
}
