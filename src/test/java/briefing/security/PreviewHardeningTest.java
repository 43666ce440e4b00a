package briefing.security;

import briefing.ContentTree;
import briefing.Fixtures;
import briefing.serve.PreviewServer;
import briefing.serve.RawHttp;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview serves drafts on the loopback interface to the editor's browser and to nothing else: a page elsewhere
 * that rebinds its own name to 127.0.0.1 is refused (421), only GET and HEAD are answered (405 otherwise, saying
 * which), and the build events refuse another origin (403). Requests are written by hand, as an attacker's would be.
 */
class PreviewHardeningTest {
    @TempDir
    static Path tmp;
    static HttpServer server;
    static int port;

    @BeforeAll
    static void start() throws Exception {
        ContentTree tree = Fixtures.copy(Fixtures.MINIMAL, tmp.resolve("project"));
        PreviewServer preview = new PreviewServer(tree.project(), tmp.resolve("project/target/preview"), "/", false,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        server = preview.start(0);
        port = server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
        // the preview's memos are for its own JVM; the tests that run after these build from scratch
        briefing.link.Linker.remember(false);
        briefing.emit.svg.Charts.rememberMaps(false);
    }

    @Test
    void onlyLoopbackNamesAreAnswered() throws IOException {
        for (String host : new String[]{"localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port, "localhost", "LocalHost:" + port}) {
            assertEquals(200, status(request("GET", "/index.html", host)), host);
        }
        for (String host : new String[]{"evil.example:" + port, "evil.example", "localhost.evil.example:" + port, "127.0.0.2:" + port,
                "localhost:" + port + "@evil.example", "0.0.0.0:" + port}) {
            String answer = request("GET", "/index.html", host);
            assertEquals(421, status(answer), host);
            assertFalse(answer.contains("<html"), "no page is sent to " + host);
        }
        assertEquals(421, status(raw("GET /index.html HTTP/1.0\r\n\r\n")), "no Host at all");
        assertEquals(421, status(raw("GET /index.html HTTP/1.1\r\nHost: localhost\r\nHost: evil.example\r\n\r\n")), "two Hosts");
        assertEquals(421, status(request("GET", "/__events", "evil.example:" + port)), "the events too");
    }

    @Test
    void onlyGetAndHeadAreAnswered() throws IOException {
        for (String method : new String[]{"PUT", "POST", "DELETE", "PATCH", "TRACE", "OPTIONS", "CONNECT", "PROPFIND"}) {
            String answer = request(method, "/index.html", "localhost:" + port);
            assertEquals(405, status(answer), method + ": " + answer);
            assertTrue(answer.contains("\r\nAllow: GET, HEAD\r\n"), method + ": " + answer);
        }
        String head = request("HEAD", "/index.html", "localhost:" + port);
        assertEquals(200, status(head), head);
        assertTrue(head.endsWith("\r\n\r\n"), "headers only: " + head);
        assertEquals(200, status(request("HEAD", "/__events", "localhost:" + port)));
        assertEquals(404, status(request("HEAD", "/no/such.html", "localhost:" + port)));
    }

    @Test
    void theBuildEventsRefuseOtherOrigins() throws IOException {
        String own = "localhost:" + port;
        assertEquals(403, status(request("GET", "/__events", own, "Origin: http://evil.example")));
        assertEquals(403, status(request("GET", "/__events", own, "Origin: http://localhost:1")), "another port is another origin");
        assertEquals(403, status(request("GET", "/__events", own, "Origin: null")), "a file:// or sandboxed page");
        assertEquals(403, status(request("GET", "/__events", own, "Origin: https://" + own)));
        String same = request("GET", "/__events", own, "Origin: http://" + own);
        assertEquals(200, status(same), same);
        assertTrue(same.contains("event: build"), same);
        assertEquals(200, status(request("GET", "/__events", own)), "a same-origin EventSource sends no Origin");
    }

    private static int status(String answer) {
        return RawHttp.status(answer);
    }

    private static String request(String method, String path, String host, String... headers) throws IOException {
        return RawHttp.request(port, method, path, host, headers);
    }

    private static String raw(String request) throws IOException {
        return RawHttp.send(port, request);
    }
}
