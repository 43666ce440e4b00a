package briefing.serve;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside GitHub Codespaces the browser reaches the preview as {@code https://<codespace>-<port>.<forwarding domain>},
 * a Host Codespaces passes on unchanged: the preview answers exactly that name (and its origin on the build events)
 * when the environment says it runs in a codespace, and nothing more; outside one, the same name gets 421. The
 * environment is the test's own (no variable of the JVM is changed); requests are written by hand. And the one handler
 * that takes POST (the local CMS's backend, which writes files) takes it from the preview's own pages only.
 */
class PreviewGuardTest {
    private static final Map<String, String> CODESPACE = Map.of("CODESPACES", "true", "CODESPACE_NAME", "fictional-space-7q9x",
            "GITHUB_CODESPACES_PORT_FORWARDING_DOMAIN", "app.github.dev");

    private HttpServer server;
    private EventStream events;
    private int port;

    private void start(Map<String, String> env) throws IOException {
        server = PreviewHosts.of(env).guard(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
        events = new EventStream(() -> 1L);
        server.createContext("/__events", events);
        server.createContext("/api/v1", (SameOriginPost) ex -> {
            ex.getRequestBody().readAllBytes();
            byte[] saved = "{\"saved\":true}".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, saved.length);
            ex.getResponseBody().write(saved);
            ex.close();
        });
        server.createContext("/", ex -> {
            byte[] page = "<html>draft</html>".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, page.length);
            ex.getResponseBody().write(page);
            ex.close();
        });
        server.start();
        port = server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        if (server != null) server.stop(0);
        if (events != null) events.close();
        server = null;
        events = null;
    }

    @Test
    void inACodespaceItsForwardedNameIsAnsweredAndNothingElse() throws IOException {
        start(CODESPACE);
        String forwarded = "fictional-space-7q9x-" + port + ".app.github.dev";
        assertEquals(200, status(request("/index.html", forwarded)));
        assertEquals(200, status(request("/index.html", forwarded.toUpperCase(java.util.Locale.ROOT))), "names are case-insensitive");
        assertEquals(200, status(request("/index.html", "localhost:" + port)), "loopback still works");
        for (String host : new String[]{"fictional-space-7q9x-" + (port + 1) + ".app.github.dev", "other-space-" + port + ".app.github.dev",
                "fictional-space-7q9x-" + port + ".app.github.dev.evil.example", "evil.example", "app.github.dev",
                "fictional-space-7q9x-" + port + ".app.github.dev:8443"}) {
            assertEquals(421, status(request("/index.html", host)), host);
        }
        assertEquals(200, status(request("/__events", forwarded, "Origin: https://" + forwarded)), "the page's own https origin");
        assertEquals(403, status(request("/__events", forwarded, "Origin: http://" + forwarded)), "not over http");
        assertEquals(403, status(request("/__events", forwarded, "Origin: https://evil.example")));
        assertEquals(403, status(request("/__events", "localhost:" + port, "Origin: https://" + forwarded)), "origin and Host must agree");
    }

    @Test
    void outsideACodespaceTheSameNameIsRefused() throws IOException {
        for (Map<String, String> env : java.util.List.of(Map.<String, String>of(),
                Map.of("CODESPACE_NAME", "fictional-space-7q9x", "GITHUB_CODESPACES_PORT_FORWARDING_DOMAIN", "app.github.dev"),
                Map.of("CODESPACES", "true", "CODESPACE_NAME", "fictional-space-7q9x"),
                Map.of("CODESPACES", "true", "CODESPACE_NAME", "a.b", "GITHUB_CODESPACES_PORT_FORWARDING_DOMAIN", "app.github.dev"))) {
            start(env);
            assertEquals(200, status(request("/index.html", "localhost:" + port)), env.toString());
            String answer = request("/index.html", "fictional-space-7q9x-" + port + ".app.github.dev");
            assertEquals(421, status(answer), env.toString());
            assertTrue(!answer.contains("draft"), "no page is sent: " + env);
            String dotted = request("/index.html", "a.b-" + port + ".app.github.dev");
            assertEquals(421, status(dotted), "a name that is no codespace's: " + env);
            stop();
        }
    }

    @Test
    void theCmsBackendTakesPostFromThePreviewsOwnPagesOnly() throws IOException {
        start(CODESPACE);
        String local = "localhost:" + port;
        String forwarded = "fictional-space-7q9x-" + port + ".app.github.dev";
        assertEquals(200, status(send("POST", "/api/v1", local, "Origin: http://" + local)));
        assertEquals(200, status(send("POST", "/api/v1", forwarded, "Origin: https://" + forwarded)));
        assertEquals(403, status(send("POST", "/api/v1", local, "Origin: http://evil.example")), "another site's page");
        assertEquals(403, status(send("POST", "/api/v1", local, "Origin: null")), "a sandboxed or file:// page");
        assertEquals(403, status(send("POST", "/api/v1", local)), "no Origin: not a page of the preview");
        assertEquals(421, status(send("POST", "/api/v1", "evil.example:" + port, "Origin: http://evil.example:" + port)), "rebinding");
        String put = send("PUT", "/api/v1", local, "Origin: http://" + local);
        assertEquals(405, status(put));
        assertTrue(put.contains("\r\nAllow: GET, HEAD, POST\r\n"), put);
        String page = send("POST", "/index.html", local, "Origin: http://" + local);
        assertEquals(405, status(page), "the pages take no POST");
        assertTrue(page.contains("\r\nAllow: GET, HEAD\r\n"), page);
    }

    private static int status(String answer) {
        return RawHttp.status(answer);
    }

    private String request(String path, String host, String... headers) throws IOException {
        return RawHttp.request(port, "GET", path, host, headers);
    }

    private String send(String method, String path, String host, String... headers) throws IOException {
        return RawHttp.request(port, method, path, host, headers);
    }
}
