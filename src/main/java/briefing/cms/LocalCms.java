package briefing.cms;

import briefing.serve.PreviewServer;
import briefing.serve.SameOriginPost;
import briefing.serve.SiteHandler;
import briefing.tools.ToolException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code ./portal cms}: the preview with the CMS in it, editing the portal's files on this machine. The preview serves
 * the site (admin/ included) and, on the same origin, Decap's local backend ({@link DecapServer}) under
 * {@code /api/v1}, and admin/config.yml with the local backend named: the page talks to nothing but the one origin,
 * and the published config.yml stays the GitHub backend's. Every save lands in content/ and the preview rebuilds.
 */
public final class LocalCms implements AutoCloseable {
    public static final String API = "/api/v1";

    private final HttpServer server;
    private final DecapServer backend;
    private final String basePath;

    private LocalCms(HttpServer server, DecapServer backend, String basePath) {
        this.server = server;
        this.backend = backend;
        this.basePath = basePath;
    }

    /**
     * Installs and starts decap-server for {@code portal} ({@code tools}: where it is installed), then the preview on
     * {@code port} (0: any free one). Throws what the preview throws for a busy port.
     */
    public static LocalCms start(Path portal, Path tools, int port, String basePath, PrintStream out) throws IOException, ToolException {
        String base = basePath.endsWith("/") ? basePath : basePath + "/";
        Path script = DecapServer.install(tools);
        DecapServer backend = DecapServer.start(script, portal, freePort());
        try {
            Path site = portal.resolve("target/preview");
            HttpServer server = new PreviewServer(portal, site, base, false, true, out).start(port);
            HttpClient client = HttpClient.newHttpClient();
            // POST, from the CMS's own page only (the preview's guard checks the Origin): decap-server writes content/
            server.createContext(API, (SameOriginPost) ex -> forward(ex, client, backend.api()));
            // admin/ as built, without the preview's reload script: a save rebuilds the site, which must not reload the form
            server.createContext(base + AdminSite.FOLDER + "/", new SiteHandler(site, base, java.util.function.UnaryOperator.identity()));
            server.createContext(base + AdminSite.FOLDER + "/config.yml", ex -> config(ex, site.resolve(AdminSite.FOLDER + "/config.yml")));
            return new LocalCms(server, backend, base);
        } catch (IOException | RuntimeException e) {
            backend.close();
            throw e;
        }
    }

    /** The CMS's address. */
    public String adminUrl() {
        return "http://localhost:" + server.getAddress().getPort() + basePath + AdminSite.FOLDER + "/";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Hands a request of the CMS to decap-server and its answer back. */
    private static void forward(HttpExchange ex, HttpClient client, URI api) throws IOException {
        try (ex) {
            if (!ex.getRequestMethod().equals("POST")) {
                ex.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body = ex.getRequestBody().readAllBytes();
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(api).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
            ex.getResponseHeaders().add("Content-Type", r.headers().firstValue("Content-Type").orElse("application/json"));
            ex.getResponseHeaders().add("Cache-Control", "no-store");
            ex.sendResponseHeaders(r.statusCode(), r.body().length == 0 ? -1 : r.body().length);
            ex.getResponseBody().write(r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
    }

    /** The built config.yml with the local backend at this origin (as the page's own address names it). */
    private static void config(HttpExchange ex, Path built) throws IOException {
        try (ex) {
            String host = ex.getRequestHeaders().getFirst("Host");
            if (!Files.isRegularFile(built) || host == null) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            // the preview's guard let only its own names through: a loopback one, or the name GitHub Codespaces
            // forwards the port under, which the browser reaches over https
            String scheme = host.matches("(localhost|127\\.0\\.0\\.1|\\[::1\\])(:\\d+)?") ? "http://" : "https://";
            byte[] b = ConfigYaml.withLocalBackend(Files.readString(built, StandardCharsets.UTF_8), scheme + host + API)
                    .getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/yaml; charset=utf-8");
            ex.getResponseHeaders().add("Cache-Control", "no-store");
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        backend.close();
    }
}
