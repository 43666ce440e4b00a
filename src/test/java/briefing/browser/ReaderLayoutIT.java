package briefing.browser;

import briefing.model.Urls;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a reader sees first on the rich fixture, at 1280x800 and 390x844: the overview's opening paragraph on the first
 * screen of the home page, before the key numbers and the map; each key number's date beside its value; no page that
 * scrolls sideways on a phone, tables as cards there; the timeline chart starting at its latest years with a cue that
 * it scrolls; dates that never run into their titles, however long; every chart whole on an A4 or Letter page, with
 * no mark cut at its edges.
 */
class ReaderLayoutIT {
    private static final int[][] SIZES = {{1280, 800}, {390, 844}};
    private static Browsers browsers;
    private static List<String> pages;

    @BeforeAll
    static void start() throws Exception {
        browsers = new Browsers(TestSite.fixture());
        pages = ReaderBench.pages(browsers.site.site());
    }

    @AfterAll
    static void stop() {
        browsers.close();
    }

    @Test
    void theOverviewOpensTheHomePageBeforeTheKeyNumbersAndTheMap() {
        for (int[] size : SIZES) {
            Page page = browsers.page(size[0], size[1]);
            double[] overview = ReaderMeasures.overview(page, browsers.url(""));
            String at = size[0] + "x" + size[1] + ": ";
            System.out.printf("%soverview's first paragraph %.0f-%.0f%n", at, overview[0], overview[1]);
            assertTrue(overview[0] > 0 && overview[1] <= size[1], at + "the overview's first paragraph ends at y=" + overview[1]);
            double cards = page.locator(".key-figures").boundingBox().y, map = page.locator(".chart-section").first().boundingBox().y;
            assertTrue(overview[1] < cards && cards < map, at + "overview, then key numbers (" + cards + "), then the map (" + map + ")");
            if (size[0] < 400) {
                // on a phone, nothing stands between the title block and the overview
                Object next = page.evaluate("() => document.querySelector('.hero').nextElementSibling.querySelector('.overview') !== null");
                assertEquals(true, next, "the overview follows the title");
            }
            // each key number's date stands right under its value, in the text's colour and at least its size
            for (var card : page.locator(".cards .card").all()) {
                double value = card.locator(".card-value").boundingBox().y, asOf = card.locator(".card-asof").boundingBox().y;
                assertTrue(asOf > value && asOf < value + 80, "the date follows the value: " + card.innerText());
                assertTrue(card.locator(".card-asof time").count() > 0, "a dated value: " + card.innerText());
                Number size14 = (Number) card.locator(".card-asof").evaluate("e => parseFloat(getComputedStyle(e).fontSize)");
                assertTrue(size14.doubleValue() >= 16, "the date is as plain as a line of text: " + size14);
            }
            Browsers.screenshot(page, "reader-home-" + size[0], false);
            page.context().close();
        }
    }

    @Test
    void noPageScrollsSidewaysOnAPhoneAndTablesBecomeCards() {
        Page page = browsers.page(390, 844);
        for (String path : pages) {
            page.navigate(browsers.url(path));
            assertEquals(0, ReaderMeasures.sideways(page), path + " scrolls sideways at 390 px");
            // every cell of a figures table is within the screen, with its column's name
            for (var cell : page.locator("table.figures td").all()) {
                var box = cell.boundingBox();
                assertTrue(box.x >= 0 && box.x + box.width <= 390, path + ": a cell off the screen at x=" + box.x + " w=" + box.width);
                assertFalse(String.valueOf(cell.getAttribute("data-label")).isBlank(), path + ": a cell without its label");
            }
        }
        page.navigate(browsers.url(pages.stream().filter(p -> p.startsWith("figures/")).findFirst().orElseThrow()));
        String label = String.valueOf(page.locator("table.figures td").last().evaluate("td => getComputedStyle(td, '::before').content"));
        assertTrue(label.length() > 2, "the cell shows its column's name: " + label);
        Browsers.screenshot(page, "reader-phone-figures", true);
        page.context().close();
    }

