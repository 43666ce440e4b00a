package briefing.search;

import briefing.tools.NpmPackage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Stage 7, index: the pinned, integrity-checked Pagefind ({@link PagefindBinary}) that indexes the site, so the browser
 * can search it offline; a build feeds it as it writes ({@link SearchStream}), the preview after an edit
 * ({@link #index}). Pagefind writes a chunked index to {@code pagefind/} inside the site (and {@code pagefind-2/} ...
 * for a large one, {@link Bundles}); a query downloads only the chunks it needs. The first build installs Pagefind
 * with npm (Node.js 18+ on the PATH); when npm is missing, the build stops with what to install.
 */
public final class SearchIndexer {
    /** The Pagefind release the portal is built and tested with (pinned in the engine's npm/pagefind/package-lock.json). */
    public static final String PAGEFIND = PagefindBinary.release();

    private SearchIndexer() {
    }

    /**
     * Indexes again the pages {@code urls} (relative to {@code site}, with '/', in the order a build adds them) as they
     * are on disk, in bundles as a build makes them ({@link SearchStream}): the preview's index after an edit. Returns
     * "Indexed N pages".
     */
    public static String index(Path site, List<String> urls) throws SearchException {
        SearchStream stream = SearchStream.start(site);
        try {
            for (String url : urls) stream.add(url, java.nio.file.Files.readAllBytes(site.resolve(url)));
        } catch (IOException e) {
            stream.close();
            throw new SearchException("cannot read " + e.getMessage() + " to index it");
        }
        return stream.finish();
    }

    /**
     * Starts checking the pinned Pagefind executable (installing it first if needed) on another thread, so that the
     * next index finds it checked: hashing its 13 MB costs about 0.1 s of a build's quick JIT tier. Optional:
     * the index checks it itself when nothing was prepared.
     */
    public static synchronized void prepare() {
        if (prepared == null) {
            prepared = new CompletableFuture<>();
            CompletableFuture<Path> mine = prepared;
            Thread t = new Thread(() -> {
                try {
                    mine.complete(PagefindBinary.installed(NpmPackage.engineTools()));
                } catch (SearchException | RuntimeException e) {
                    mine.completeExceptionally(e);
                }
            }, "search-prepare");
            t.setDaemon(true);
            t.start();
        }
    }

    private static CompletableFuture<Path> prepared;

    /** The checked executable: the prepared one (each preparation serves one index), else checked now. */
    static Path binary() throws SearchException {
        CompletableFuture<Path> mine;
        synchronized (SearchIndexer.class) {
            mine = prepared;
            prepared = null;
        }
        if (mine == null) return PagefindBinary.installed(NpmPackage.engineTools());
        try {
            return mine.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof SearchException s) throw s;
            throw e;
        }
    }

    /**
     * How to start the pinned Pagefind from another tool (the bench's yardstick): its verified executable, installed
     * first if needed; through npx if it cannot be.
     */
    public static List<String> command() {
        try {
            return List.of(PagefindBinary.installed(NpmPackage.engineTools()).toString());
        } catch (SearchException e) {
            return List.of(windows() ? "npx.cmd" : "npx", "--yes", PAGEFIND);
        }
    }


    private static boolean windows() {
        return System.getProperty("os.name", "").toLowerCase().contains("win");
    }
}
