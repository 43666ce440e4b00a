package briefing.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Queries a reader would type, in a real browser, under a base path: the expected page comes first. */
class SearchIT {
    private static Browsers browsers;

    @BeforeAll
    static void start() throws Exception {
        browsers = new Browsers();
    }

    @AfterAll
    static void stop() {
        browsers.close();
    }

    /** Types {@code query} into the search page and returns the result links' addresses, in order. */
    private static List<String> search(Page page, String query) {
        page.navigate(browsers.url("search/index.html"));
        page.locator("#search-q").fill(query);
        page.waitForSelector("#search[data-state=done]");
        return page.locator("#search-results a.result-link").all().stream().map(a -> a.getAttribute("href")).toList();
    }

    private static void assertFirst(String query, String expectedPage) {
        Page page = browsers.page(1280, 900);
        List<String> results = search(page, query);
        assertTrue(!results.isEmpty(), "no result for " + query);
        assertEquals(Browsers.BASE + expectedPage, results.get(0), "first result for '" + query + "' among " + results);
        page.context().close();
    }

    @Test
    void aMisspeltAliasFindsTheActor() {
        assertFirst("Gutteres", "actors/antonio-guterres.html");
        assertFirst("MUNUSMA", "actors/minusma.html");
    }

    @Test
    void aWordOfOneSummaryFindsItsSource() {
        // "helicopters" stands in one source's summary (and the events drawn from it), nowhere else
        assertFirst("helicopters", "sources/justsecurity-2022-irrelevance.html");
    }

    @Test
    void aPlaceFindsItsPage() {
        assertFirst("Aguelhok", "places/aguelhok.html");
    }

    @Test
    void aResolutionNumberFindsTheResolution() {
        Page page = browsers.page(1280, 900);
        List<String> results = search(page, "2690");
        assertTrue(!results.isEmpty(), "no result for 2690");
        String first = page.locator("#search-results li.result").first().innerText();
        assertTrue(first.contains("2690"), "the first result shows the resolution: " + first);
        Browsers.screenshot(page, "search-2690");
        page.context().close();
    }

    @Test
    void aFilterNarrowsTheResults() {
        Page page = browsers.page(1280, 900);
        search(page, "Mali");
        page.waitForSelector("#search[data-filters=ready]"); // the chips come once the filter index has loaded
        int all = Integer.parseInt(page.locator("#search").getAttribute("data-count"));
        Locator actorChip = page.locator("#search-filters button.chip", new Page.LocatorOptions().setHasText("Actor"));
        actorChip.first().click();
        page.waitForSelector("#search[data-state=done]");
        List<String> filtered = page.locator("#search-results a.result-link").all().stream().map(a -> a.getAttribute("href")).toList();
        int narrowed = Integer.parseInt(page.locator("#search").getAttribute("data-count"));
        assertTrue(narrowed < all, "filtering by type Actor narrows " + all + " results to " + narrowed);
        assertTrue(filtered.stream().allMatch(h -> h.startsWith(Browsers.BASE + "actors/")), "only actor pages: " + filtered);
        assertTrue(page.url().contains("type=Actor"), "the filter is in the URL: " + page.url());
        Browsers.screenshot(page, "search-filter");
        page.context().close();
    }

    @Test
    void aSharedUrlRestoresTheSearch() {
        Page page = browsers.page(1280, 900);
        page.navigate(browsers.url("search/index.html?q=Aguelhok&type=Place"));
        page.waitForSelector("#search[data-filters=ready]");
        assertEquals("Aguelhok", page.locator("#search-q").inputValue());
        assertEquals("true", page.locator("#search-filters button.chip[aria-pressed=true]").first().getAttribute("aria-pressed"));
        assertEquals(Browsers.BASE + "places/aguelhok.html",
                page.locator("#search-results a.result-link").first().getAttribute("href"));
        page.context().close();
    }

    @Test
    void theHeaderSearchBoxLeadsToResults() {
        Page page = browsers.page(1280, 900);
        page.navigate(browsers.url("actors/minusma.html"));
        page.keyboard().press("/");
        page.keyboard().type("Kidal");
        page.keyboard().press("Enter");
        page.waitForSelector("#search[data-state=done]");
        assertTrue(page.url().contains("q=Kidal"), page.url());
        assertTrue(page.locator("#search-results a.result-link").count() > 0, "results for Kidal");
        page.context().close();
    }
}
