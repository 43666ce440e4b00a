package briefing.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Stage 7, index, while the bake runs: Pagefind (the pinned executable, {@link PagefindBinary}) as a service
 * ({@link PagefindService}), handed each page to be found as soon as it is written, so that indexing overlaps the bake
 * instead of reading the whole site back after it. A Pagefind process holds every page it indexes (about 160 KB each,
 * more for a page with more text), so each takes at most {@link #PAGES_PER_BUNDLE} pages and
 * {@link #BYTES_PER_BUNDLE} bytes of them and writes them as one bundle ({@link Bundles}), then the next process takes
 * the next pages: one bundle for most portals, a few for one of 10,000 sources. The index depends on the
 * order the pages are added in: callers add them in a fixed order (the plan's), so the same content gives the same
 * bundles.
 */
public final class SearchStream implements AutoCloseable {
    /**
     * The most pages one Pagefind process indexes: about 700 MB of its memory (480 MB measured at 2,500). As many as fit
     * under 1 GiB, because each further bundle costs the search page: a word of the query that a bundle lacks is left
     * out of its search there (Pagefind tries a shorter form of it), which adds that bundle's looser matches at the end
     * of the results (see docs/scaling.md).
     */
    public static final int PAGES_PER_BUNDLE = 4_000;
    /**
     * The most bytes of pages, as Pagefind gets them ({@link PageDigest}), one Pagefind process indexes: its memory grows
     * with their text too. Bundles of 4,000 pages of the bench's portals hold 38-64 MB of them, and their processes
     * peaked at 322-703 MB; 4,000 pages of 10 KB summaries (86 MB) took 985 MB (docs/scaling.md, round 10).
     */
    public static final long BYTES_PER_BUNDLE = 72L << 20;
    private static final int WAITING = 64;

    private final Path site;
    private final Path binary;
    private final int perBundle;
    private final long perBundleBytes;
    /**
     * Writes the messages in the order they were added, off the bake's threads; when Pagefind falls behind, at most
     * {@link #WAITING} pages wait here and the bake waits for it, so memory stays bounded.
     */
    private final ExecutorService writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(WAITING), r -> {
        Thread t = new Thread(r, "search-feed");
        t.setDaemon(true);
        return t;
    }, (task, pool) -> {
        try {
            if (!pool.isShutdown()) pool.getQueue().put(task);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    });
    /** The services, in bundle order: the last takes pages, the others write (or wrote) their bundle. */
    private final List<PagefindService> services = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile String failure;
    private int added;
    private int inLast;
    private long bytesInLast;
    /** Set once no page will be added ({@link #complete}); complete once the last bundle's writing has begun. */
    private CompletableFuture<Void> written;

    private SearchStream(Path site, Path binary, int perBundle, long perBundleBytes, PagefindService first) {
        this.site = site;
        this.binary = binary;
        this.perBundle = perBundle;
        this.perBundleBytes = perBundleBytes;
        services.add(first);
    }

    /**
     * Starts Pagefind's service for the site in {@code site}, {@link #PAGES_PER_BUNDLE} pages a bundle, once the bundles
     * after the first are removed (a site indexed again in place may need fewer).
     */
    public static SearchStream start(Path site) throws SearchException {
        Bundles.removeMore(site);
        return start(site, PAGES_PER_BUNDLE);
    }

    /**
     * Starts Pagefind's service for a site being written into {@code site}, at most {@code perBundle} pages a bundle.
     * Pagefind writes over the files of a bundle folder that is there and leaves the rest: the caller clears what the
     * bundles do not hold (a build sweeps its staging folder).
     */
    public static SearchStream start(Path site, int perBundle) throws SearchException {
        return start(site, perBundle, BYTES_PER_BUNDLE);
    }

    /**
     * As {@link #start(Path, int)}, with at most {@code perBundleBytes} bytes of pages a bundle (as Pagefind gets them):
     * a bundle closes before the page that would take it past them, unless that page is its first.
     */
    public static SearchStream start(Path site, int perBundle, long perBundleBytes) throws SearchException {
        if (perBundle < 1) throw new IllegalArgumentException("a bundle holds at least one page: " + perBundle);
        Path binary = SearchIndexer.binary();
        return new SearchStream(site.toAbsolutePath().normalize(), binary, perBundle, perBundleBytes, PagefindService.start(binary));
    }

    /**
     * Adds one page (its url relative to the site, with '/'; its bytes as written): in the order of the calls, which
     * the caller keeps the same from build to build. Returns at once; a failure is reported by {@link #finish}.
     */
    public void add(String url, byte[] html) {
        enqueue(url, PageDigest.of(html));
    }

    /** Adds one page as Pagefind needs it ({@link PageDigest}), in the order of the calls. */
    private synchronized void enqueue(String url, byte[] html) {
        if (written != null) throw new IllegalStateException("a page was added to a completed search index: " + url);
        added++;
        writer.execute(() -> {
            if (failure != null) return;
            if (inLast == perBundle || inLast > 0 && bytesInLast + html.length > perBundleBytes) next();
            if (failure != null) return;
            services.get(services.size() - 1).add(url, html);
            inLast++;
            bytesInLast += html.length;
        });
    }

    /**
     * The last service's bundle is full: it writes it (and stops) while a new service takes the next pages; the bundle
     * before it is written first, so that at most two Pagefind processes run at once (one writing, one indexing).
     */
    private void next() {
        if (services.size() > 1) services.get(services.size() - 2).awaitWritten(); // its failure, if any, is told by finish
        PagefindService full = services.get(services.size() - 1);
        full.write(Bundles.folder(site, services.size() - 1)).whenCompleteAsync((done, e) -> full.close());
        try {
            services.add(PagefindService.start(binary));
            inLast = 0;
            bytesInLast = 0;
        } catch (SearchException e) {
            failure = e.getMessage();
        }
    }

    /**
     * A feed of numbered parts of pages (0, 1, 2 ...), each handed over when done, in any order: the pages go to the
     * index in the parts' order. One feed per run of parts.
     */
    public InOrder inOrder() {
        return new InOrder();
    }

    /** Pages handed over part by part, in any order, and added to the index in the parts' order. */
    public final class InOrder {
        private final Map<Integer, List<Map.Entry<String, byte[]>>> waiting = new HashMap<>();
        private int next;

        private InOrder() {
        }

        /**
         * Part number {@code part} is written: its pages to be found, as (url, bytes), in the part's order. Each page is
         * made lighter for Pagefind here, on the caller's thread, before the parts are put in order.
         */
        public void done(int part, List<Map.Entry<String, byte[]>> pages) {
            List<Map.Entry<String, byte[]>> digests = pages.stream().map(p -> Map.entry(p.getKey(), PageDigest.of(p.getValue()))).toList();
            synchronized (this) {
                waiting.put(part, digests);
                for (; waiting.containsKey(next); next++) {
                    for (Map.Entry<String, byte[]> page : waiting.remove(next)) enqueue(page.getKey(), page.getValue());
                }
            }
        }
    }

    /**
     * No page will be added: the last bundle is written as soon as the pages added before are indexed, while the caller
     * goes on (a build renders the pages that search does not find meanwhile: Pagefind's writing of its last bundle
     * took seconds at the end of every build). {@link #finish} then waits for it; called again, it does nothing.
     */
    public synchronized void complete() {
        if (written != null) return;
        written = new CompletableFuture<>();
        CompletableFuture<Void> sent = written;
        writer.execute(() -> {
            PagefindService last = services.get(services.size() - 1);
            last.write(Bundles.folder(site, services.size() - 1));
            sent.complete(null);
        });
    }

    /**
     * Writes the last bundle once every page added is indexed (unless {@link #complete} asked for it already), waits
     * for every bundle, and lists them in {@link Bundles#MANIFEST}; returns "Indexed N pages".
     */
    public String finish() throws SearchException {
        int pages;
        CompletableFuture<Void> sent;
        synchronized (this) {
            complete();
            pages = added;
            sent = written;
        }
        try {
            sent.get(PagefindService.TIMEOUT_MINUTES, TimeUnit.MINUTES);
            for (PagefindService service : List.copyOf(services)) {
                String failed = failure != null ? failure : service.awaitWritten();
                if (failed != null) throw new SearchException("Pagefind failed indexing " + site + ": " + failed);
            }
        } catch (TimeoutException e) {
            throw new SearchException("Pagefind did not write the search index in " + PagefindService.TIMEOUT_MINUTES + " minutes");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchException("interrupted while Pagefind wrote the search index");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new SearchException("Pagefind failed indexing " + site + ": " + e.getCause().getMessage());
        } finally {
            close();
        }
        Bundles.write(site, services.size());
        try {
            for (int k = 0; k < services.size(); k++) used.addAll(BundleFiles.of(site, Bundles.folder(site, k)));
        } catch (IOException e) {
            throw new SearchException("cannot read the search index's files in " + site + ": " + e.getMessage());
        }
        return "Indexed " + pages + " page" + (pages == 1 ? "" : "s");
    }

    /** The content-named files the written bundles use (Pagefind leaves those that are there already as they were). */
    private final java.util.Set<String> used = new java.util.HashSet<>();

    /**
     * Whether the written index uses {@code file} (site-relative, with '/'), one of the content-named files that Pagefind
     * does not write again when they are there: the files beside them that it does not use are an older index's.
     */
    public boolean uses(String file) {
        return used.contains(file);
    }

    /** Stops the services (a failed build's, or after the index is written). */
    @Override
    public void close() {
        writer.shutdownNow();
        for (PagefindService service : List.copyOf(services)) service.close();
    }
}
