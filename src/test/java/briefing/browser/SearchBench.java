package briefing.browser;

import briefing.serve.SiteHandler;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Request;
import com.sun.net.httpserver.HttpServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Search budgets, measured (not asserted): bytes the browser downloads for the first query, and the time from the
 * last keystroke to rendered results, on the real portal and on the bench's synthetic corpus. Run by
 * {@code mvn -B -Pbench package} after the build bench, which built both sites.
 */
public final class SearchBench {
    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        List<Path> sites = new ArrayList<>();
        for (Path p : List.of(root.resolve("target/bench/real-site"), root.resolve("target/bench/n1000/target/site"),
                root.resolve("target/bench/n100/target/site"))) {
            if (Files.isDirectory(p.resolve("pagefind"))) sites.add(p);
        }
        if (sites.isEmpty()) {
            System.out.println("search bench: no site with a search index under target/bench; run the build bench with search first");
            return;
        }
        try (Playwright pw = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = pw.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(Path.of(System.getenv().getOrDefault("CHROME_PATH", "/usr/bin/chromium")))
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update")))) {
            System.out.printf("%-40s %-12s %14s %14s %12s %12s%n", "site", "query", "to results B", "+filters B", "later B", "keys->ms");
            for (Path site : sites) measure(browser, root.relativize(site).toString(), site);
        }
    }

    private static void measure(Browser browser, String name, Path site) throws Exception {
        HttpServer server = SiteHandler.serve(site, "/portal/");
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/portal/";
            for (String query : List.of("mission", "Kidal", "2690")) {
                Page page = browser.newContext().newPage();
                AtomicLong bytes = new AtomicLong();
                page.onRequestFinished((Request r) -> {
                    if (r.url().contains("/pagefind/")) bytes.addAndGet(Math.max(0, r.sizes().responseBodySize));
                });
                page.navigate(base + "search/index.html");
                page.waitForSelector("#search[data-state=idle]");
                page.locator("#search-q").focus();
                page.keyboard().type(query, new com.microsoft.playwright.Keyboard.TypeOptions().setDelay(60));
                page.waitForSelector("#search[data-state=done]");
                long first = bytes.get();
                // the filter index follows, off the critical path, for the chips' counts
                page.waitForSelector("#search[data-filters=ready]");
                long withFilters = bytes.get();
                String ms = page.locator("#search").getAttribute("data-ms");
                // a later, different query: what it adds once the index's entry and wasm are cached in the page
                bytes.set(0);
                page.locator("#search-q").fill("peacekeepers");
                page.waitForSelector("#search[data-state=done]");
                page.waitForTimeout(200);
                System.out.printf("%-40s %-12s %14d %14d %12d %12s%n", name, query, first, withFilters, bytes.get(), ms);
                page.context().close();
            }
        } finally {
            server.stop(0);
        }
    }
}
