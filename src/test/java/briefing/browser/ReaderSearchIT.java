package briefing.browser;

import briefing.Samples;
import briefing.i18n.Messages;
import briefing.link.LinkedCorpus;
import briefing.model.Corpus;
import briefing.model.Urls;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search page as a reader meets it, on the rich fixture at 1280x800 and 390x844: the first result within the first
 * screen, focus on the results' heading after a search from the header (one Tab to the first result), no layout shift
 * while results and filters arrive, filters folded behind one control that counts those on, excerpts read as prose (no
 * table headings or field labels), and a query with no good match said so, with the other language's search offered
 * when the page names one.
 */
class ReaderSearchIT {
    private static final int[][] SIZES = {{1280, 800}, {390, 844}};
    private static Browsers browsers;
    private static Corpus corpus;
    private static LinkedCorpus linked;

    @BeforeAll
    static void start() throws Exception {
        browsers = new Browsers(TestSite.fixture());
        linked = browsers.site.plan().linked();
        corpus = linked.corpus();
    }

    @AfterAll
    static void stop() {
        browsers.close();
    }

    /** The fixture's busiest actor's name and its busiest place's: queries with many results. */
    private static List<String> queries() {
        return List.of(corpus.actors().get(Samples.mostEvents(linked.actors()).orElseThrow()).name(),
                corpus.places().get(Samples.mostEvents(linked.places()).orElseThrow()).name());
    }

    @Test
    void theFirstResultIsOnTheFirstScreenWithFocusOnTheResultsAndNothingMoves() {
        for (int[] size : SIZES) {
            for (String query : queries()) {
                Page page = browsers.page(size[0], size[1]);
                ReaderMeasures.Search s = ReaderMeasures.search(page, browsers.url(""), query);
                String at = size[0] + "x" + size[1] + " '" + query + "': ";
                System.out.printf("%sfirst result %.0f-%.0f, focus %s, shift %.3f%n", at, s.firstTop(), s.firstBottom(), s.focused(), s.shift());
                assertTrue(s.firstTop() > 0 && s.firstBottom() <= size[1], at + "the first result ends at y=" + s.firstBottom());
                assertEquals("H2#search-results-title", s.focused(), at + "focus after a search from the header");
                assertEquals("first result", s.afterOneTab(), at + "one Tab from the results' heading");
                assertTrue(s.shift() < 0.01, at + "layout shift on the search page: " + s.shift());
                if (size[0] < 400) Browsers.screenshot(page, "reader-search-phone", false);
                page.context().close();
            }
        }
    }

    @Test
    void theHeaderSearchBoxLandsOnResultsWithFocusOnTheirHeading() {
        Page page = browsers.page(1280, 800);
        browsers.open(page, Urls.TIMELINE, "timeline");
        page.locator("#site-search-q").fill(queries().get(1));
        page.keyboard().press("Enter");
        page.waitForSelector("#search[data-state=done]");
        page.waitForFunction("() => document.activeElement.id === 'search-results-title'");
        page.keyboard().press("Tab");
        assertTrue((Boolean) page.evaluate("() => document.activeElement.matches('#search-results a.result-link')"),
                "one Tab reaches the first result");
        page.context().close();
    }

