package briefing;

import briefing.check.LinkCheck;
import briefing.emit.Page;
import briefing.emit.PagePlanner;
import briefing.i18n.Messages;
import briefing.link.LinkedCorpus;
import briefing.link.Linker;
import briefing.model.Corpus;
import briefing.model.Urls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * What any built portal must satisfy, whatever its content: the checks of the real content (run by RealContentIT over
 * content/ and target/site) and of any fixture. Nothing here names a page of a particular portal; every expectation is
 * computed from the corpus the portal's content/ loads to.
 */
public final class SiteContract {
    private SiteContract() {
    }

    /** A portal's content as the build sees it: the corpus, linked, and the pages the planner makes of it. */
    public record Plan(Path portal, Corpus corpus, LinkedCorpus linked, List<Page> pages) {
        /** The planned pages that are HTML documents (not the feed, sitemap or robots.txt), by url, sorted. */
        public List<String> htmlPages() {
            return pages.stream().map(Page::url).filter(u -> u.endsWith(".html")).sorted().toList();
        }

        /** The planned pages of one kind (template type), by url, in plan order. */
        public List<String> pagesOf(String kind) {
            return pages.stream().filter(p -> p.type().equals(kind)).map(Page::url).toList();
        }

        public String basePath() {
            return corpus.portal().basePath();
        }
    }

    /** Loads and validates {@code portal}'s content/ (throwing its problems if it has any) and plans its pages. */
    public static Plan plan(Path portal) throws Exception {
        Project project = Project.of(portal);
        Corpus corpus = Briefing.validate(project.content());
        LinkedCorpus linked = Linker.link(corpus);
        Messages messages = Messages.load(corpus.portal().language().value(), project.i18n());
        if (corpus.portal().languages().size() > 1) { // every language's pages, planned as the build plans them
            List<Page> pages = Briefing.plan(Briefing.link(Briefing.read(project, corpus, new Briefing.Options(false)))).stream()
                    .flatMap(List::stream).toList();
            return new Plan(project.portal(), corpus, linked, pages);
        }
        return new Plan(project.portal(), corpus, linked, PagePlanner.plan(linked, messages));
    }

    /**
     * How many pages of each kind the content calls for: one home, index and utility page each, and one page per source,
     * actor, place, year with events, measure with figures and editorial page (other than the overview, which is the
     * home page's body). A kind the content has none of is expected with 0 pages.
     */
    /** Kinds of the pages that continue a long list (an actor's events, an index's entries, a busy month). */
    public static final java.util.Set<String> PAGED_KINDS = java.util.Set.of("entitylist", "entityindex", "month", "sourcelist");

    public static Map<String, Integer> expectedKinds(LinkedCorpus linked) {
        Corpus c = linked.corpus();
        Map<String, Integer> out = new TreeMap<>();
        for (String single : List.of("home", "sources", "actors", "places", "timeline", "figures", "discrepancies",
                "search", "data", "notfound", "feed", "sitemap", "robots")) {
            out.put(single, 1);
        }
        out.put("source", c.sources().size());
        out.put("actor", c.actors().size());
        out.put("place", c.places().size());
        out.put("year", (int) linked.timeline().stream().map(e -> e.date().year()).distinct().count());
        out.put("measure", linked.figures().size());
        out.put("page", (int) c.pages().keySet().stream().filter(s -> !s.equals(Urls.OVERVIEW)).count());
        out.put("documents", c.documents().isEmpty() ? 0 : 1); // no documents index without documents
        out.put("document", c.documents().size());
        // a portal in several languages has every page in each, but one sitemap and robots.txt
        int languages = c.portal().languages().size();
        out.replaceAll((kind, n) -> kind.equals("sitemap") || kind.equals("robots") ? n : n * languages);
        return out;
    }

