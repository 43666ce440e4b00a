package briefing.serve;

import briefing.ContentTree;
import briefing.Fixtures;
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

/** The editors' preview of a copy of the minimal fixture: serves under a base path, rebuilds on a change, shows a content error, and recovers. */
class PreviewServerTest {
    @TempDir
    Path tmp;

    /** The preview's memos are for its own JVM; the tests that run after these build from scratch. */
    @org.junit.jupiter.api.AfterEach
    void forget() {
        LiveSite.remember(false);
    }

    private static String get(HttpServer server, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path)).build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() + " " + r.body();
    }

    /** The preview of {@code tree} under {@code base}, its terminal in {@code log}. */
    private PreviewServer preview(ContentTree tree, String base, ByteArrayOutputStream log) {
        return new PreviewServer(tree.project(), tmp.resolve("project/target/preview"), base, false, new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    private static void waitForBuild(PreviewServer preview, long after) throws InterruptedException {
        for (int i = 0; i < 300 && preview.buildNumber() <= after; i++) Thread.sleep(100);
        assertTrue(preview.buildNumber() > after, "a change under content/ triggers a rebuild");
    }

    @Test
    void rebuildsOnChangeShowsErrorsAndRecovers() throws Exception {
        ContentTree tree = Fixtures.copy(Fixtures.MINIMAL, tmp.resolve("project")); // the engine's templates, by layering
        String actor = tree.corpus().actors().firstKey();
        String file = "actors/" + actor + ".yaml";
        String alias = tree.corpus().actors().get(actor).aliases().get(0);
        String kind = tree.corpus().actors().get(actor).kind().value();
        String url = "/portal/actors/" + actor + ".html";
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PreviewServer preview = preview(tree, "/portal/", log);
        HttpServer server = preview.start(0);
        try {
            String page = get(server, url);
            assertTrue(page.startsWith("200 ") && page.contains(alias), "served");
            assertTrue(page.contains("<script src=\"/__preview.js\" data-build=\"" + preview.buildNumber() + "\" defer></script></body>"),
                    "with the reload script, of the preview's own origin");
            assertFalse(java.util.regex.Pattern.compile("<script(?![^>]*\\ssrc=)(?![^>]*type=\"application/ld\\+json\")[^>]*>").matcher(page).find(), "and no inline script but data (JSON-LD is never run; a CSP of 'self' holds)");
            assertTrue(get(server, "/__preview.js").contains("new EventSource('/__events')"), "the script listens for pushed builds");
            assertTrue(get(server, "/portal/no/such.html").startsWith("404 "));

            long before = preview.buildNumber();
            tree.replace(file, alias, "Blue Berets of the Test");
            waitForBuild(preview, before);
            assertTrue(get(server, url).contains("Blue Berets of the Test"), "the page shows the change");

            before = preview.buildNumber();
            tree.replace(file, "kind: " + kind, "kind: " + kind + "x");
            waitForBuild(preview, before);
            String[] lines = tree.read(file).split("\n", -1);
            int line = 0;
            while (!lines[line].startsWith("kind:")) line++;
            String problem = "content/" + file + ":" + (line + 1) + ":7: error: unknown actor kind '" + kind + "x'";
            String broken = get(server, url);
            assertTrue(broken.contains("preview-errors") && broken.contains(problem), "the error is on the page: " + problem);
            assertTrue(broken.contains("The content has 1 problem; this is the last good build."), "said in the interface's words");
            assertFalse(broken.contains(" style=\""), "styled by the preview's own stylesheet, not inline");
            assertTrue(log.toString(StandardCharsets.UTF_8).contains("1 problem; showing the last good site until it is fixed"), "1 problem, not 1 problem(s)");
            assertTrue(broken.contains("Blue Berets of the Test"), "the last good site stays in place under the error");
            assertTrue(log.toString(StandardCharsets.UTF_8).contains(problem), "and in the terminal");

            before = preview.buildNumber();
            tree.replace(file, "kind: " + kind + "x", "kind: " + kind);
            waitForBuild(preview, before);
            assertFalse(get(server, url).contains("preview-errors"), "fixed, the page recovers");
            assertEquals(java.util.List.of(), preview.errors());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void showsTheWarningsWithTheirPositions() throws Exception {
        ContentTree tree = Fixtures.copy(Fixtures.MINIMAL, tmp.resolve("project"));
        String source = tree.corpus().sources().firstKey();
        String summary = "sources/" + source + "/summary.md";
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PreviewServer preview = preview(tree, "/", log);
        HttpServer server = preview.start(0);
        try {
            String url = "/" + briefing.model.Urls.source(source);
            long before = preview.buildNumber();
            tree.write(summary, tree.read(summary) + "\nA <b>pasted</b> word.\n");
            waitForBuild(preview, before);
            int line = tree.read(summary).split("\n", -1).length - 1;
            String warning = "content/" + summary + ":" + line + ":3: warning: HTML";
            String page = get(server, url);
            assertTrue(page.contains("id=\"preview-warnings\"") && page.contains(warning), "the warning is on the page: " + page);
            assertTrue(page.contains("The content has " + preview.warnings().size() + " warning"), "said in the interface's words");
            assertTrue(log.toString(StandardCharsets.UTF_8).contains(warning), "and in the terminal");

            before = preview.buildNumber();
            String actor = "actors/" + tree.corpus().actors().firstKey() + ".yaml";
            tree.write(actor, tree.read(actor) + "\n"); // the whole content read again: the summary's warning stays
            waitForBuild(preview, before);
            assertTrue(get(server, url).contains(warning), "still shown after an edit elsewhere");

            before = preview.buildNumber();
            tree.replace(summary, "A <b>pasted</b> word.", "A pasted word.");
            waitForBuild(preview, before);
            assertFalse(get(server, url).contains(warning), "fixed, the warning goes");
            assertFalse(preview.warnings().stream().anyMatch(w -> w.contains("HTML")), preview.warnings().toString());
        } finally {
            server.stop(0);
        }
    }
}
