package briefing.emit;

import briefing.i18n.Messages;
import briefing.link.LinkedCorpus;
import briefing.model.Corpus;
import briefing.model.Portal;
import briefing.model.Urls;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import static briefing.emit.Views.map;

/**
 * Stage 4, emit (first half): decides the portal's pages and builds each one's finished view model from the linked
 * corpus. Everything a template shows is computed here, once; templates only lay it out. Each kind of page has its
 * planner ({@link HomePlanner}, {@link SourcePlanner}, {@link EntityPlanner}, {@link TimelinePlanner},
 * {@link FigurePlanner}, {@link SitePlanner}); {@link SearchPlanner} then adds each page's search filters.
 */
public final class PagePlanner {
    /** How many entities one part of a plan holds by default: a build renders a part's pages as soon as they are planned. */
    public static final int PART = 32;

    private PagePlanner() {
    }

    /**
     * Every page of the portal, in a fixed order, with its interface text in the portal's language. The planners are
     * independent given the linked corpus: they run at the same time (and plan their own pages on every core), and their
     * pages are gathered in the planners' fixed order, so that the result does not depend on which finished first.
     * Each planner's pages get their search filters and JSON-LD as soon as they are planned, while other planners still
     * run, rather than all at the end.
     */
    public static List<Page> plan(LinkedCorpus linked, Messages text) {
        return plan(linked, text, Edition.single(linked.corpus().portal().language().value()));
    }

    /**
     * Every page of one language's edition of the portal (its linked corpus read in that language, its interface text),
     * placed in the edition's folder, in a fixed order: the parts of {@link #parts} planned on every core, then (for a
     * single-language portal) the sitemap and robots.txt, then the editorial pages. A portal in several languages gets
     * its sitemap and robots.txt from {@link #indexes}, over every edition.
     */
    public static List<Page> plan(LinkedCorpus linked, Messages text, Edition edition) {
        Parts parts = parts(linked, text, edition, PART);
        List<Page> pages = new ArrayList<>();
        List<Page> editorial = new ArrayList<>();
        for (List<Page> part : parts.all().parallelStream().map(Supplier::get).toList()) {
            for (Page p : part) (p.type().equals("page") ? editorial : pages).add(p);
        }
        // in the order they always had: search, data, 404, feed, then sitemap and robots.txt, then the editorial pages
        if (!edition.multilingual()) {
            List<String> urls = new ArrayList<>(pages.stream().map(Page::url).toList());
            editorial.forEach(p -> urls.add(p.url()));
            pages.addAll(parts.indexes(urls));
        }
        pages.addAll(editorial);
        return pages;
    }

    /**
     * One edition's pages as parts, each a few pages planned (with their search filters and JSON-LD, placed in the
     * edition's folder) only when asked, so that a build can render each part as soon as it is planned and let it go:
     * the pages of a large portal are never all in memory at once. A part holds {@code part} entities (sources, actors,
     * places, years, months) or one page that lists many. {@link Parts#indexes} then makes the sitemap and robots.txt of
     * a single-language portal from the urls of every page.
     */
    public static Parts parts(LinkedCorpus linked, Messages text, Edition edition, int part) {
        Planner.Context context = Planner.Context.of(linked, text, edition, part);
        SitePlanner site = new SitePlanner(context);
        SearchPlanner search = new SearchPlanner(context);
        StructuredData structured = new StructuredData(context);
        // the planners index what they need when made: each on a thread of its own
        List<Supplier<List<Supplier<List<Page>>>>> planners = List.of(
                () -> List.of(() -> new HomePlanner(context).pages()),
                () -> new SourcePlanner(context).parts(),
                () -> new EntityPlanner(context).parts(),
                () -> List.of(() -> new DocumentPlanner(context).pages()),
                () -> new TimelinePlanner(context).parts(),
                () -> List.of(() -> new FigurePlanner(context).pages()),
                () -> List.of(site::pages));
        List<Supplier<List<Page>>> all = new ArrayList<>();
        for (Supplier<List<Page>> planned : interleaved(inParallel(planners))) {
            all.add(() -> placed(finish(planned.get(), search, structured), edition));
        }
        return new Parts(List.copyOf(all), urls -> edition.multilingual() ? List.of()
                : placed(finish(site.indexes(urls), search, structured), edition));
    }

    /** An edition's pages in parts, and how to make the sitemap and robots.txt once every page's url is known. */
    public record Parts(List<Supplier<List<Page>>> all, java.util.function.Function<List<String>, List<Page>> indexes) {
        /** The sitemap and robots.txt over the pages at {@code urls} (none for an edition of a multilingual portal). */
        public List<Page> indexes(List<String> urls) {
            return indexes.apply(urls);
        }
    }

    private static List<Page> placed(List<Page> pages, Edition edition) {
        return edition.multilingual() ? Editions.place(pages, edition) : pages;
    }

    /** The sitemap (with each page's alternates in the other languages) and robots.txt over every edition's pages' urls. */
    public static List<Page> indexes(List<String> urls, Portal portal) {
        return Editions.indexes(urls, portal, portal.languages().stream().map(briefing.model.Text::value).toList());
    }

