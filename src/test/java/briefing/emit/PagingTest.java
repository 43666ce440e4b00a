package briefing.emit;

import briefing.Briefing;
import briefing.BuiltSite;
import briefing.Fixtures;
import briefing.bench.SyntheticCorpus;
import briefing.link.LinkedCorpus;
import briefing.link.LinkedEvent;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Long lists on pages of their own. The rich fixture is built with limits small enough to cut every list it has (a
 * build only succeeds when the check stage resolved every link): every event must still be reachable from the timeline
 * and from each of its actors' pages, by links alone. Then a synthetic corpus with the default limits: no page over
 * the budget, the timeline index summarised.
 */
class PagingTest {
    /** Small enough to paginate the rich fixture's 24 events, 16 actors and 13 places everywhere. */
    static final Paging.Limits SMALL = new Paging.Limits(5, 4, 1, 2, 1, 2, 3, 4, 3, 3, 2);
    /** The budget of every HTML page, gzip-compressed. */
    static final int BUDGET = 60 * 1024;

    @TempDir
    static Path tmp;
    static Path site;
    static LinkedCorpus linked;

    @BeforeAll
    static void build() throws Exception {
        Paging.setLimits(SMALL);
        try {
            site = tmp.resolve("site");
            // one more event tied to resolution 9040 (two events, two sources), so that a document's lists are cut too
            Path project = Fixtures.copy(Fixtures.RICH, tmp.resolve("rich")).replace("sources/unomch-bulletin-2022-07/facts.yaml",
                    "    places: [new-york]\n    tags: [briefing]", "    places: [new-york]\n    tags: [briefing]\n    documents: [resolution-9040]").project();
            linked = Briefing.build(project, site, new Briefing.Options(false).keepingEdition()).edition().orElseThrow().linked();
        } finally {
            Paging.setLimits(null);
        }
    }

    @AfterAll
    static void restore() {
        Paging.setLimits(null);
    }

