package briefing.browser;

import briefing.serve.SiteHandler;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The browser tests' shared set-up: the built site (target/site, made by `mvn package` before the integration tests)
 * served under a GitHub-project-pages-like base path, and Playwright driving the system's Chromium — never a
 * downloaded browser. CHROME_PATH names another Chromium-family browser (CI uses Google Chrome).
 */
final class Browsers implements AutoCloseable {
    static final String BASE = "/portal/";
    static final Path ROOT = Path.of(System.getProperty("project.root", "."));
    static final Path SITE = ROOT.resolve("target/site");
    static final Path SHOTS = ROOT.resolve("target/screenshots");

    final Playwright playwright;
    final Browser browser;
    final HttpServer server;

    Browsers() throws IOException {
        if (!Files.isRegularFile(SITE.resolve("index.html"))) {
            throw new IllegalStateException("no built site at " + SITE + ": run `mvn -B verify` (the package phase builds it)");
        }
        server = SiteHandler.serve(SITE, BASE);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getenv().getOrDefault("CHROME_PATH", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic")));
        Files.createDirectories(SHOTS);
    }

    /** The address of a page of the site, e.g. url("actors/minusma.html"). */
    String url(String page) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + BASE + page;
    }

    /** A new page in a fresh context; the page's console errors are printed, so a failing test shows them. */
    Page page(int width, int height) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)).newPage();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) System.out.println("console error on " + page.url() + ": " + m.text());
        });
        page.onPageError(e -> System.out.println("page error on " + page.url() + ": " + e));
        page.onResponse(r -> {
            if (r.status() >= 400) System.out.println("HTTP " + r.status() + " for " + r.url() + " (from " + page.url() + ")");
        });
        return page;
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
        server.stop(0);
    }
}