    @Test
    void theTimelineChartStartsAtItsLatestYearsOnAPhoneAndSaysItScrolls() {
        Page page = browsers.page(390, 844);
        browsers.open(page, Urls.TIMELINE, "timeline");
        Map<?, ?> frame = (Map<?, ?>) page.evaluate("() => { const f = document.querySelector('.chart-scroll-end');"
                + " return {left: f.scrollLeft, max: f.scrollWidth - f.clientWidth}; }");
        int max = ((Number) frame.get("max")).intValue();
        assertTrue(max > 0, "the chart is wider than a phone");
        assertTrue(((Number) frame.get("left")).intValue() >= max - 1, "scrolled to its end: " + frame);
        assertTrue(page.locator(".scroll-cue").isVisible(), "a visible cue that it scrolls");
        Browsers.screenshot(page, "reader-phone-timeline", false);
        page.context().close();
        Page wide = browsers.page(1280, 800);
        browsers.open(wide, Urls.TIMELINE, "timeline");
        assertTrue(wide.locator(".scroll-cue").isHidden(), "no cue where the chart fits");
        wide.context().close();
    }

    @Test
    void longDatesWrapInsideTheirColumnAndNeverRunIntoTheTitle() {
        // the fixture's own dates, then the longest a language writes: every width from a phone to a desktop
        String longest = "() => document.querySelectorAll('.event-date time').forEach((t, i) => t.textContent = "
                + "i % 2 ? '26 de septiembre de 2016 (incierto)' : '31 de diciembre de 2023 o después (aproximado e incierto)')";
        for (int width : new int[]{320, 390, 600, 800, 1024, 1280}) {
            Page page = browsers.page(width, 900);
            for (String path : List.of(Urls.HOME, Urls.TIMELINE)) {
                page.navigate(browsers.url(path));
                List<Number> own = ReaderMeasures.dateOverlaps(page);
                assertFalse(own.isEmpty(), path + " lists events");
                assertTrue(own.stream().allMatch(n -> n.intValue() == 0), width + " px, " + path + ": dates run into titles by " + own);
                page.evaluate(longest);
                List<Number> long_ = ReaderMeasures.dateOverlaps(page);
                assertTrue(long_.stream().allMatch(n -> n.intValue() == 0), width + " px, " + path + ": long dates run into titles by " + long_);
                assertEquals(0, ReaderMeasures.sideways(page), width + " px, " + path + ": long dates widen the page");
            }
            if (width == 1280 || width == 390) {
                page.locator("li.event").nth(3).scrollIntoViewIfNeeded();
                Browsers.screenshot(page, "reader-long-dates-" + width, false);
            }
            page.context().close();
        }
    }

