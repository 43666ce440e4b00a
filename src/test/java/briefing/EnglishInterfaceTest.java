package briefing;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An English portal reads as it always has now that its words come from the bundle: the rich fixture's navigation,
 * labels, titles and sentences, dates and numbers are the English ones.
 */
class EnglishInterfaceTest {
    @TempDir
    static Path work;
    static Path site;

    @BeforeAll
    static void build() throws Exception {
        site = Fixtures.build(Fixtures.RICH, work);
    }

    private static Document page(String url) {
        return BuiltSite.page(site, url);
    }

    @Test
    void aroundEveryPage() {
        Document home = page("index.html");
        assertEquals("en", home.selectFirst("html").attr("lang"));
        assertEquals(List.of("Timeline", "Actors", "Places", "Figures", "Documents", "Sources", "Discrepancies"),
                home.select(".site-nav a").eachText());
        assertEquals("Skip to content", home.selectFirst(".skip-link").text());
        assertEquals("Search (press /)", home.getElementById("site-search-q").attr("placeholder"));
        List<String> footer = home.select(".site-footer a").eachText();
        assertEquals(List.of("Data downloads", "Atom feed"), footer.subList(footer.size() - 2, footer.size()));
        assertTrue(home.selectFirst(".site-footer").text().contains("Every fact cites the source it was drawn from."));
        assertEquals("Home", page("actors/unomch.html").selectFirst(".breadcrumbs a").text());
    }

    @Test
    void theHomePage() {
        Document home = page("index.html");
        assertTrue(home.selectFirst(".span").text().startsWith("The timeline runs from "), home.selectFirst(".span").text());
        assertTrue(home.selectFirst(".span").text().endsWith("and where two sources disagree both versions are shown."));
        assertEquals("24 events", home.selectFirst(".stats a").text());
        assertEquals("Latest events", home.getElementById("latest-title").text());
        assertTrue(home.select(".event-cite .label").eachText().contains("Reported by"));
    }

    @Test
    void aSourcePage() {
        Document source = page("sources/el-chaqueno-2023-farewell.html");
        assertEquals(List.of("Publisher", "Author", "Published", "Kind", "Language", "Licence", "Original"),
                source.select(".metadata dt").eachText());
        assertEquals(List.of("El Chaqueño Digital (fictional newspaper)", "Marta Giménez", "31 October 2023 or later", "News",
                "Spanish", "CC BY-SA 4.0", "Unknown. The original's address is unknown."), source.select(".metadata dd").eachText());
        assertTrue(source.getElementById("events-title").text().startsWith("Events drawn from this source ("));
    }

    @Test
    void figuresReadAsBefore() {
        String text = page("sources/el-chaqueno-2023-farewell.html").text();
        assertTrue(text.contains("up to 30,000 people"), "qualifier, grouped number, unit");
        assertTrue(page("figures/index.html").text().contains("Each measure has a page with every value the sources give for it"));
    }

    @Test
    void theNotFoundPage() {
        Document notFound = page("404.html");
        assertEquals("en", notFound.selectFirst("html").attr("lang"));
        assertEquals("Page not found", notFound.selectFirst("h1").text());
        assertTrue(notFound.title().startsWith("Page not found · "), notFound.title());
        Element sentence = notFound.select("main p").last();
        assertEquals("Try the search, or browse the timeline, actors, places and sources.", sentence.text());
        assertEquals(List.of("search", "the timeline", "actors", "places", "sources"), sentence.select("a").eachText());
    }

    @Test
    void theTimelineAndTheSearchPage() {
        Document timeline = page("timeline/index.html");
        assertTrue(timeline.selectFirst(".lead").text().startsWith("All 24 events, by year and month."));
        assertTrue(timeline.select("h3.month").eachText().stream().anyMatch(h -> h.matches("(January|February|March|April|May|June|July"
                + "|August|September|October|November|December) \\d{4}")), "month headings");
        List<String> levels = timeline.select("main h1, main h2, main h3, main h4").stream().map(Element::tagName).toList();
        for (int i = 1; i < levels.size(); i++) {
            assertTrue(levels.get(i).charAt(1) - levels.get(i - 1).charAt(1) <= 1, "no heading level skipped: " + levels.subList(0, i + 1));
        }
        Document search = page("search/index.html");
        assertEquals("Search", search.selectFirst("h1").text());
        assertTrue(search.getElementById("search").attr("data-text").contains("\"hint\":\"Type a name, a place, a year or a word.\""));
    }
}
