package briefing.browser;

import briefing.Samples;
import briefing.link.LinkedCorpus;
import briefing.link.LinkedEvent;
import briefing.model.Corpus;
import briefing.model.Source;
import briefing.model.Urls;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a reader does, in a real browser under a base path, on the rich fixture portal (content the test owns, built
 * with its search index): follow links from the home page to an actor, a source and its original; from the timeline to
 * an event and its sources; the same by keyboard; on a phone. Every page of a journey loads only from the local server,
 * under the base path, and no request fails. Expectations come from the fixture's corpus.
 */
class JourneysIT {
    private static Browsers browsers;
    private static Corpus corpus;
    /** Requests that left the site or failed, for the journey under way. */
    private final List<String> problems = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        browsers = new Browsers(TestSite.fixture());
        corpus = browsers.site.plan().corpus();
    }

    @AfterAll
    static void stop() {
        browsers.close();
    }

    @BeforeEach
    void clear() {
        problems.clear();
    }

    @AfterEach
    void nothingLeftTheSiteOrFailed() {
        assertTrue(problems.isEmpty(), "requests that left the site or failed:\n" + String.join("\n", problems));
    }

    /** A page whose every request is checked: same origin, under the base path, no HTTP error, no failure. */
    private Page page(int width, int height) {
        Page page = browsers.page(width, height);
        String site = browsers.url("");
        page.onRequest(r -> {
            if (!r.url().startsWith(site)) problems.add("request to " + r.url() + " from " + page.url());
        });
        page.onResponse(r -> {
            if (r.status() >= 400) problems.add("HTTP " + r.status() + " for " + r.url() + " from " + page.url());
        });
        page.onRequestFailed(r -> problems.add("failed " + r.url() + " (" + r.failure() + ") from " + page.url()));
        return page;
    }

    /** The sources that name an external address (source.yaml's url), by id. */
    private static Map<String, String> sourceUrls() {
        Map<String, String> out = new TreeMap<>();
        corpus.sources().values().forEach(s -> s.url().ifPresent(u -> out.put(s.id(), u)));
        return out;
    }

    @Test
    void homeToAnActorToASourceToItsOriginal() {
        Page page = page(1280, 900);
        browsers.open(page, "index.html", "home");
        Locator actor = page.locator(".overview a.xref-actor").first();
        String id = actor.getAttribute("href").replaceAll(".*actors/([^/#]+)\\.html.*", "$1");
        assertTrue(corpus.actors().containsKey(id), "the overview links an actor of the content: " + id);
        actor.click();
        page.waitForURL(browsers.url("actors/" + id + ".html"));
        assertEquals(corpus.actors().get(id).name(), page.locator("h1").innerText(), "the actor's page");
        Browsers.screenshot(page, "journey-actor");

        Map<String, String> urls = sourceUrls();
        assertFalse(urls.isEmpty(), "some source names its original");
        String source = page.locator("main a[href*='sources/']").all().stream()
                .map(a -> a.getAttribute("href").replaceAll(".*sources/([^/#]+)\\.html.*", "$1"))
                .filter(urls::containsKey).findFirst().orElseThrow(() -> new AssertionError("no source with an original on " + page.url()));
        page.locator("main a[href$='sources/" + source + ".html']").first().click();
        page.waitForURL(browsers.url("sources/" + source + ".html"));
        assertEquals(corpus.sources().get(source).title(), page.locator("h1").innerText(), "the source's page");
        Browsers.screenshot(page, "journey-source");

        Locator original = page.locator("a.original");
        assertEquals(urls.get(source), original.getAttribute("href"), "the original is the source's own address");
        List<String> rel = Arrays.asList(original.getAttribute("rel").split("\\s+"));
        assertTrue(rel.containsAll(List.of("external", "noopener")), "rel of the original: " + rel);
        assertEquals(urls.get(source), page.locator(".metadata a.url").getAttribute("href"), "the metadata gives the same address");
        page.context().close();
    }

    @Test
    void timelineToAYearToAnEventToItsSources() {
        Page page = page(1280, 900);
        browsers.open(page, "timeline/index.html", "timeline");
        Locator year = page.locator(".year-section h2 a").last();
        String yearText = year.innerText();
        year.click();
        page.waitForURL(browsers.url("timeline/" + yearText + ".html"));
        assertEquals(yearText, page.locator("h1").innerText());
        int last = browsers.site.plan().linked().timeline().stream().mapToInt(e -> e.date().year()).max().orElseThrow();
        assertEquals(String.valueOf(last), yearText, "the last year of the content's timeline");

        Locator title = page.locator(".event-title a").last();
        String anchor = title.getAttribute("href").replaceAll(".*#", "");
        title.click();
        page.waitForURL(browsers.url("timeline/" + yearText + ".html#" + anchor));
        Locator event = page.locator("li.event:target");
        assertEquals(anchor, event.getAttribute("id"), "the event is the page's target");
        assertTrue(event.boundingBox().y < 900 && event.boundingBox().y >= 0, "the event is scrolled into view");
        Browsers.screenshot(page, "journey-event", false);

        List<Locator> cites = event.locator(".event-cite a.cite").all();
        LinkedEvent linked = browsers.site.plan().linked().events().get(anchor.substring("event-".length()));
        assertEquals(linked.sources().size(), cites.size(), "the event cites each source that reports it");
        for (Locator cite : cites) {
            String href = (String) cite.evaluate("a => a.href");
            assertTrue(href.matches(java.util.regex.Pattern.quote(browsers.url("sources/")) + "[a-z0-9-]+\\.html"), "a source page: " + href);
            assertEquals(200, page.request().get(href).status(), href);
        }
        String sourceTitle = cites.get(0).getAttribute("title");
        cites.get(0).click();
        page.waitForURL(browsers.url("sources/") + "*.html");
        assertEquals(sourceTitle, page.locator("h1").innerText(), "the cited source's page");
        page.context().close();
    }

    private static String focused(Page page, String script) {
        return String.valueOf(page.evaluate("() => { const e = document.activeElement; return " + script + "; }"));
    }

    /** Presses Tab until the focused element matches {@code selector}; the number of presses. */
    private static int tabTo(Page page, String selector, int most) {
        for (int i = 1; i <= most; i++) {
            page.keyboard().press("Tab");
            if ((Boolean) page.evaluate("s => document.activeElement.matches(s)", selector)) return i;
        }
        throw new AssertionError("Tab never reached " + selector + "; at " + focused(page, "e.outerHTML.slice(0, 120)"));
    }

    @Test
    void theKeyboardReachesEverything() {
        Page page = page(1280, 900);
        browsers.open(page, Urls.HOME, "home");
        assertEquals(1, tabTo(page, "*", 1));
        assertEquals("skip-link", focused(page, "e.className"), "Tab reaches the skip link first");
        assertTrue(page.locator(".skip-link").boundingBox().y >= 0, "the focused skip link is on screen");
        Browsers.screenshot(page, "keyboard-skip-link", false);
        page.keyboard().press("Enter");
        page.waitForFunction("() => document.activeElement.id === 'main'");

        browsers.open(page, Urls.HOME, "home");
        tabTo(page, ".site-nav a", 4);
        String style = "(e => { const s = getComputedStyle(e); return s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor + ' / ' + s.boxShadow; })";
        String focusedStyle = focused(page, style + "(e)");
        Browsers.screenshot(page, "keyboard-nav-focus", false);
        String plainStyle = String.valueOf(page.evaluate("() => { const e = document.activeElement; e.blur(); return " + style + "(e); }"));
        assertNotEquals(plainStyle, focusedStyle, "a focused nav link looks different");
        assertTrue(!focusedStyle.startsWith("none") || !focusedStyle.endsWith("/ none"), "outline or shadow when focused: " + focusedStyle);

        browsers.open(page, Urls.HOME, "home");
        tabTo(page, ".xref-actor[data-preview]", 200);
        Locator tip = page.locator("#xref-preview");
        assertTrue(tip.isVisible(), "the preview shows on keyboard focus");
        assertTrue(tip.innerText().contains(focused(page, "e.dataset.preview")), "the preview shows the description: " + tip.innerText());
        assertEquals("xref-preview", focused(page, "e.getAttribute('aria-describedby')"));
        Browsers.screenshot(page, "keyboard-preview", false);
        page.keyboard().press("Escape");
        assertTrue(tip.isHidden(), "Escape hides the preview");
        assertEquals("null", focused(page, "e.getAttribute('aria-describedby')"));
        page.context().close();
    }

    @Test
    void aPhoneScrollsOnlyDownwards() {
        Page page = page(360, 740);
        LinkedCorpus linked = browsers.site.plan().linked();
        String actor = Samples.mostEvents(linked.actors()).orElseThrow();
        // the source with the most facts: the longest tables and lists
        String source = corpus.sources().values().stream().max(Comparator.comparingInt((Source s) ->
                s.events().size() + s.figures().size() + s.statements().size()).thenComparing(Source::id)).orElseThrow().id();
        String measure = linked.figures().keySet().iterator().next();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put(Urls.HOME, "home");
        pages.put(Urls.actor(actor), "actor");
        pages.put(Urls.source(source), "source");
        pages.put(Urls.TIMELINE, "timeline");
        pages.put(Urls.measure(measure), "measure");
        pages.put(Urls.DISCREPANCIES, "discrepancies");
        for (Map.Entry<String, String> p : pages.entrySet()) {
            String path = p.getKey();
            browsers.open(page, path, p.getValue());
            int width = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
            Browsers.screenshot(page, "phone-" + path.replaceAll("[/.]", "-"), !path.startsWith("timeline"));
            assertTrue(width <= 360, path + " is " + width + "px wide on a 360px phone");
        }
        page.context().close();
    }
}
