package briefing.emit;

import briefing.ContentTree;
import briefing.link.LinkedCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PagePlannerTest {
    @TempDir
    Path tmp;
    private List<Page> pages;
    private Map<String, Page> byUrl;

    @BeforeEach
    void plan() {
        LinkedCorpus linked = ContentTree.minimal(tmp).linked();
        pages = PagePlanner.plan(linked, briefing.i18n.Messages.english());
        byUrl = pages.stream().collect(Collectors.toMap(Page::url, p -> p));
    }

    private List<String> urlsOfType(String type) {
        return pages.stream().filter(p -> p.type().equals(type)).map(Page::url).sorted().toList();
    }

    @Test
    void thePlannersPartsAreSpreadEvenlyOverThePlan() {
        assertEquals(List.of("a1", "c1", "a2", "b1", "a3", "c2", "a4"),
                PagePlanner.interleaved(List.of(List.of("a1", "a2", "a3", "a4"), List.of("b1"), List.of("c1", "c2"))));
        assertEquals(List.of("x", "y"), PagePlanner.interleaved(List.of(List.of("x"), List.of(), List.of("y"))),
                "a tie goes to the planner that comes first");
    }

    @Test
    void onePagePerSourceActorPlaceYearAndMeasure() {
        assertEquals(pages.size(), byUrl.size(), "no two pages share a url");
        assertEquals(List.of("sources/alpha-2013.html", "sources/beta-2019.html"), urlsOfType("source"));
        assertEquals(List.of("actors/minusma.html", "actors/un-security-council.html", "actors/wagner-group.html"), urlsOfType("actor"));
        assertEquals(List.of("places/kidal-region.html", "places/kidal.html", "places/mali.html"), urlsOfType("place"));
        assertEquals(List.of("timeline/2013.html", "timeline/2019.html"), urlsOfType("year"));
        assertEquals(List.of("figures/troops.html"), urlsOfType("measure"), "a measure without figures has no page");
        assertEquals(List.of("pages/methodology.html"), urlsOfType("page"));
    }

    @Test
    void theIndexesAreThere() {
        for (String url : List.of("index.html", "sources/index.html", "actors/index.html", "places/index.html",
                "timeline/index.html", "figures/index.html", "discrepancies/index.html", "search/index.html")) {
            assertTrue(byUrl.containsKey(url), url);
        }
        assertEquals("home", byUrl.get("index.html").type());
    }

    @Test
    void everyModelKnowsItsUrlAndRoot() {
        for (Page p : pages) {
            assertEquals(p.url(), p.model().get("url"));
            if (!p.url().equals("404.html")) assertEquals("../".repeat((int) p.url().chars().filter(c -> c == '/').count()), p.model().get("root"), p.url());
        }
    }

    /** Calls {@code visit} on every map anywhere in every page's model. */
    private void eachMap(Consumer<Map<?, ?>> visit) {
        for (Page p : pages) walk(p.model(), visit);
    }

    private static void walk(Object o, Consumer<Map<?, ?>> visit) {
        if (o instanceof Map<?, ?> m) {
            visit.accept(m);
            m.values().forEach(v -> walk(v, visit));
        } else if (o instanceof List<?> l) {
            l.forEach(v -> walk(v, visit));
        }
    }

    private void assertCitesASourcePage(Object source, String what) {
        assertTrue(source instanceof Map<?, ?>, what + " has no source: " + source);
        Object href = ((Map<?, ?>) source).get("href");
        assertTrue(href instanceof String s && s.startsWith("sources/") && byUrl.containsKey(s), what + " cites " + href);
    }

    @Test
    void everyEventFigureAndStatementCitesItsSourcePage() {
        int[] seen = new int[3];
        eachMap(m -> {
            if (m.get("anchor") instanceof String a && a.startsWith("event-")) {
                seen[0]++;
                List<?> sources = (List<?>) m.get("sources");
                assertFalse(sources == null || sources.isEmpty(), "event " + a + " cites no source");
                sources.forEach(s -> assertCitesASourcePage(s, "event " + a));
            } else if (m.containsKey("measure") && m.containsKey("value") && m.containsKey("asOf")) {
                seen[1]++;
                assertCitesASourcePage(m.get("source"), "figure " + m.get("value"));
            } else if (m.containsKey("quote")) {
                seen[2]++;
                assertCitesASourcePage(m.get("source"), "statement " + m.get("quote"));
            }
        });
        assertTrue(seen[0] >= 10 && seen[1] >= 4 && seen[2] >= 2, "the walk found events, figures and statements: "
                + seen[0] + ", " + seen[1] + ", " + seen[2]);
    }

    /** Every link a model holds leads to a planned page, or to one of the data export's files. */
    @Test
    void everyHrefInAModelIsAPlannedPage() {
        Set<String> bad = new HashSet<>();
        eachMap(m -> {
            if (m.get("href") instanceof String href) {
                String page = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
                if (!byUrl.containsKey(page) && !DataExport.FILES.containsKey(page)) bad.add(href); // or a data download
            }
        });
        assertEquals(Set.of(), bad);
    }

    @Test
    void eventAnchorsPointAtTheirYearPage() {
        eachMap(m -> {
            if (m.get("anchor") instanceof String a && a.startsWith("event-")) {
                assertTrue(((String) m.get("href")).endsWith(".html#" + a), m.get("href") + " vs " + a);
            }
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void sourcePageShowsUnknownAuthorAndItsOwnVersionOfEachEvent() {
        Map<String, Object> beta = byUrl.get("sources/beta-2019.html").model();
        List<Map<String, Object>> rows = (List<Map<String, Object>>) beta.get("metadata");
        Map<String, Object> author = rows.stream().filter(r -> r.get("label").equals("Author")).findFirst().orElseThrow();
        assertTrue(author.containsKey("unknown"), "no authors: shown as unknown, not left out");
        assertFalse(beta.containsKey("original"), "no url");

        List<Map<String, Object>> events = (List<Map<String, Object>>) beta.get("events");
        assertEquals(List.of("minusma-created", "kidal-attack"), events.stream().map(e -> e.get("id")).toList());
        Map<String, Object> created = events.get(0);
        assertEquals("April 2013", ((Map<String, Object>) created.get("date")).get("text"), "this source's own date");
        assertEquals("MINUSMA set up", created.get("title"), "this source's own title, though the event keeps alpha's elsewhere");
        assertEquals(List.of("MINUSMA is created"), ((List<Map<String, Object>>) created.get("variants")).stream().map(v -> v.get("title")).toList());
        assertEquals(List.of("sources/alpha-2013.html"),
                ((List<Map<String, Object>>) created.get("alsoReportedBy")).stream().map(s -> s.get("href")).toList());

        Map<String, Object> alpha = byUrl.get("sources/alpha-2013.html").model();
        assertEquals("https://alpha.example/report", alpha.get("original"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void homeShowsKeyFiguresLatestEventsAndEverySource() {
        Map<String, Object> home = byUrl.get("index.html").model();
        List<HomePlanner.KeyFigure> cards = (List<HomePlanner.KeyFigure>) home.get("keyFigures");
        List<Map<String, Object>> key = cards.stream().map(HomePlanner.KeyFigure::figure).toList();
        assertEquals(1, key.size(), "the latest figure of each measure about the topic");
        assertEquals("11,200", key.get(0).get("value"));
        assertEquals("sources/beta-2019.html", ((Map<String, Object>) key.get(0).get("source")).get("href"), "the latest as-of wins");
        List<Map<String, Object>> latest = (List<Map<String, Object>>) home.get("latestEvents");
        assertEquals(List.of("kidal-attack", "minusma-created"), latest.stream().map(e -> e.get("id")).toList(), "newest first");
        List<Map<String, Object>> sources = (List<Map<String, Object>>) home.get("sources");
        assertEquals(List.of("sources/alpha-2013.html", "sources/beta-2019.html"), sources.stream().map(s -> s.get("href")).toList());
    }

    @Test
    @SuppressWarnings("unchecked")
    void timelineListsEveryEventOnce() {
        Map<String, Object> timeline = byUrl.get("timeline/index.html").model();
        List<Object> ids = new ArrayList<>();
        for (Map<String, Object> year : (List<Map<String, Object>>) timeline.get("years")) {
            for (Map<String, Object> month : (List<Map<String, Object>>) year.get("months")) {
                ((List<Map<String, Object>>) month.get("events")).forEach(e -> ids.add(e.get("id")));
            }
        }
        assertEquals(List.of("minusma-created", "kidal-attack"), ids);
    }

    @Test
    @SuppressWarnings("unchecked")
    void placePageShowsItsTrail() {
        Map<String, Object> kidal = byUrl.get("places/kidal.html").model();
        assertEquals(List.of("places/mali.html", "places/kidal-region.html"),
                ((List<Map<String, Object>>) kidal.get("within")).stream().map(p -> p.get("href")).toList());
    }
}