    @Test
    void aRightToLeftPageIsMirrored() {
        // the attribute the i18n stage writes for Arabic; the stylesheet's logical properties do the rest
        for (int width : new int[]{1280, 390}) {
            Page page = browsers.page(width, 900);
            page.route("**/*.html", route -> {
                String html = route.fetch().text().replaceFirst("<html lang=\"([^\"]+)\"", "<html lang=\"$1\" dir=\"rtl\"");
                route.fulfill(new com.microsoft.playwright.Route.FulfillOptions().setBody(html).setContentType("text/html; charset=utf-8"));
            });
            browsers.open(page, Urls.TIMELINE, "timeline");
            assertEquals("rtl", page.evaluate("() => getComputedStyle(document.body).direction"));
            var date = page.locator("li.event .event-date").first().boundingBox();
            var body = page.locator("li.event .event-body").first().boundingBox();
            // the title's text stands at the right end of its box (it starts on the right)
            List<?> title = (List<?>) page.evaluate("() => { const h = document.querySelector('main h1'), r = document.createRange();"
                    + " r.selectNodeContents(h); return [r.getBoundingClientRect().right, h.getBoundingClientRect().right, r.getBoundingClientRect().width]; }");
            if (width > 400) assertTrue(date.x > body.x, width + " px: the date column stands on the right: date x=" + date.x + ", body x=" + body.x);
            double textRight = ((Number) title.get(0)).doubleValue(), boxRight = ((Number) title.get(1)).doubleValue();
            assertTrue(textRight >= boxRight - 2, width + " px: the title starts on the right: text ends at " + title);
            assertEquals(0, ReaderMeasures.sideways(page), width + " px: a right-to-left page scrolls sideways");
            List<Number> overlaps = ReaderMeasures.dateOverlaps(page);
            assertTrue(overlaps.stream().allMatch(n -> n.intValue() == 0), width + " px, right to left: dates run into titles by " + overlaps);
            // the chart keeps its geometry: every label inside it, and on a phone its frame starts at the latest years
            @SuppressWarnings("unchecked")
            List<String> cut = (List<String>) page.evaluate("() => { const svg = document.querySelector('svg.chart-timeline'), b = svg.getBoundingClientRect();"
                    + " return [...svg.querySelectorAll('text')].filter(t => { const r = t.getBoundingClientRect();"
                    + " return r.left < b.left - 1 || r.right > b.right + 1; }).map(t => t.textContent); }");
            assertTrue(cut.isEmpty(), width + " px, right to left: chart labels cut: " + cut);
            Map<?, ?> frame = (Map<?, ?>) page.evaluate("() => { const f = document.querySelector('.chart-scroll-end');"
                    + " return {left: f.scrollLeft, max: f.scrollWidth - f.clientWidth}; }");
            assertTrue(((Number) frame.get("left")).intValue() >= ((Number) frame.get("max")).intValue() - 1, "the latest years first: " + frame);
            Browsers.screenshot(page, "reader-rtl-" + width, false);
            page.context().close();
        }
    }

    @Test
    void everyChartPrintsWholeOnA4AndLetter() {
        Page page = browsers.page(1280, 800);
        int charts = 0;
        for (var paper : ReaderMeasures.PAPER.entrySet()) {
            for (String path : pages) {
                List<Number> cut = ReaderMeasures.printOverflow(page, browsers.url(path), paper.getValue());
                charts += cut.size();
                assertTrue(cut.stream().allMatch(n -> n.intValue() == 0), paper.getKey() + ", " + path + ": charts cut by " + cut + " px");
            }
        }
        assertTrue(charts >= 6, "charts were measured: " + charts);
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
        browsers.open(page, Urls.TIMELINE, "timeline");
        assertTrue(page.locator("li.event .event-cite").first().isVisible(), "printed events name their sources");
        page.context().close();
    }

    @Test
    void theTimelineChartsMarksStayInsideItsFrame() {
        Page page = browsers.page(1280, 800);
        browsers.open(page, Urls.TIMELINE, "timeline");
        @SuppressWarnings("unchecked")
        List<String> outside = (List<String>) page.evaluate("() => { const svg = document.querySelector('svg.chart-timeline');"
                + " const vb = svg.viewBox.baseVal, out = [];"
                + " for (const m of svg.querySelectorAll('.marks *:not(a):not(title), .bars rect')) { const b = m.getBBox(), s = 2;"
                + "  if (b.x - s < vb.x || b.y - s < vb.y || b.x + b.width + s > vb.x + vb.width || b.y + b.height + s > vb.y + vb.height)"
                + "   out.push(m.outerHTML.slice(0, 80)); } return out; }");
        assertTrue(outside.isEmpty(), "marks cut at the chart's edges: " + outside);
        assertTrue((Boolean) page.evaluate("() => document.querySelectorAll('svg.chart-timeline .marks *').length > 0"), "the fixture's chart has marks");
        page.context().close();
    }
}
