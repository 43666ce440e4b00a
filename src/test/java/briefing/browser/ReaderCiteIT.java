package briefing.browser;

import briefing.model.Corpus;
import briefing.model.Document;
import briefing.model.Urls;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Cite" on every source, document, event and figure of the rich fixture: the button opens the citation in the portal's
 * style with the item's permalink and today's access date, "Copy" puts exactly that in the clipboard, and the item's
 * BibTeX and CSL-JSON carry the same address and date. A document links to its official record. Links in prose preview
 * their target on focus, as event lists do, and Escape dismisses the preview.
 */
class ReaderCiteIT {
    private static Browsers browsers;
    private static Corpus corpus;

    @BeforeAll
    static void start() throws Exception {
        browsers = new Browsers(TestSite.fixture());
        corpus = browsers.site.plan().corpus();
    }

    @AfterAll
    static void stop() {
        browsers.close();
    }

    private static Page clipboardPage() {
        return browsers.browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800)
                .setPermissions(List.of("clipboard-read", "clipboard-write"))).newPage();
    }

    /** Opens the Cite panel of {@code item}, copies its citation, and checks it and the clipboard; the citation. */
    private static String citeAndCopy(Page page, Locator item, String permalink) {
        Locator button = item.locator(".cite-button").first();
        assertTrue(button.isVisible(), "a Cite button on " + item.evaluate("e => e.outerHTML.slice(0, 100)"));
        button.click();
        assertEquals("true", button.getAttribute("aria-expanded"));
        Locator panel = page.locator("#" + button.getAttribute("aria-controls"));
        String citation = panel.locator(".cite-text").innerText();
        LocalDate now = LocalDate.now();
        String month = now.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
        assertTrue(citation.contains(permalink), "the citation gives the permalink " + permalink + ": " + citation);
        // today, in the page's language as the reader's browser writes it ("7 December 2026" or "December 7, 2026")
        assertTrue(citation.matches("(?s).*accessed (" + now.getDayOfMonth() + " " + month + "|" + month + " " + now.getDayOfMonth() + ",) "
                + now.getYear() + "\\).*"), "the citation gives today's access date: " + citation);
        panel.locator(".cite-copy").first().click();
        page.waitForSelector(".copy-status:not([hidden])");
        assertEquals(citation, page.evaluate("() => navigator.clipboard.readText()"), "Copy puts the citation in the clipboard");
        panel.locator("summary", new Locator.LocatorOptions().setHasText("BibTeX")).click();
        String bibtex = panel.locator(".cite-code").first().innerText();
        assertTrue(bibtex.startsWith("@online{") && bibtex.contains("url = {" + permalink + "}")
                && bibtex.contains("urldate = {" + LocalDate.now() + "}"), "the item's BibTeX: " + bibtex);
        panel.locator("summary", new Locator.LocatorOptions().setHasText("CSL-JSON")).click();
        String csl = panel.locator(".cite-code").last().innerText();
        assertTrue(csl.contains("\"URL\": \"" + permalink + "\"") && csl.contains("\"accessed\""), "the item's CSL-JSON: " + csl);
        return citation;
    }

    @Test
    void everySourceDocumentEventAndFigureOffersACitationToCopy() {
        Page page = clipboardPage();
        String source = corpus.sources().keySet().iterator().next();
        browsers.open(page, Urls.source(source), "source");
        String citation = citeAndCopy(page, page.locator("article.source"), browsers.url(Urls.source(source)));
        assertTrue(citation.contains(corpus.sources().get(source).publisher()), "the source's own citation: " + citation);
        Browsers.screenshot(page, "reader-cite-source", false);

        Document doc = corpus.documents().values().iterator().next();
        browsers.open(page, Urls.document(doc.id()), "document");
        citeAndCopy(page, page.locator("article.document"), browsers.url(Urls.document(doc.id())));

        browsers.open(page, Urls.TIMELINE, "timeline");
        Locator event = page.locator("li.event").last();
        String anchor = event.getAttribute("id");
        String eventUrl = (String) event.locator(".event-title a").evaluate("a => a.href");
        assertTrue(eventUrl.endsWith("#" + anchor), eventUrl);
        citation = citeAndCopy(page, event, eventUrl);
        assertTrue(citation.contains(event.locator(".event-title").innerText()), "the event's title: " + citation);

        String measure = corpus.measures().keySet().stream().filter(m -> !browsers.site.plan().linked().figures().getOrDefault(m, List.of()).isEmpty())
                .findFirst().orElseThrow();
        browsers.open(page, Urls.measure(measure), "measure");
        Locator row = page.locator("table.figures tbody tr").first();
        citeAndCopy(page, row, browsers.url(Urls.measure(measure)) + "#" + row.getAttribute("id"));
        Browsers.screenshot(page, "reader-cite-figure", false);
        page.context().close();
    }

    @Test
    void aDocumentLinksToItsOfficialRecord() {
        Document doc = corpus.documents().values().stream().filter(d -> d.url().isPresent()).findFirst()
                .orElseThrow(() -> new AssertionError("the fixture has a document with its address"));
        Page page = browsers.page(1280, 800);
        browsers.open(page, Urls.document(doc.id()), "document");
        assertEquals(doc.url().get(), page.locator("a.original").getAttribute("href"));
        page.context().close();
    }

    @Test
    void linksInProsePreviewTheirTargetOnFocusAndEscapeDismissesIt() {
        Page page = browsers.page(1280, 800);
        browsers.open(page, Urls.HOME, "home");
        Locator link = page.locator(".overview a.xref-actor").first();
        String id = link.getAttribute("href").replaceAll(".*actors/([^/#]+)\\.html.*", "$1");
        link.focus();
        Locator tip = page.locator("#xref-preview");
        tip.waitFor();
        assertTrue(tip.innerText().contains(corpus.actors().get(id).description()), "the actor's line: " + tip.innerText());
        assertEquals("xref-preview", link.getAttribute("aria-describedby"));
        Browsers.screenshot(page, "reader-prose-preview", false);
        page.keyboard().press("Escape");
        assertTrue(tip.isHidden(), "Escape hides the preview");
        link.hover();
        page.waitForSelector("#xref-preview:not([hidden])");
        page.context().close();
    }
}
