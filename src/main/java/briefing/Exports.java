package briefing;

import briefing.cms.AdminSite;
import briefing.emit.DataExport;
import briefing.link.LinkedCorpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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

    private final CompletableFuture<Written> written;

    private Exports(CompletableFuture<Written> written) {
        this.written = written;
    }

    /** Starts writing the downloads (and, with {@code cms}, {@code admin/}) into {@code site}. */
    static Exports start(LinkedCorpus linked, briefing.model.Corpus corpus, Path content, Path site, boolean cms) {
        return new Exports(CompletableFuture.supplyAsync(() -> {
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
        }));
    }

    /** Waits for the files; their failure is thrown as it was. */
    Written join() {
        try {
            return written.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /** Waits for the writing to stop, whatever its outcome: a failed build then deletes the staging folder in peace. */
    void settle() {
        try {
            written.join();
        } catch (CompletionException | java.util.concurrent.CancellationException ignored) {
            // the build's own failure is the one reported
        }
    }
}
