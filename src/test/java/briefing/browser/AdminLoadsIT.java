package briefing.browser;

import briefing.Fixtures;
import briefing.cli.Main;
import briefing.serve.SiteHandler;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built site's web CMS, as a reader of the published site would reach it: the rich fixture built by the command
 * line (admin/ included) and served under a base path; admin/ opens in Chromium to the sign-in screen of the GitHub
 * backend, asking nothing of another origin, with no script error and no console error.
 */
class AdminLoadsIT {
    @Test
    void adminLoadsFromTheSiteAloneWithoutErrors(@TempDir Path dir) throws Exception {
        Path portal = dir.resolve("portal");
        Fixtures.copy(Fixtures.RICH, portal);
        assertEquals(0, Main.run("build", "--project", portal.toString(), "--no-search", "--base-path", "/portal/"));
        Path site = portal.resolve("target/site");
        assertTrue(Files.isRegularFile(site.resolve("admin/decap-cms.js")), "the CMS's code is in the site");
        assertTrue(Files.readString(site.resolve("admin/config.yml")).contains("name: github"), "the published CMS uses the GitHub backend");

        HttpServer server = SiteHandler.serve(site, "/portal/");
        String origin = "http://127.0.0.1:" + server.getAddress().getPort();
        List<String> elsewhere = Collections.synchronizedList(new ArrayList<>());
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        List<String> loaded = Collections.synchronizedList(new ArrayList<>());
        try (Playwright playwright = Browsers.playwright(); Browser browser = Browsers.chromium(playwright)) {
            Page page = browser.newPage();
            page.onRequest(r -> {
                if (!r.url().startsWith(origin + "/") && !r.url().startsWith("data:")) elsewhere.add(r.url());
                else loaded.add(r.url().substring(origin.length()));
            });
            page.onConsoleMessage(m -> {
                if (m.type().equals("error")) errors.add("console: " + m.text());
            });
            page.onPageError(e -> errors.add("page error: " + e));
            page.onResponse(r -> {
                if (r.status() >= 400) errors.add("HTTP " + r.status() + " " + r.url());
            });
            page.navigate(origin + "/portal/admin/");
            page.getByText("Login with GitHub").waitFor();
            page.waitForTimeout(2000); // late requests and errors too (Decap keeps a connection of its own open: no network idle)
            Browsers.screenshot(page, "admin-login", false);
        } finally {
            server.stop(0);
        }
        System.out.println("admin/ loaded " + loaded.size() + " requests: " + loaded);
        assertTrue(loaded.contains("/portal/admin/config.yml"), "the generated configuration was read: " + loaded);
        assertEquals(List.of(), elsewhere, "nothing is asked of another origin");
        assertEquals(List.of(), errors, "no script error, no console error, nothing missing");
    }
}
