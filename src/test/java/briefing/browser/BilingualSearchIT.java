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
    /** The same portal with its index in bundles of at most 5 pages, as a large portal's is (in bundles of 4,000). */
    private static Browsers bundled;

    @BeforeAll
    static void start() throws Exception {
        Path portal = Fixtures.portal(Fixtures.BILINGUAL);
        Path site = TestSite.ROOT.resolve("target/bilingual-site");
        Briefing.build(Project.of(portal), site, new Briefing.Options(true)); // with the search index (Pagefind via npx)
        browsers = new Browsers(new TestSite("bilingual", site, SiteContract.plan(portal)));
        Path small = TestSite.ROOT.resolve("target/bilingual-bundled-site");
        Briefing.build(Project.of(portal), small, new Briefing.Options(true).withSearchBundle(5));
        bundled = new Browsers(new TestSite("bilingual-bundled", small, SiteContract.plan(portal)));
    }

    @AfterAll
    static void stop() {
        browsers.close();
        bundled.close();
    }

    /** The result links of a query typed into the search page at {@code searchPage}. */
    private static List<String> search(String searchPage, String query) {
        return search(browsers, searchPage, query).links();
    }

    /** What a search page shows: how many results, and the links of the first (up to five). */
    private record Found(int count, List<String> links) {
    }

    private static Found search(Browsers site, String searchPage, String query) {
        Page page = site.page(1280, 900);
        page.navigate(site.url(searchPage + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        page.waitForSelector("#search[data-state=done]");
        Found found = new Found(Integer.parseInt(page.locator("#search").getAttribute("data-count")),
                page.locator("#search-results a.result-link").all().stream().map(a -> a.getAttribute("href")).toList());
        page.context().close();
        return found;
    }

    @Test
    void pagefindKeepsAnIndexPerLanguage() throws Exception {
        JsonNode entry = new ObjectMapper().readTree(browsers.site.site().resolve("pagefind/pagefind-entry.json").toFile());
        assertTrue(entry.path("languages").has("en") && entry.path("languages").has("fr"), entry.toString());
        assertEquals(entry.path("languages").path("en").path("page_count").asInt(), entry.path("languages").path("fr").path("page_count").asInt(),
                "the same pages in both languages");
    }

    @Test
    void anIndexInManyBundlesFindsWhatOneBundleFinds() throws Exception {
        JsonNode manifest = new ObjectMapper().readTree(bundled.site.site().resolve("pagefind/bundles.json").toFile());
        int n = manifest.path("bundles").size();
        assertTrue(n >= 7, "34 pages (and more not counted in a language) in bundles of 5: " + manifest);
        assertEquals("[\"en\"]", manifest.at("/bundles/0/languages").toString(), "English pages first: " + manifest);
        assertEquals("[\"fr\"]", manifest.at("/bundles/" + (n - 1) + "/languages").toString(), "French pages last: " + manifest);
        for (String[] query : new String[][] {{"fr/search/index.html", "conjointe"}, {"search/index.html", "conjointe"},
                {"search/index.html", "Joint Ceasefire Commission"}, {"fr/search/index.html", "commission"}}) {
            Found one = search(browsers, query[0], query[1]);
            Found many = search(bundled, query[0], query[1]);
            String what = query[1] + " from " + query[0];
            // a word that a bundle lacks is searched there in a shorter form (Pagefind's own fallback), which may add
            // looser matches after the exact ones (docs/scaling.md): every page one bundle finds, first
            assertTrue(many.count() >= one.count(), what + ": " + many.count() + " results against " + one.count());
            assertTrue(many.links().containsAll(one.links().subList(0, Math.min(one.links().size(), one.count() <= 5 ? 5 : 1))),
                    what + ": " + many.links() + " against " + one.links());
        }
        Found french = search(bundled, "fr/search/index.html", "conjointe");
        assertTrue(french.count() > 0 && french.links().stream().allMatch(u -> u.startsWith(Browsers.BASE + "fr/")), french.toString());
        assertEquals(0, search(bundled, "search/index.html", "conjointe").count(), "no French page from the English search page");
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
