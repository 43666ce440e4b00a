package briefing.browser;

import briefing.Samples;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of page of the rich fixture, built with its search index and served under a base path, carries the
 * Content-Security-Policy and the referrer policy and works under them in Chromium: no violation on the home,
 * timeline, source, actor, place, measure, discrepancies and 404 pages, nor on the search page while a query runs
 * (Pagefind's WebAssembly, worker and fetches); the same pages opened from file://. The detector itself is shown to
 * catch a violation, so that "none" means none.
 */
class ContentSecurityPolicyIT {
    private static Browsers browsers;

    @BeforeAll
    static void start() throws Exception {
        browsers = new Browsers(TestSite.fixture());
    }

    @AfterAll
    static void stop() {
        browsers.close();
    }

    @Test
    void everyKindOfPageWorksUnderThePolicy() {
        Samples samples = browsers.site.samples();
        System.out.print(samples.report());
        Page page = browsers.page(1280, 900);
        int checked = 0;
        for (Samples.Sample s : samples.pages()) {
            browsers.open(page, s.url(), s.kind()); // fails on any violation so far
            if (s.kind().equals("search")) {
                page.waitForSelector("#search[data-state=done]");
                assertFalse(page.locator("#search-results a.result-link").all().isEmpty(), "the search for " + s.url() + " shows results");
            }
            assertPolicies(page, s.url());
            browsers.assertNoViolations();
            checked++;
        }
        browsers.open(page, Samples.MISSING, 404, "notfound");
        assertPolicies(page, Samples.MISSING);
        // a query typed, as a reader does: the index, its WebAssembly and worker load after the page
        browsers.open(page, "search/index.html", "search");
        var linked = browsers.site.plan().linked();
        page.locator("#search-q").fill(linked.corpus().actors().get(Samples.mostEvents(linked.actors()).orElseThrow()).name());
        page.waitForSelector("#search[data-state=done]");
        assertFalse(page.locator("#search-results a.result-link").all().isEmpty(), "typed query shows results");
        browsers.assertNoViolations();
        List<String> kinds = samples.kinds();
        for (String kind : List.of("home", "timeline", "source", "actor", "place", "measure", "discrepancies", "search")) {
            assertTrue(kinds.contains(kind), "the fixture has a " + kind + " page to check");
        }
        assertTrue(checked >= 15, "pages checked: " + checked);
        page.context().close();
    }

    @Test
    void pagesOpenedFromTheFileSystemWorkUnderThePolicy() {
        Page page = browsers.page(1280, 900);
        for (String url : List.of("index.html", "timeline/index.html", briefing.model.Urls.actor(
                Samples.mostEvents(browsers.site.plan().linked().actors()).orElseThrow()))) {
            page.navigate(browsers.site.site().resolve(url).toUri().toString());
            assertPolicies(page, url);
            // the site's script ran: "/" focuses the search box
            page.keyboard().press("/");
            assertEquals("site-search-q", page.evaluate("() => document.activeElement && document.activeElement.id"), url);
            browsers.assertNoViolations();
        }
        page.context().close();
    }

    @Test
    void theDetectorCatchesAViolation() {
        Page page = browsers.page(800, 600);
        browsers.open(page, "index.html", "home");
        page.evaluate("() => { const s = document.createElement('script'); s.textContent = 'window.ran = 1'; document.head.append(s); }");
        page.waitForFunction("() => true");
        List<String> seen = List.of();
        for (int i = 0; i < 50 && seen.isEmpty(); i++) {
            page.waitForTimeout(100);
            seen = browsers.takeViolations();
        }
        assertFalse(seen.isEmpty(), "an inline script is a violation the tests see");
        assertTrue(seen.get(0).contains("script-src"), seen.toString());
        assertEquals(null, page.evaluate("() => window.ran"), "and it did not run");
        page.context().close();
    }

    private static void assertPolicies(Page page, String url) {
        List<String> csp = page.locator("head meta[http-equiv=Content-Security-Policy]").all().stream().map(m -> m.getAttribute("content")).toList();
        assertEquals(1, csp.size(), url);
        for (String directive : List.of("default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'",
                "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "connect-src 'self'")) {
            assertTrue(List.of(csp.get(0).split(";\\s*")).contains(directive), url + " lacks " + directive + ": " + csp.get(0));
        }
        assertEquals("strict-origin-when-cross-origin", page.locator("head meta[name=referrer]").getAttribute("content"), url);
    }
}
