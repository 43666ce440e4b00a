package briefing.serve;

import briefing.ContentTree;
import briefing.Fixtures;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Open pages are told of a new build over server-sent events; a busy port is said before anything is built. */
class PreviewPushTest {
    @TempDir
    Path tmp;

    /** The preview's memos are for its own JVM; the tests that run after these build from scratch. */
    @org.junit.jupiter.api.AfterEach
    void forget() {
        LiveSite.remember(false);
    }

    @Test
    void aNewBuildIsPushedToOpenPages() throws Exception {
        ContentTree tree = Fixtures.copy(Fixtures.MINIMAL, tmp.resolve("project"));
        String actor = tree.corpus().actors().firstKey();
        String alias = tree.corpus().actors().get(actor).aliases().get(0);
        PreviewServer preview = new PreviewServer(tree.project(), tmp.resolve("project/target/preview"), "/", false,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        HttpServer server = preview.start(0);
        try {
            HttpResponse<Stream<String>> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/__events")).build(), HttpResponse.BodyHandlers.ofLines());
            assertEquals(200, r.statusCode());
            assertEquals("text/event-stream; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
            BlockingQueue<String> data = new ArrayBlockingQueue<>(100);
            Iterator<String> lines = r.body().iterator();
            Thread reader = new Thread(() -> {
                while (lines.hasNext()) {
                    String l = lines.next();
                    if (l.startsWith("data: ")) data.add(l.substring(6));
                }
            });
            reader.setDaemon(true);
            reader.start();
            assertEquals(Long.toString(preview.buildNumber()), data.poll(10, TimeUnit.SECONDS), "a new page learns the current build at once");
            long before = preview.buildNumber();
            tree.replace("actors/" + actor + ".yaml", alias, "Blue Berets of the Test");
            String pushed = data.poll(30, TimeUnit.SECONDS);
            assertNotNull(pushed, "the next build is pushed, without asking");
            assertEquals(before + 1, Long.parseLong(pushed));
            assertTrue(Files.readString(tmp.resolve("project/target/preview/actors/" + actor + ".html")).contains("Blue Berets of the Test"),
                    "and the page is built when it is announced");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aBusyPortIsSaidBeforeBuildingWithAFreeOneToTry() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = taken.getLocalPort();
            Path site = tmp.resolve("project/target/preview");
            ContentTree tree = Fixtures.copy(Fixtures.MINIMAL, tmp.resolve("project"));
            PreviewServer preview = new PreviewServer(tree.project(), site, "/", false, System.out);
            Ports.InUse e = assertThrows(Ports.InUse.class, () -> preview.start(port));
            int free = e.free().orElseThrow();
            assertTrue(free > port);
            assertEquals("port " + port + " is in use; try --port " + free, e.getMessage());
            assertFalse(Files.exists(site), "nothing was built");
            assertFalse(Ports.isFree(port));
        }
    }
}
