package briefing;

import briefing.bake.BakeException;
import briefing.bake.Bakery;
import briefing.check.LinkCheck;
import briefing.check.SiteCheck;
import briefing.emit.Page;
import briefing.emit.PagePlanner;
import briefing.search.SearchStream;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The build's emit, bake, check and index stages run together, a part of the plan at a time: each part's pages are
 * planned, rendered, written, read by the link check and handed to the search index, then let go, so that a build's
 * memory does not grow with the portal's pages.
 */
final class StreamedBake {
    private StreamedBake() {
    }

    /**
     * How many pages that search does not find (long lists' numbered pages, above all) a build keeps aside to render
     * after the last page to be found, while Pagefind writes its last bundle: a bundle holds at most
     * {@link SearchStream#PAGES_PER_BUNDLE} pages, and about as many pages render in the time it takes to write them
     * (docs/scaling.md, round 12). Each page kept aside holds its model until then: about 25 KB of heap at 10,000
     * sources, so a page is kept only while the heap is less than {@link #ASIDE_HEAP} full.
     */
    static final int ASIDE = SearchStream.PAGES_PER_BUNDLE;
    /** The share of the heap in use (live or not yet collected) above which no more pages are kept aside. */
    static final double ASIDE_HEAP = 0.75;

    /**
     * Plans and renders one edition's parts on every core, each part's pages written (fed to the link check and, those
     * to be found, to the search index in the parts' order) as soon as they are planned, then its sitemap and
     * robots.txt (a single-language portal's) once every url is known; adds what the check needs of each page to
     * {@code planned}, in the plan's order, and returns how many were rendered. With {@code allFound} (the last edition
     * of a build that is searched), up to {@link #ASIDE} pages that search does not find (fewer when the heap is full)
     * are rendered after the others, once {@code allFound} was told that every page to be found is written: the files
     * are the same, in any order.
     */
    static int edition(PagePlanner.Parts parts, Bakery bakery, Path staging, LinkCheck links, SearchStream.InOrder search,
                       Runnable allFound, List<SiteCheck.Planned> planned) throws BakeException {
        Map<String, byte[]> found = new java.util.concurrent.ConcurrentHashMap<>(); // written pages the index waits for
        Bakery.Run run = bakery.start(staging, (url, bytes) -> {
            links.page(url, bytes);
            found.computeIfPresent(url, (u, none) -> bytes);
        });
        List<List<SiteCheck.Planned>> byPart = new ArrayList<>(java.util.Collections.nCopies(parts.all().size(), List.of()));
        Aside aside = new Aside(allFound == null ? 0 : ASIDE);
        inOrder(parts.all().size(), k -> {
            List<Page> pages = parts.all().get(k).get();
            List<SiteCheck.Planned> own = SiteCheck.planned(pages);
            byPart.set(k, own);
            if (search != null) own.stream().filter(SiteCheck.Planned::searched).forEach(p -> found.put(p.url(), NOT_YET));
            for (int i = 0; i < pages.size(); i++) {
                if (!own.get(i).searched() && aside.keep(k, i, pages.get(i))) continue;
                run.renderHere(k, i, pages.get(i));
            }
            if (search != null) {
                search.done(k, own.stream().filter(SiteCheck.Planned::searched).map(p -> Map.entry(p.url(), found.remove(p.url())))
                        .filter(e -> e.getValue() != NOT_YET).toList());
            }
        });
        if (allFound != null) allFound.run();
        List<Aside.Kept> kept = aside.kept();
        inOrder(kept.size(), j -> run.renderHere(kept.get(j).part(), kept.get(j).index(), kept.get(j).page()));
        List<SiteCheck.Planned> own = byPart.stream().flatMap(List::stream).toList();
        List<Page> indexes = parts.indexes(own.stream().map(SiteCheck.Planned::url).toList());
        run.render(byPart.size(), indexes);
        planned.addAll(own);
        planned.addAll(SiteCheck.planned(indexes));
        return run.finish();
    }

    /** Pages kept aside to be rendered later, the first {@code limit} offered, with their part and place in it. */
    private static final class Aside {
        private record Kept(int part, int index, Page page) {
        }

        private final int limit;
        private final List<Kept> kept = new ArrayList<>();

        Aside(int limit) {
            this.limit = limit;
        }

        /** Keeps the page if there is room (in the count, and in the heap), and says whether it did. */
        synchronized boolean keep(int part, int index, Page page) {
            if (kept.size() >= limit) return false;
            Runtime heap = Runtime.getRuntime();
            if (heap.totalMemory() - heap.freeMemory() > ASIDE_HEAP * heap.maxMemory()) return false;
            kept.add(new Kept(part, index, page));
            return true;
        }

        synchronized List<Kept> kept() {
            return List.copyOf(kept);
        }
    }

    /**
     * Runs {@code task} for 0, 1 ... n - 1 on one thread per core, each taking the next number when it is free: the
     * parts are done nearly in order (a parallel stream would split the range and do its second half early, and the
     * search index, fed in order, would hold half the site's pages until the first half was done).
     */
    private static void inOrder(int n, java.util.function.IntConsumer task) {
        int threads = Math.max(1, Math.min(n, Runtime.getRuntime().availableProcessors()));
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<Throwable> failed = new java.util.concurrent.atomic.AtomicReference<>();
        Runnable worker = () -> {
            for (int k; failed.get() == null && (k = next.getAndIncrement()) < n; ) {
                try {
                    task.accept(k);
                } catch (RuntimeException | Error e) {
                    failed.compareAndSet(null, e);
                }
            }
        };
        List<Thread> others = new ArrayList<>();
        for (int i = 1; i < threads; i++) {
            Thread t = new Thread(worker, "bake-" + i);
            t.setDaemon(true);
            t.start();
            others.add(t);
        }
        worker.run();
        for (Thread t : others) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while baking", e);
            }
        }
        if (failed.get() instanceof RuntimeException r) throw r;
        if (failed.get() instanceof Error e) throw e;
    }

    /** A page to be found that is not written yet (one that fails to render stays so, and is not indexed). */
    private static final byte[] NOT_YET = new byte[0];

}