    /** The ids of the events ("event-<id>" elements) on the pages reachable from {@code start} through pages {@code follow} accepts. */
    static Set<String> reachableEvents(Path site, String start, Predicate<String> follow) {
        Set<String> seen = new HashSet<>();
        Set<String> events = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            String url = todo.pop();
            if (!seen.add(url)) continue;
            Document doc = BuiltSite.page(site, url);
            for (Element e : doc.select("main [id^=event-]")) events.add(e.id().substring("event-".length()));
            for (Element a : doc.select("main a[href]")) {
                String href = a.attr("href").replaceAll("#.*$", "");
                if (href.isEmpty() || href.contains(":")) continue;
                String target = Path.of(url).resolveSibling(href).normalize().toString().replace('\\', '/');
                if (follow.test(target) && Files.exists(site.resolve(target))) todo.add(target);
            }
        }
        return events;
    }

    @Test
    void theFixtureIsCutIntoPages() {
        assertTrue(Files.exists(site.resolve("actors/unomch/events-2.html")), "an actor's events continue on numbered pages");
        assertTrue(Files.exists(site.resolve("actors/index/state-1.html")), "the actors index has a page per kind");
        assertTrue(BuiltSite.page(site, "timeline/index.html").select("main [id^=event-]").isEmpty(),
                "a large timeline's index lists no event itself");
        Document events = BuiltSite.page(site, "actors/unomch/events-2.html");
        String pager = events.select("nav.pager-pages").text();
        assertTrue(pager.contains("Page 2 of ") && pager.contains("Previous") && pager.contains("Next"), pager);
        String actor = BuiltSite.page(site, "actors/unomch.html").select("main").text();
        int total = linked.actors().get("unomch").events().size();
        assertTrue(actor.contains("Showing the latest " + SMALL.latest() + " of " + total + " events."), "the actor page says how many it shows");
        assertTrue(Files.exists(site.resolve("actors/unomch/discrepancies-1.html")), "its disagreements too");
    }

    @Test
    void everyEventIsReachableFromTheTimeline() {
        Set<String> all = linked.timeline().stream().map(LinkedEvent::id).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(all, reachableEvents(site, "timeline/index.html", u -> u.startsWith("timeline/")));
        // every link to an event leads to the page that holds it
        for (LinkedEvent e : linked.timeline()) {
            String href = new TimelineLayout(linked.timeline(), SMALL).event(e);
            String page = href.substring(0, href.indexOf('#'));
            assertFalse(BuiltSite.page(site, page).select("[id=event-" + e.id() + "]").isEmpty(), e.id() + " on " + page);
        }
    }

    @Test
    void everyEventOfAnActorIsReachableFromItsPage() {
        linked.actors().forEach((id, l) -> {
            Set<String> reached = reachableEvents(site, "actors/" + id + ".html", u -> u.startsWith("actors/" + id + "/"));
            assertTrue(reached.containsAll(l.events()), id + ": " + l.events() + " reached " + reached);
        });
        linked.places().forEach((id, l) -> {
            Set<String> reached = reachableEvents(site, "places/" + id + ".html", u -> u.startsWith("places/" + id + "/"));
            assertTrue(reached.containsAll(l.events()), id + ": " + l.events() + " reached " + reached);
        });
    }

    @Test
    void aDocumentsLongListsContinueOnPagesOfTheirOwn() {
        assertTrue(linked.documents().values().stream().anyMatch(d -> d.events().size() > SMALL.latest()),
                "the fixture has a document whose events are cut short");
        assertTrue(linked.documents().values().stream().anyMatch(d -> d.sources().size() > SMALL.latest()),
                "and one whose sources are");
        linked.documents().forEach((id, l) -> {
            String page = "documents/" + id + ".html";
            Set<String> reached = reachableEvents(site, page, u -> u.startsWith("documents/" + id + "/"));
            assertEquals(new TreeSet<>(l.events()), reached, id + ": every event tied to it, and no other, by links alone");
            Set<String> cited = new TreeSet<>();
            Set<String> pages = new TreeSet<>(List.of(page));
            BuiltSite.files(site).stream().filter(f -> f.startsWith("documents/" + id + "/sources-")).forEach(pages::add);
            for (String url : pages) {
                for (Element a : BuiltSite.page(site, url).select("main ul.entity-list a.cite")) {
                    cited.add(Path.of(url).resolveSibling(a.attr("href")).normalize().toString().replace('\\', '/'));
                }
            }
            assertEquals(l.sources().stream().map(s -> "sources/" + s + ".html").collect(Collectors.toCollection(TreeSet::new)), cited,
                    id + ": every source that cites it");
            if (l.events().size() > SMALL.latest()) {
                String text = BuiltSite.page(site, page).select("main").text();
                assertTrue(text.contains("Showing the latest " + SMALL.latest() + " of " + l.events().size() + " events."), text);
                assertTrue(Files.exists(site.resolve("documents/" + id + "/events-1.html")), id);
            }
        });
    }

    @Test
    void everyEntityIsReachableFromItsIndex() {
        Set<String> linkedTo = new HashSet<>();
        for (String index : List.of("actors/index.html", "places/index.html", "sources/index.html")) {
            Deque<String> todo = new ArrayDeque<>(List.of(index));
            Set<String> seen = new HashSet<>();
            while (!todo.isEmpty()) {
                String url = todo.pop();
                if (!seen.add(url)) continue;
                for (Element a : BuiltSite.page(site, url).select("main a[href]")) {
                    String target = Path.of(url).resolveSibling(a.attr("href").replaceAll("#.*$", "")).normalize().toString();
                    if (target.contains("/index/")) todo.add(target);
                    else linkedTo.add(target);
                }
            }
        }
        linked.actors().keySet().forEach(id -> assertTrue(linkedTo.contains("actors/" + id + ".html"), id));
        linked.places().keySet().forEach(id -> assertTrue(linkedTo.contains("places/" + id + ".html"), id));
        linked.corpus().sources().keySet().forEach(id -> assertTrue(linkedTo.contains("sources/" + id + ".html"), id));
        assertTrue(BuiltSite.files(site).stream().anyMatch(f -> f.startsWith("sources/index/")), "the sources index has pages per year");
    }

    @Test
    void aLargeTimelinesChartMarksMonthsNotEvents() {
        Document index = BuiltSite.page(site, "timeline/index.html");
        List<String> links = index.select("svg.chart-timeline a").eachAttr("href");
        long marked = linked.timeline().stream().filter(e -> linked.corpus().portal().vocabulary().mark(e.tags()).isPresent()).count();
        assertTrue(marked > SMALL.chartMarks(), "the fixture has more marked events than the chart draws one by one");
        assertFalse(links.isEmpty());
        assertTrue(links.stream().noneMatch(h -> h.contains("#event-")), "every symbol leads to a month: " + links);
        // a bar's title is "March 2020: 2 events"; a mark's "Resolution, March 2020: 1 event"
        assertTrue(index.select("svg.chart-timeline a > title").stream().anyMatch(t -> t.text().matches("[^,]+, [^,:]+: \\d+ events?")),
                "a symbol says which mark and how many events it stands for");
    }

    @Test
    void pagerShowsTheFirstTheLastAndThoseAroundTheCurrent() {
        Map<String, Object> p = Paging.pager(n -> "x/" + n + ".html", 6, 12, 120, 51, 60);
        List<?> pages = (List<?>) p.get("pages");
        String shown = pages.stream().map(x -> ((Map<?, ?>) x).containsKey("gap") ? "…" : ((Map<?, ?>) x).get("number").toString())
                .collect(Collectors.joining(" "));
        assertEquals("1 … 4 5 6 7 8 … 12", shown);
        assertEquals("x/5.html", ((Map<?, ?>) p.get("previous")).get("href"));
        assertEquals("x/7.html", ((Map<?, ?>) p.get("next")).get("href"));
        assertFalse(Paging.pager(n -> n + ".html", 1, 1, 3, 1, 3).containsKey("previous"));
    }

    static long gzip(Path f) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream g = new GZIPOutputStream(out)) {
                g.write(Files.readAllBytes(f));
            }
            return out.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aSyntheticCorpusStaysUnderBudgetWithTheDefaultLimits(@TempDir Path work) throws Exception {
        SyntheticCorpus.write(work.resolve("n/content"), 250, 7);
        Path big = work.resolve("site");
        LinkedCorpus l = Briefing.build(work.resolve("n"), big, new Briefing.Options(false).keepingEdition()).edition().orElseThrow().linked();
        List<String> over = BuiltSite.files(big).stream().filter(f -> f.endsWith(".html"))
                .filter(f -> gzip(big.resolve(f)) > BUDGET).toList();
        assertEquals(List.of(), over, "pages over " + BUDGET + " bytes gzipped");
        assertTrue(l.timeline().size() > Paging.DEFAULT.timelineFull(), "the corpus is large enough to summarise the timeline");
        assertTrue(BuiltSite.page(big, "timeline/index.html").select("main [id^=event-]").isEmpty());
        Set<String> all = l.timeline().stream().map(LinkedEvent::id).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(all, reachableEvents(big, "timeline/index.html", u -> u.startsWith("timeline/")));
    }
}