    @Test
    void filtersFoldBehindOneControlThatCountsThoseOn() {
        Page page = browsers.page(390, 844);
        browsers.open(page, Urls.SEARCH + "?q=" + queries().get(0).replace(" ", "%20"), "search");
        page.waitForSelector("#search[data-filters=ready]");
        assertFalse(page.locator("#search-filters button.chip").first().isVisible(), "on a phone the chips are folded away");
        String summary = page.locator("#search-filters-box > summary").innerText();
        page.locator("#search-filters-box > summary").click();
        page.locator("#search-filters button.chip").first().click();
        page.waitForSelector("#search[data-state=done]");
        assertEquals("1", page.locator("#search-filters-box").getAttribute("data-active"));
        String on = page.locator("#search-filters-box > summary").innerText();
        assertTrue(!on.equals(summary) && on.matches("(?s).*\\b1\\b.*"), "the control counts the filter on: '" + summary + "' -> '" + on + "'");
        page.context().close();

        Page wide = browsers.page(1280, 800);
        browsers.open(wide, Urls.SEARCH + "?q=" + queries().get(0).replace(" ", "%20"), "search");
        wide.waitForSelector("#search[data-filters=ready]");
        assertTrue(wide.locator("#search-filters button.chip").first().isVisible(), "on a wide screen the filters are open");
        double results = wide.locator("#search-results").boundingBox().x, filters = wide.locator("#search-filters-box").boundingBox().x;
        assertTrue(filters > results + 300, "beside the results: filters at x=" + filters + ", results at x=" + results);
        Browsers.screenshot(wide, "reader-search-wide", false);
        wide.context().close();
    }

    @Test
    void excerptsReadAsProseWithoutTableHeadingsOrLabels() {
        Messages text = Messages.load(corpus.portal().language().value(), java.util.Optional.empty());
        // labels that are no words of prose: a table's headings run together, an event's "Reported by", "Also called"
        List<String> labels = List.of(text.get("figure.measure") + text.get("figure.value"), text.get("figure.value") + text.get("figure.as_of"),
                text.get("figure.value") + " " + text.get("figure.as_of"), text.get("entity.also_called"), text.get("event.reported_by"),
                text.get("event.also_reported_by"));
        // a measure's name: its page holds the table of figures whose headings ran together in excerpts
        String measure = corpus.measures().values().iterator().next().label();
        for (String query : List.of(measure, queries().get(0), queries().get(1))) {
            Page page = browsers.page(1280, 800);
            List<String> excerpts = ReaderMeasures.search(page, browsers.url(""), query).excerpts();
            assertFalse(excerpts.isEmpty(), "results for " + query);
            for (String e : excerpts) {
                for (String label : labels) {
                    assertFalse(e.toLowerCase(Locale.ROOT).contains(label.toLowerCase(Locale.ROOT)),
                            "the excerpt for '" + query + "' carries the label '" + label + "': " + e);
                }
            }
            page.context().close();
        }
    }

    @Test
    void aQueryWithNoGoodMatchSaysSoAndOffersTheOtherLanguage() {
        // a word of another language that shares only its first letters with the fixture's words: "retirada" vs "retire"
        String query = "retiradas";
        Page page = browsers.page(1280, 800);
        // the page as a bilingual portal writes it: an alternate in French
        page.route("**/search/index.html*", (Route route) -> {
            String html = route.fetch().text().replace("</head>", "<link rel=\"alternate\" hreflang=\"fr\" href=\"../fr/search/index.html\"></head>");
            route.fulfill(new Route.FulfillOptions().setBody(html).setContentType("text/html; charset=utf-8"));
        });
        browsers.open(page, Urls.SEARCH + "?q=" + query, "search");
        page.waitForSelector("#search[data-state=done]");
        String match = page.locator("#search").getAttribute("data-match");
        assertTrue(List.of("weak", "none").contains(match), "'" + query + "' has no good match: " + match);
        String other = page.locator("#search-other").innerText();
        String french = new java.util.Locale("fr").getDisplayLanguage(Locale.ENGLISH);
        assertTrue(other.contains(french), "offers the search in French: " + other);
        String href = page.locator("#search-other a[hreflang=fr]").getAttribute("href");
        assertEquals(browsers.url("fr/search/index.html?q=" + query), href);
        Browsers.screenshot(page, "reader-search-other-language", false);
        page.context().close();

        Page good = browsers.page(1280, 800);
        browsers.open(good, Urls.SEARCH + "?q=" + queries().get(1).replace(" ", "%20"), "search");
        good.waitForSelector("#search[data-state=done]");
        assertEquals("good", good.locator("#search").getAttribute("data-match"), "a place's name matches well");
        assertTrue(good.locator("#search-other").isHidden(), "and nothing is said about it");
        good.context().close();
    }
}
