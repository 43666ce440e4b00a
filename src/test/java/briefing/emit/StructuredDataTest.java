package briefing.emit;

import briefing.Briefing;
import briefing.BuiltSite;
import briefing.Fixtures;
import briefing.SiteContract;
import briefing.model.Actor;
import briefing.model.Corpus;
import briefing.model.EdtfDate;
import briefing.model.Source;
import briefing.model.Urls;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** schema.org JSON-LD: one block on every page of a built fixture, which parses and has each type's required properties. */
class StructuredDataTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;
    static Path site;
    static Corpus corpus;
    /** Every page's graph, by page. */
    static final Map<String, List<JsonNode>> graphs = new TreeMap<>();

    @BeforeAll
    static void build() throws Exception {
        site = Fixtures.build(Fixtures.RICH, work);
        corpus = SiteContract.plan(Fixtures.portal(Fixtures.RICH)).corpus();
        for (String f : SiteContract.htmlFiles(site)) {
            Elements blocks = BuiltSite.page(site, f).select("script[type=application/ld+json]");
            assertEquals(1, blocks.size(), f + ": one JSON-LD block");
            Element script = blocks.get(0);
            JsonNode root = JSON.readTree(script.data());
            assertEquals("https://schema.org", root.path("@context").asText(), f);
            List<JsonNode> graph = new ArrayList<>();
            root.path("@graph").forEach(graph::add);
            graphs.put(f, graph);
        }
    }

    private static List<JsonNode> ofType(String page, String type) {
        return graphs.get(page).stream().filter(n -> n.path("@type").asText().equals(type)).toList();
    }

    @Test
    void everyPageHasTheWebSiteAndItsBreadcrumbs() {
        assertTrue(graphs.size() > 40, "every page of the fixture: " + graphs.size());
        graphs.forEach((page, graph) -> {
            JsonNode website = ofType(page, "WebSite").get(0);
            assertEquals(corpus.portal().title(), website.path("name").asText(), page);
            assertFalse(website.path("url").asText().isEmpty(), page);
            JsonNode crumbs = ofType(page, "BreadcrumbList").get(0).path("itemListElement");
            assertTrue(crumbs.size() >= 1, page);
            for (int i = 0; i < crumbs.size(); i++) {
                assertEquals(i + 1, crumbs.get(i).path("position").asInt(), page);
                assertFalse(crumbs.get(i).path("name").asText().isEmpty(), page);
                assertFalse(crumbs.get(i).path("item").asText().isEmpty(), page);
            }
            if (!page.equals(Urls.HOME)) assertTrue(crumbs.get(crumbs.size() - 1).path("item").asText().endsWith(page), page);
        });
    }

    @Test
    void everyNodeHasTheRequiredPropertiesOfItsType() {
        List<String> wrong = new ArrayList<>();
        graphs.forEach((page, graph) -> {
            for (JsonNode n : graph) {
                String type = n.path("@type").asText();
                List<String> required = switch (type) {
                    case "WebSite" -> List.of("name", "url");
                    case "BreadcrumbList" -> List.of("itemListElement");
                    case "Person", "Organization", "GovernmentOrganization", "Place", "Legislation", "Report" -> List.of("name");
                    case "Article" -> List.of("headline", "publisher");
                    case "CreativeWork" -> List.of("name");
                    case "Event" -> List.of("name", "startDate");
                    default -> List.of("(unexpected type)");
                };
                for (String p : required) if (!n.hasNonNull(p)) wrong.add(page + ": " + type + " without " + p);
                if (n.has("geo") && !(n.path("geo").path("latitude").isNumber() && n.path("geo").path("longitude").isNumber())) {
                    wrong.add(page + ": geo without numeric coordinates");
                }
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void entitiesHaveTheirTypeAndSourcesSayOnlyWhatIsKnown() {
        for (Actor a : corpus.actors().values()) {
            String expected = StructuredData.actorType(a.kind().value());
            assertEquals(1, ofType(Urls.actor(a.id()), expected).size(), a.id() + " as " + expected);
        }
        assertTrue(corpus.actors().values().stream().anyMatch(a -> a.kind().value().equals("person")), "the fixture has a person");
        corpus.places().values().forEach(p -> {
            JsonNode place = ofType(Urls.place(p.id()), "Place").get(0);
            assertEquals(p.coordinates().isPresent(), place.has("geo"), p.id());
        });
        corpus.documents().values().forEach(d -> assertEquals(1,
                ofType(Urls.document(d.id()), StructuredData.documentType(d.kind().value())).size(), d.id()));
        boolean unknownAuthor = false, unknownDate = false;
        for (Source s : corpus.sources().values()) {
            JsonNode work = graphs.get(Urls.source(s.id())).stream().filter(n -> n.path("@id").asText().endsWith("#it")).findFirst().orElseThrow();
            assertEquals(!s.authors().isEmpty(), work.has("author"), s.id() + ": an author only where one is named");
            assertEquals(s.publisher(), work.path("publisher").path("name").asText(), s.id());
            EdtfDate published = EdtfDate.parse(s.published().value());
            boolean exact = !published.interval() && !published.anchor().approximate() && !published.anchor().uncertain();
            assertEquals(exact, work.has("datePublished"), s.id() + ": a publication date only where it is known");
            unknownAuthor |= s.authors().isEmpty();
            unknownDate |= !exact;
        }
        assertTrue(unknownAuthor && unknownDate, "the fixture has a source without author and one without an exact date");
    }

    @Test
    void eventsListedOnAPageAreEvents() {
        int first = corpus.sources().values().stream().flatMap(s -> s.events().stream())
                .mapToInt(e -> EdtfDate.parse(e.date().value()).year()).min().orElseThrow();
        List<JsonNode> events = ofType(Urls.year(first), "Event");
        assertFalse(events.isEmpty(), "the events of the first year's page");
        assertTrue(events.stream().allMatch(e -> e.path("url").asText().contains("#event-")), "each with its anchor");
    }

    /** The breadcrumbs a page shows, as root-relative addresses and names (Home first, the page last). */
    private static List<String> visibleTrail(Path site, String page) {
        List<String> trail = new ArrayList<>();
        for (Element li : BuiltSite.page(site, page).select("nav.breadcrumbs li")) {
            Element a = li.selectFirst("a");
            String href = a == null ? page : URI.create("http://site/" + page).resolve(a.attr("href")).getPath().substring(1);
            trail.add(href + " " + li.text());
        }
        return trail;
    }

    /** The BreadcrumbList of a page's JSON-LD in the same form. */
    private static List<String> dataTrail(Path site, String page) throws Exception {
        JsonNode root = JSON.readTree(BuiltSite.page(site, page).selectFirst("script[type=application/ld+json]").data());
        List<String> trail = new ArrayList<>();
        String home = "";
        for (JsonNode n : root.path("@graph")) {
            if (n.path("@type").asText().equals("WebSite")) home = n.path("url").asText();
            if (!n.path("@type").asText().equals("BreadcrumbList")) continue;
            for (JsonNode item : n.path("itemListElement")) {
                String href = item.path("item").asText().substring(home.length());
                trail.add((href.isEmpty() ? Urls.HOME : href) + " " + item.path("name").asText());
            }
        }
        return trail;
    }

    /** Every page that shows breadcrumbs (nested places, numbered pages of lists, months) states the same trail as data. */
    @Test
    void theBreadcrumbListIsTheTrailThePageShows(@TempDir Path small) throws Exception {
        Paging.setLimits(PagingTest.SMALL);
        Path paged;
        try {
            paged = small.resolve("site");
            Briefing.build(Fixtures.portal(Fixtures.RICH), paged, new Briefing.Options(false));
        } finally {
            Paging.setLimits(null);
        }
        List<String> wrong = new ArrayList<>();
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        for (Path s : List.of(site, paged)) {
            for (String f : SiteContract.htmlFiles(s)) {
                List<String> shown = visibleTrail(s, f);
                if (shown.isEmpty()) continue;
                if (!shown.equals(dataTrail(s, f))) wrong.add(f + ": shows " + shown + ", states " + dataTrail(s, f));
                if (shown.size() > 3) kinds.add(f.replaceAll("[^/]+$", ""));
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(kinds.containsAll(List.of("places/", "actors/" + corpus.actors().keySet().stream()
                .filter(id -> java.nio.file.Files.isDirectory(paged.resolve("actors").resolve(id))).findFirst().orElseThrow() + "/")),
                "nested places and an actor's numbered pages have trails longer than their section: " + kinds);
    }

    @Test
    void theScriptWrittenNodeByNodeIsTheScriptOfTheWholeGraph() throws Exception {
        SiteContract.Plan plan = SiteContract.plan(Fixtures.portal(Fixtures.RICH));
        StructuredData structured = new StructuredData(Planner.Context.of(plan.linked(),
                briefing.i18n.Messages.load(plan.corpus().portal().language().value(), java.util.Optional.empty())));
        int withEvents = 0;
        for (Page page : plan.pages()) {
            if (!page.url().endsWith(".html")) continue;
            String whole = StructuredData.script(structured.graph(page));
            assertEquals(whole, structured.jsonLd(page), page.url());
            assertEquals(whole, structured.jsonLd(page), page.url() + ", with its events' nodes made before");
            if (whole.contains("\"Event\"")) withEvents++;
        }
        assertTrue(withEvents > 3, "pages that list events: " + withEvents);
    }

    @Test
    void theScriptCannotBeEndedByTheContent() throws Exception {
        String evil = "</script><script>alert(1)</script> & <!-- \u2028";
        String script = StructuredData.script(List.of(Map.of("name", evil)));
        assertFalse(script.contains("<") || script.contains(">") || script.contains("&"), script);
        assertEquals(evil, JSON.readTree(script).path("@graph").get(0).path("name").asText());
    }
}
