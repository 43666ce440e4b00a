package briefing.browser;

import briefing.Briefing;
import briefing.Fixtures;
import briefing.Project;
import briefing.SiteContract;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search in a portal of two languages (the fictional bilingual fixture, built with its Pagefind index): Pagefind keeps an
 * index per language (the pages' {@code <html lang>}), and each language's search page queries its own: French words
 * find French pages from fr/search/, and nothing from the English search page, and the other way round.
 */
class BilingualSearchIT {
    private static Browsers browsers;

    @BeforeAll
    static void start() throws Exception {
        Path portal = Fixtures.portal(Fixtures.BILINGUAL);
        Path site = TestSite.ROOT.resolve("target/bilingual-site");
        Briefing.build(Project.of(portal), site, new Briefing.Options(true)); // with the search index (Pagefind via npx)
        browsers = new Browsers(new TestSite("bilingual", site, SiteContract.plan(portal)));
    }

    @AfterAll
    static void stop() {
        browsers.close();
    }

    /** The result links of a query typed into the search page at {@code searchPage}. */
    private static List<String> search(String searchPage, String query) {
        Page page = browsers.page(1280, 900);
        page.navigate(browsers.url(searchPage + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        page.waitForSelector("#search[data-state=done]");
        List<String> out = page.locator("#search-results a.result-link").all().stream().map(a -> a.getAttribute("href")).toList();
        page.context().close();
        return out;
    }

    @Test
    void pagefindKeepsAnIndexPerLanguage() throws Exception {
        JsonNode entry = new ObjectMapper().readTree(browsers.site.site().resolve("pagefind/pagefind-entry.json").toFile());
        assertTrue(entry.path("languages").has("en") && entry.path("languages").has("fr"), entry.toString());
        assertEquals(entry.path("languages").path("en").path("page_count").asInt(), entry.path("languages").path("fr").path("page_count").asInt(),
                "the same pages in both languages");
    }

    @Test
    void eachLanguagesSearchPageFindsItsOwnLanguagesPages() {
        List<String> french = search("fr/search/index.html", "conjointe");
        assertFalse(french.isEmpty(), "a French word on the French search page");
        assertTrue(french.contains(Browsers.BASE + "fr/actors/ceasefire-commission.html"), french.toString());
        assertTrue(french.stream().allMatch(u -> u.startsWith(Browsers.BASE + "fr/")), "French pages only: " + french);
        assertEquals(List.of(), search("search/index.html", "conjointe"), "the English index has no French page");
        List<String> english = search("search/index.html", "Joint Ceasefire Commission");
        assertTrue(english.contains(Browsers.BASE + "actors/ceasefire-commission.html"), english.toString());
        assertTrue(english.stream().noneMatch(u -> u.startsWith(Browsers.BASE + "fr/")), "English pages only: " + english);
    }
}
