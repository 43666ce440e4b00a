package briefing.browser;

import briefing.serve.SiteHandler;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.ColorScheme;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The browser tests' shared set-up: a built site ({@link TestSite}: the real content's target/site, or the rich fixture's)
 * served under a GitHub-project-pages-like base path, and Playwright driving the system's Chromium — never a
 * downloaded browser. CHROME_PATH names another Chromium-family browser (CI uses Google Chrome). Any
 * Content-Security-Policy violation on a page opened here fails the test that opened it (or, if it comes late, the class).
 */
final class Browsers implements AutoCloseable {
    static final String BASE = "/portal/";
    static final Path ROOT = TestSite.ROOT;
    static final Path SHOTS = ROOT.resolve("target/screenshots");

    /**
     * Every Content-Security-Policy violation on any page opened here, as "page: what was blocked": the
     * {@code securitypolicyviolation} event, reported through the console by a script added before the page's own
     * (Playwright's, which the policy does not govern), and Chromium's own "Refused to ..." console errors.
     */
    private final List<String> violations = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static final String REPORT_VIOLATIONS = "document.addEventListener('securitypolicyviolation', e => console.error("
            + "'CSP violation: ' + e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' (' + e.sourceFile + ':' + e.lineNumber + ')'))";

    final TestSite site;
    final Playwright playwright;
    final Browser browser;
    final HttpServer server;

    Browsers(TestSite site) throws IOException {
        this.site = site;
        server = SiteHandler.serve(site.site(), BASE);
        // The 404 page is served at any address, so it links with the configured base path, absolutely: serve the
        // same files there too, so it gets its styles. Journeys check that the other pages never ask for it.
        String configured = site.configuredBase();
        if (configured.equals("/")) {
            // a portal published at the root (what `portal init` writes): the root serves the site too, /portal/ still wins
            server.removeContext("/");
            server.createContext(BASE, new SiteHandler(site.site(), BASE, UnaryOperator.identity()));
            server.createContext("/", new SiteHandler(site.site(), "/", UnaryOperator.identity()));
        } else if (!configured.equals(BASE)) {
            server.createContext(configured, new SiteHandler(site.site(), configured, UnaryOperator.identity()));
        }
        playwright = playwright();
        browser = chromium(playwright);
        Files.createDirectories(SHOTS);
    }

    /** Playwright, never downloading a browser. */
    static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /** The system's Chromium (or CHROME_PATH's), headless, with nothing of its own going out to the network. */
    static Browser chromium(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getenv().getOrDefault("CHROME_PATH", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic")));
    }

    /** The address of a page of the site, e.g. url("actors/some-actor.html"). */
    String url(String page) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + BASE + page;
    }

    /** A new page in a fresh context; the page's console errors are printed, so a failing test shows them. */
    Page page(int width, int height) {
        return page(width, height, ColorScheme.LIGHT);
    }

    /** The same, in a context that prefers the given colour scheme. */
    Page page(int width, int height, ColorScheme scheme) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setColorScheme(scheme)).newPage();
        page.addInitScript(REPORT_VIOLATIONS);
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) System.out.println("console error on " + page.url() + ": " + m.text());
            if (m.text().startsWith("CSP violation: ") || m.text().contains("Content Security Policy")) {
                violations.add(page.url() + ": " + m.text());
            }
        });
        page.onPageError(e -> System.out.println("page error on " + page.url() + ": " + e));
        page.onResponse(r -> {
            if (r.status() >= 400) System.out.println("HTTP " + r.status() + " for " + r.url() + " (from " + page.url() + ")");
        });
        return page;
    }

    /**
     * Opens {@code path} and checks that it is the page asked for: HTTP {@code status}, and a page of {@code kind} (its
     * body class {@code page-<kind>}), so that a check never passes on the 404 page by mistake.
     */
    Response open(Page page, String path, int status, String kind) {
        Response r = page.navigate(url(path));
        if (r == null) throw new AssertionError("no response for " + path);
        String body = String.valueOf(page.evaluate("() => document.body ? document.body.className : ''"));
        if (r.status() != status || !List.of(body.split("\\s+")).contains("page-" + kind)) {
            throw new AssertionError(site.name() + ": " + path + " answered HTTP " + r.status() + " with body class '" + body
                    + "'; expected HTTP " + status + " and a page-" + kind + " page");
        }
        assertNoViolations();
        return r;
    }

    /** The Content-Security-Policy violations seen since the last call, which forgets them. */
    List<String> takeViolations() {
        List<String> seen = List.copyOf(violations);
        violations.removeAll(seen);
        return seen;
    }

    /** Fails on any Content-Security-Policy violation seen so far on any page (a browser test fails on one). */
    void assertNoViolations() {
        List<String> seen = takeViolations();
        if (!seen.isEmpty()) throw new AssertionError(seen.size() + " Content-Security-Policy violations:\n" + String.join("\n", seen));
    }

    /** {@link #open(Page, String, int, String)} for a page that exists. */
    Response open(Page page, String path, String kind) {
        return open(page, path, 200, kind);
    }

    static void screenshot(Page page, String name) {
        screenshot(page, name, true);
    }

    /** The tallest screenshot taken: a longer page is shot down to this height (its top is what a reader looks at). */
    static final int SHOT_HEIGHT = 8000;
    /** A screenshot waits this long: on a loaded machine a full page of a busy actor takes well over the default 30 s. */
    static final double SHOT_TIMEOUT_MS = 180_000;

    /** A screenshot of the whole page (to {@link #SHOT_HEIGHT}), or of the viewport only. */
    static void screenshot(Page page, String name, boolean fullPage) {
        Page.ScreenshotOptions options = new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(fullPage)
                .setTimeout(SHOT_TIMEOUT_MS);
        if (fullPage) {
            Number height = (Number) page.evaluate("() => document.documentElement.scrollHeight");
            if (height.intValue() > SHOT_HEIGHT) options.setClip(0, 0, page.viewportSize().width, SHOT_HEIGHT);
        }
        page.screenshot(options);
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
        server.stop(0);
        assertNoViolations(); // those of the pages' last moments too
    }
}
