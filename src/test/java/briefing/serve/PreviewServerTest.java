package briefing.serve;

import briefing.ContentTree;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editors' preview: serves under a base path, rebuilds on a change, shows a content error, and recovers. */
class PreviewServerTest {
    @TempDir
    Path tmp;

    private static String get(HttpServer server, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path)).build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() + " " + r.body();
    }

    private static void waitForBuild(PreviewServer preview, long after) throws InterruptedException {
        for (int i = 0; i < 300 && preview.buildNumber() <= after; i++) Thread.sleep(100);
        assertTrue(preview.buildNumber() > after, "a change under content/ triggers a rebuild");
    }

    @Test
    void rebuildsOnChangeShowsErrorsAndRecovers() throws Exception {
        ContentTree tree = ContentTree.minimal(tmp.resolve("project")).withTemplatesAndAssets();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PreviewServer preview = new PreviewServer(tree.project(), tmp.resolve("project/target/preview"), "/portal/", false,
                new PrintStream(log, true, StandardCharsets.UTF_8));
        HttpServer server = preview.start(0);
        try {
            String page = get(server, "/portal/actors/minusma.html");
            assertTrue(page.startsWith("200 ") && page.contains("MUNUSMA") && page.contains("/__build"), "served, with the reload script");
            assertTrue(get(server, "/portal/no/such.html").startsWith("404 "));

            long before = preview.buildNumber();
            tree.replace("actors/minusma.yaml", "aliases: [MUNUSMA, UN mission in Mali]", "aliases: [MUNUSMA, Blue Helmets of Mali]");
            waitForBuild(preview, before);
            assertTrue(get(server, "/portal/actors/minusma.html").contains("Blue Helmets of Mali"), "the page shows the change");

            before = preview.buildNumber();
            tree.replace("actors/minusma.yaml", "kind: mission", "kind: mision");
            waitForBuild(preview, before);
            String broken = get(server, "/portal/actors/minusma.html");
            assertTrue(broken.contains("preview-errors") && broken.contains("content/actors/minusma.yaml:2:7: error: unknown actor kind 'mision'"),
                    "the error is on the page");
            assertTrue(broken.contains("Blue Helmets of Mali"), "the last good site stays in place under the error");
            assertTrue(log.toString(StandardCharsets.UTF_8).contains("content/actors/minusma.yaml:2:7: error:"), "and in the terminal");

            before = preview.buildNumber();
            tree.replace("actors/minusma.yaml", "kind: mision", "kind: mission");
            waitForBuild(preview, before);
            assertFalse(get(server, "/portal/actors/minusma.html").contains("preview-errors"), "fixed, the page recovers");
            assertEquals(java.util.List.of(), preview.errors());
        } finally {
            server.stop(0);
        }
    }
}