    /**
     * Every generic check of a built site against its content: the plan has the pages the content calls for, of every
     * kind; every planned page is in the site and non-empty; the site holds no HTML page that was not planned (but
     * Pagefind's); every internal link, anchor and asset reference resolves and nothing loads from another origin.
     */
    public static Plan check(Path portal, Path site) throws Exception {
        Plan plan = plan(portal);
        Map<String, Integer> planned = plan.pages().stream()
                .collect(Collectors.groupingBy(Page::type, TreeMap::new, Collectors.summingInt(p -> 1)));
        // the numbered pages of long lists depend on the limits in briefing.emit.Paging, not on the content alone (PagingTest checks them)
        planned.keySet().removeAll(PAGED_KINDS);
        Map<String, Integer> expected = expectedKinds(plan.linked());
        Map<String, Integer> nonZero = new TreeMap<>(expected);
        nonZero.values().removeIf(n -> n == 0);
        assertEquals(nonZero, planned, "pages of every kind the content calls for");

        List<String> missing = new ArrayList<>();
        for (Page p : plan.pages()) {
            Path f = site.resolve(p.url());
            if (!Files.isRegularFile(f)) missing.add(p.url() + " (not in the site)");
            else if (size(f) == 0) missing.add(p.url() + " (empty)");
        }
        assertEquals(List.of(), missing, "every planned page is built and non-empty in " + site);

        List<String> built = htmlFiles(site);
        assertEquals(plan.htmlPages(), built, "the site's HTML pages (but Pagefind's) are exactly the planned ones");
        assertFalse(built.isEmpty(), "a site with pages");

        assertEquals(List.of(), LinkCheck.check(site, plan.basePath()), "every internal link and anchor resolves");
        assertEquals(List.of(), duplicateIds(site, built), "an id names one element of its page, so that an anchor leads to one place");
        return plan;
    }

    /**
     * Every sample page is in the site and is a page of its kind (its body class is {@code page-<kind>}, not the 404
     * page's), and the address chosen for the 404 check has no page.
     */
    public static void checkSamples(Path site, Samples samples) {
        List<String> wrong = new ArrayList<>();
        for (Samples.Sample s : samples.pages()) {
            if (!Files.isRegularFile(site.resolve(s.file()))) {
                wrong.add(s.url() + " (" + s.why() + "): not in the site");
                continue;
            }
            String bodyClass = BuiltSite.page(site, s.file()).body().className();
            if (!java.util.Arrays.asList(bodyClass.split("\\s+")).contains("page-" + s.kind())) {
                wrong.add(s.url() + " (" + s.why() + "): body class '" + bodyClass + "', not page-" + s.kind());
            }
        }
        if (Files.exists(site.resolve(Samples.MISSING))) wrong.add(Samples.MISSING + " exists; the 404 check needs an address without a page");
        assertEquals(List.of(), wrong, "the sample pages");
    }

    /** "page: #id" for every id that stands more than once on its page. */
    public static List<String> duplicateIds(Path site, List<String> pages) {
        List<String> out = new ArrayList<>();
        for (String f : pages) {
            Map<String, Integer> seen = new TreeMap<>();
            BuiltSite.page(site, f).select("[id]").forEach(e -> seen.merge(e.id(), 1, Integer::sum));
            seen.forEach((id, n) -> {
                if (n > 1) out.add(f + ": #" + id + " (" + n + " times)");
            });
        }
        return out;
    }

    /** Every HTML file of a built site but Pagefind's own, as sorted relative paths. */
    public static List<String> htmlFiles(Path site) {
        // Pagefind's pages and the web CMS's admin/ (not a page of the portal: AdminLoadsIT checks it) are not planned pages
        return BuiltSite.files(site).stream().filter(f -> f.endsWith(".html") && !f.startsWith("pagefind/") && !f.startsWith("admin/")).sorted().toList();
    }

    /** The planned pages grouped by kind, for messages. */
    public static Map<String, List<String>> byKind(Plan plan) {
        return plan.pages().stream().collect(Collectors.groupingBy(Page::type, TreeMap::new,
                Collectors.mapping(Page::url, Collectors.toList())));
    }

    /** The kinds of page the content calls for none of, each with why, e.g. "measure: no figures". */
    public static Map<String, String> absentKinds(LinkedCorpus linked) {
        Map<String, String> reasons = Map.of("source", "the content has no sources", "actor", "the content has no actors",
                "place", "the content has no places", "year", "the content has no events",
                "measure", "the content has no figures", "page", "the content has no editorial page besides the overview",
                "document", "the content has no documents", "documents", "the content has no documents");
        Map<String, String> out = new TreeMap<>();
        expectedKinds(linked).forEach((kind, n) -> {
            if (n == 0) out.put(kind, reasons.getOrDefault(kind, "none"));
        });
        return out;
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
