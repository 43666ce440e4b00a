package briefing.browser;

import briefing.serve.SiteHandler;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.sun.net.httpserver.HttpServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The reader's first screen, measured (not asserted) on any built site, for an issue's closing note:
 * {@code java -cp ... briefing.browser.ReaderBench target/site Kidal Wagner coup}. Prints, at 1280x800 and 390x844, the
 * first search result's position and focus after a search, the search page's layout shift, the overview's position,
 * sideways scrolling per page, dates running into titles, and each chart's printed overflow on A4 and Letter.
 */
public final class ReaderBench {
    private ReaderBench() {
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        List<String> queries = List.of(args).subList(1, args.length);
        HttpServer server = SiteHandler.serve(site, "/portal/");
        try (Playwright pw = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = pw.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(Path.of(System.getenv().getOrDefault("CHROME_PATH", "/usr/bin/chromium")))
                     .setArgs(List.of("--no-sandbox", "--disable-gpu")))) {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/portal/";
            List<String> pages = pages(site);
            for (int[] size : new int[][]{{1280, 800}, {390, 844}}) {
                String at = size[0] + "x" + size[1];
                for (String q : queries) {
                    Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(size[0], size[1])).newPage();
                    ReaderMeasures.Search s = ReaderMeasures.search(page, base, q);
                    System.out.printf("%s search '%s': first result top %.0f bottom %.0f; focus %s; one Tab: %s; shift %.3f%n  excerpts %s%n",
                            at, q, s.firstTop(), s.firstBottom(), s.focused(), s.afterOneTab(), s.shift(), s.excerpts());
                    page.context().close();
                }
                Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(size[0], size[1])).newPage();
                double[] o = ReaderMeasures.overview(page, base);
                System.out.printf("%s overview's first paragraph: top %.0f bottom %.0f%n", at, o[0], o[1]);
                for (String p : pages) {
                    page.navigate(base + p);
                    List<Number> overlaps = ReaderMeasures.dateOverlaps(page);
                    int worst = overlaps.stream().mapToInt(Number::intValue).max().orElse(0);
                    System.out.printf("%s %-40s sideways %4d px; %d events, worst date overlap %d px%n", at, p, ReaderMeasures.sideways(page),
                            overlaps.size(), worst);
                }
                page.context().close();
            }
            String shots = System.getenv("READER_SHOTS");
            if (shots != null) shots(browser, base, pages, Path.of(shots));
            Page page = browser.newContext().newPage();
            for (var paper : ReaderMeasures.PAPER.entrySet()) {
                for (String p : pages) {
                    List<Number> cut = ReaderMeasures.printOverflow(page, base + p, paper.getValue());
                    if (!cut.isEmpty()) System.out.printf("print %-6s (%d px) %-40s charts cut by %s px%n", paper.getKey(), paper.getValue(), p, cut);
                }
            }
        } finally {
            server.stop(0);
        }
    }

    /** Screenshots of each page kind at 1280x800, 390x844 and in dark mode, and each printed to A4 and Letter PDFs. */
    private static void shots(Browser browser, String base, List<String> pages, Path dir) throws Exception {
        Files.createDirectories(dir);
        Object[][] modes = {{"desktop", 1280, 800, com.microsoft.playwright.options.ColorScheme.LIGHT},
                {"phone", 390, 844, com.microsoft.playwright.options.ColorScheme.LIGHT}, {"dark", 1280, 800, com.microsoft.playwright.options.ColorScheme.DARK}};
        for (Object[] m : modes) {
            Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize((int) m[1], (int) m[2])
                    .setColorScheme((com.microsoft.playwright.options.ColorScheme) m[3])).newPage();
            for (String p : pages) {
                page.navigate(base + p);
                page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(m[0] + "-" + p.replaceAll("[/.]", "-") + ".png")));
            }
            page.navigate(base + "search/index.html?q=" + (pages.contains("index.html") ? "mission" : ""));
            page.waitForSelector("#search[data-state=done]");
            page.waitForTimeout(1200);
            page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(m[0] + "-search.png")));
            page.context().close();
        }
        Page page = browser.newContext().newPage();
        for (String p : pages) {
            page.navigate(base + p);
            for (String format : List.of("A4", "Letter")) {
                page.pdf(new Page.PdfOptions().setPath(dir.resolve("print-" + format + "-" + p.replaceAll("[/.]", "-") + ".pdf")).setFormat(format));
            }
        }
        page.context().close();
    }

    /** One page of each kind the site has: home, timeline, a year, the first actor, place, source, measure and document. */
    static List<String> pages(Path site) throws Exception {
        List<String> out = new ArrayList<>(List.of("index.html", "timeline/index.html", "places/index.html", "discrepancies/index.html"));
        for (String dir : List.of("timeline", "actors", "places", "sources", "figures", "documents", "pages")) {
            Path d = site.resolve(dir);
            if (!Files.isDirectory(d)) continue;
            try (Stream<Path> files = Files.list(d)) {
                files.map(f -> dir + "/" + f.getFileName()).filter(f -> f.endsWith(".html") && !f.endsWith("/index.html"))
                        .sorted().reduce((a, b) -> dir.equals("timeline") ? b : a).ifPresent(out::add);
            }
        }
        return out;
    }
}
