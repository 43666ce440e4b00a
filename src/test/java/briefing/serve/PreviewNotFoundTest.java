package briefing.serve;

import briefing.ContentTree;
import briefing.Fixtures;
import com.sun.net.httpserver.HttpServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview's 404 page, under a base path other than the portal's own: styled, and every link of it leads somewhere. */
class PreviewNotFoundTest {
    @TempDir
    Path tmp;

    @AfterEach
    void forget() {
        LiveSite.remember(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/portal/", "/a/b/"})
    void theNotFoundPageIsStyledAndItsLinksResolve(String base) throws Exception {
        ContentTree tree = Fixtures.copy(Fixtures.MINIMAL, tmp.resolve("project"));
        assertFalse(tree.corpus().portal().basePath().equals(base), "the fixture's own base path differs");
        PreviewServer preview = new PreviewServer(tree.project(), tmp.resolve("project/target/preview"), base, false,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        HttpServer server = preview.start(0);
        HttpClient http = HttpClient.newHttpClient();
        try {
            URI missing = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + base + "no/such/page.html");
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(missing).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, r.statusCode());
            Document page = Jsoup.parse(r.body(), missing.toString());
            assertFalse(page.select("link[rel=stylesheet]").isEmpty(), "styled");
            List<String> targets = new ArrayList<>();
            for (Element e : page.select("link[href], a[href], script[src], img[src]")) {
                String raw = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (raw.startsWith("#") || raw.startsWith("mailto:") || raw.startsWith("/__preview")) continue;
                URI target = missing.resolve(raw.replaceAll("#.*$", ""));
                if (!"127.0.0.1".equals(target.getHost())) continue; // data: icons, other sites
                targets.add(target.getPath());
                int status = http.send(HttpRequest.newBuilder(target).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                assertEquals(200, status, raw + " from the 404 page under " + base);
            }
            assertTrue(targets.stream().anyMatch(t -> t.endsWith(".css")) && targets.stream().anyMatch(t -> t.endsWith("search/index.html")),
                    targets.toString());
            assertTrue(targets.stream().allMatch(t -> t.startsWith(base)), "every link stays under " + base + ": " + targets);
        } finally {
            server.stop(0);
        }
    }
}
