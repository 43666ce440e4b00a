package briefing.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;

import java.util.List;
import java.util.Map;

/**
 * What a reader sees first, measured in a real browser: where the first search result and the overview's opening
 * paragraph stand, where focus is after a search, how much the search page shifts, whether charts fit the printed
 * width, whether a page scrolls sideways, whether an event's date runs into its title. The browser tests assert on
 * these ({@code ReaderSearchIT}, {@code ReaderLayoutIT}); {@link ReaderBench} prints them for any built site.
 */
final class ReaderMeasures {
    /** The printable width of A4 and Letter at 96 px per inch, with the print style's 16 mm side margins. */
    static final Map<String, Integer> PAPER = Map.of("A4", mm(210 - 32), "Letter", (int) Math.floor(8.5 * 96 - mm(32)));

    private ReaderMeasures() {
    }

    private static int mm(double mm) {
        return (int) Math.floor(mm / 25.4 * 96);
    }

    /** Counts layout shifts from the start of every page the context opens (PerformanceObserver 'layout-shift'). */
    static void observeShifts(Page page) {
        page.addInitScript("window.__shift = 0; new PerformanceObserver(l => { for (const e of l.getEntries()) "
                + "if (!e.hadRecentInput) window.__shift += e.value; }).observe({type: 'layout-shift', buffered: true});");
    }

    static double shift(Page page) {
        return ((Number) page.evaluate("() => window.__shift || 0")).doubleValue();
    }

    /** A search as the header's search box makes it: the search page opened with ?q=; waits for its results and its filters. */
    record Search(double firstTop, double firstBottom, String focused, String afterOneTab, double shift, List<String> excerpts) {
    }

    static Search search(Page page, String base, String query) {
        observeShifts(page);
        page.navigate(base + "search/index.html?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
        page.waitForSelector("#search[data-state=done]");
        page.waitForTimeout(1500); // the filter index loads after the first results: anything it moves counts
        Object box = page.evaluate("() => { const a = document.querySelector('#search-results a.result-link');"
                + " if (!a) return null; const r = a.getBoundingClientRect(); return [r.top + scrollY, r.bottom + scrollY]; }");
        List<?> r = box == null ? List.of(-1, -1) : (List<?>) box;
        String focused = String.valueOf(page.evaluate("() => { const e = document.activeElement; return e.tagName + (e.id ? '#' + e.id : ''); }"));
        double shift = shift(page);
        @SuppressWarnings("unchecked")
        List<String> excerpts = (List<String>) page.evaluate("() => [...document.querySelectorAll('#search-results .excerpt')].map(e => e.textContent)");
        page.keyboard().press("Tab");
        String after = String.valueOf(page.evaluate("() => { const e = document.activeElement; return e.matches('#search-results a.result-link') ? 'first result' : e.outerHTML.slice(0, 80); }"));
        return new Search(((Number) r.get(0)).doubleValue(), ((Number) r.get(1)).doubleValue(), focused, after, shift, excerpts);
    }

    /** The top and bottom of the home page's overview's first paragraph (page coordinates). */
    static double[] overview(Page page, String base) {
        page.navigate(base + "index.html");
        List<?> r = (List<?>) page.evaluate("() => { const p = document.querySelector('.overview p'); if (!p) return [-1, -1];"
                + " const r = p.getBoundingClientRect(); return [r.top + scrollY, r.bottom + scrollY]; }");
        return new double[]{((Number) r.get(0)).doubleValue(), ((Number) r.get(1)).doubleValue()};
    }

    /** How far the page scrolls sideways (scrollWidth beyond the viewport), in px; 0 when it does not. */
    static int sideways(Page page) {
        return ((Number) page.evaluate("() => Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth)")).intValue();
    }

    /**
     * For each chart (inline SVG) on the page printed at {@code width} px: how many px of it the printed page cannot
     * show: beyond the page's right edge, or hidden by a box that clips it. 0 for every chart when all print whole.
     */
    @SuppressWarnings("unchecked")
    static List<Number> printOverflow(Page page, String url, int width) {
        page.setViewportSize(width, 1100);
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        page.navigate(url);
        try {
            return (List<Number>) page.evaluate("w => [...document.querySelectorAll('main svg.chart:not(.chart-symbol)')].map(svg => {"
                    + " const r = svg.getBoundingClientRect(); let cut = Math.max(0, r.right - w, -r.left);"
                    + " for (let e = svg.parentElement; e && e !== document.body; e = e.parentElement) {"
                    + "  const s = getComputedStyle(e); if (s.overflowX !== 'visible') { const b = e.getBoundingClientRect();"
                    + "   cut = Math.max(cut, r.right - b.right, b.left - r.left); } }"
                    + " return Math.round(cut); })", width);
        } finally {
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
        }
    }

    /**
     * For each event in the page's event lists: how many px the text of its date column (dates, labels, badges) runs
     * into its body (title, who, where), on either side; 0 for every event when none overlaps.
     */
    @SuppressWarnings("unchecked")
    static List<Number> dateOverlaps(Page page) {
        return (List<Number>) page.evaluate("() => [...document.querySelectorAll('li.event')].map(li => {"
                + " const d = li.querySelector('.event-date'), b = li.querySelector('.event-body'); if (!d || !b) return 0;"
                + " const range = document.createRange(); let worst = 0;"
                + " for (const n of d.querySelectorAll('time, span')) { range.selectNodeContents(n);"
                + "  for (const t of range.getClientRects()) for (const x of b.querySelectorAll('.event-title, .event-title a')) {"
                + "   const o = x.getBoundingClientRect();"
                + "   const w = Math.min(t.right, o.right) - Math.max(t.left, o.left), h = Math.min(t.bottom, o.bottom) - Math.max(t.top, o.top);"
                + "   if (w > 0.5 && h > 0.5) worst = Math.max(worst, w); }"
                + "  const box = d.getBoundingClientRect();"
                + "  for (const t of range.getClientRects()) worst = Math.max(worst, t.right - box.right - 0.5, box.left - t.left - 0.5); }"
                + " return Math.round(worst); })");
    }
}