    /** Whether a planned page is one that search finds (the search page, the timeline index and long lists' numbered pages are not). */
    public static boolean searched(Page page) {
        return SearchPlanner.indexed(page);
    }

    /**
     * The pages with what {@link SearchPlanner#withSearch} and then {@link StructuredData#with} add to their models,
     * made into one new page each, in order, on the calling thread: the parts are planned one per core already.
     */
    private static List<Page> finish(List<Page> pages, SearchPlanner search, StructuredData structured) {
        return pages.stream().map(page -> {
            Map<String, Object> model = new java.util.LinkedHashMap<>(page.model());
            model.put("search", search.search(page));
            // the JSON-LD reads the page as the bake gets it but for these two entries, which hold no event
            if (page.url().endsWith(".html")) model.put("jsonLd", structured.jsonLd(page));
            return new Page(page.url(), page.type(), page.title(), model);
        }).toList();
    }

    /**
     * Runs each task on a thread of its own and returns their results in the tasks' order (the first failure is thrown).
     * One thread per task, even on a small machine: a planner that waits (for a map another one is drawing) or finishes
     * early leaves its core to the others, and none is queued behind a long one.
     */
    /**
     * The planners' parts in one order, each planner's spread evenly over it (its k-th of n parts at about (k + 1/2) / n
     * of the way): every stretch of the plan then holds sources, actors, places and dates in the portal's proportions.
     * The search index is written in bundles of consecutive pages, and each bundle ranks its results by its own
     * statistics: alike bundles rank alike. The pages do not depend on the order, and the sitemap is sorted.
     */
    static <T> List<T> interleaved(List<List<T>> lists) {
        record At(int list, int index, int size) {
        }
        List<At> order = new ArrayList<>();
        for (int k = 0; k < lists.size(); k++) {
            for (int i = 0; i < lists.get(k).size(); i++) order.add(new At(k, i, lists.get(k).size()));
        }
        order.sort((a, b) -> { // (2i + 1) / 2n compared without division; ties in the planners' order
            int c = Long.compare((2L * a.index() + 1) * b.size(), (2L * b.index() + 1) * a.size());
            return c != 0 ? c : Integer.compare(a.list(), b.list());
        });
        return order.stream().map(a -> lists.get(a.list()).get(a.index())).toList();
    }

    private static <T> List<T> inParallel(List<Supplier<T>> tasks) {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size(),
                r -> {
                    Thread t = new Thread(r, "planner");
                    t.setDaemon(true);
                    return t;
                });
        try {
            List<Future<T>> futures = tasks.stream().map(t -> pool.submit(t::get)).toList();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) results.add(f.get());
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while planning pages", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * What every page shows around its content: the portal's name and sections, in the portal's language, and the
     * texts site.js shows (as JSON for the pages' {@code data-text} attribute).
     */
    public static Map<String, Object> site(Corpus corpus, Messages text) {
        return site(corpus, text, Edition.single(corpus.portal().language().value()));
    }

    /** As {@link #site(Corpus, Messages)} for one edition; a portal in several languages lists them for the switcher. */
    public static Map<String, Object> site(Corpus corpus, Messages text, Edition edition) {
        Portal p = corpus.portal();
        List<Object> nav = List.of(
                map("href", Urls.TIMELINE, "label", text.get("nav.timeline"), "section", "timeline"),
                map("href", Urls.ACTORS, "label", text.get("nav.actors"), "section", "actors"),
                map("href", Urls.PLACES, "label", text.get("nav.places"), "section", "places"),
                map("href", Urls.FIGURES, "label", text.get("nav.figures"), "section", "figures"),
                map("href", Urls.SOURCES, "label", text.get("nav.sources"), "section", "sources"),
                map("href", Urls.DISCREPANCIES, "label", text.get("nav.discrepancies"), "section", "discrepancies"));
        if (!corpus.documents().isEmpty()) { // a portal without documents has no documents index to link to
            nav = new ArrayList<>(nav);
            nav.add(4, map("href", Urls.DOCUMENTS, "label", text.get("nav.documents"), "section", "documents"));
        }
        List<Object> footer = new ArrayList<>(corpus.pages().keySet().stream().filter(s -> !s.equals(Urls.OVERVIEW))
                .map(s -> (Object) map("href", Urls.page(s), "label", SitePlanner.title(corpus, s))).toList());
        footer.add(map("href", Urls.DATA, "label", text.get("footer.data")));
        footer.add(map("href", "feed.xml", "label", text.get("footer.feed")));
        Map<String, Object> site = map("title", p.title(), "tagline", p.tagline(), "language", p.language().value(),
                "direction", text.rightToLeft() ? "rtl" : "ltr", "basePath", p.basePath(),
                "url", p.url(), "address", p.siteAddress(), "nav", nav, "footer", footer,
                "text", SitePlanner.script(text.raw("js.site.")));
        if (edition.multilingual()) {
            site = new java.util.LinkedHashMap<>(site);
            site.put("languages", edition.languages().stream().map(l -> (Object) map("code", l, "name", Edition.ownName(l),
                    "prefix", Edition.prefix(l, edition.languages()))).toList());
        }
        return site;
    }

}
