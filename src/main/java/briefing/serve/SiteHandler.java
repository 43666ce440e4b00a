package briefing.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;

/**
 * Serves a built site from a folder under a base path ("/portal/"), as GitHub project pages do, with its 404 page
 * for anything missing. HTML can be passed through a transform (the preview adds its reload script).
 */
public final class SiteHandler implements HttpHandler {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json", "xml", "application/xml",
            "svg", "image/svg+xml", "png", "image/png", "wasm", "application/wasm", "txt", "text/plain; charset=utf-8");

    private final Path site;
    private final String basePath;
    private final UnaryOperator<String> html;

    public SiteHandler(Path site, String basePath, UnaryOperator<String> html) {
        this.site = site.toAbsolutePath().normalize();
        this.basePath = basePath.endsWith("/") ? basePath : basePath + "/";
        this.html = html;
    }

    /** A server for {@code site} on a free port of the loopback interface (for tests and benches). */
    public static HttpServer serve(Path site, String basePath) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", new SiteHandler(site, basePath, UnaryOperator.identity()));
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "site-http");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        return server;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            if (!path.startsWith(basePath)) {
                if (path.equals("/")) {
                    ex.getResponseHeaders().add("Location", basePath);
                    send(ex, 302, "text/plain", new byte[0]);
                } else {
                    send(ex, 404, "text/plain; charset=utf-8", ("nothing here; the site is under " + basePath).getBytes(StandardCharsets.UTF_8));
                }
                return;
            }
            String rel = path.substring(basePath.length());
            if (rel.isEmpty() || rel.endsWith("/")) rel += "index.html";
            Path file = site.resolve(rel).normalize();
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                Path notFound = site.resolve("404.html");
                byte[] body = Files.isRegularFile(notFound) ? Files.readAllBytes(notFound) : "not found".getBytes(StandardCharsets.UTF_8);
                send(ex, 404, "text/html; charset=utf-8", transform(body));
                return;
            }
            String ext = rel.substring(rel.lastIndexOf('.') + 1);
            byte[] body = Files.readAllBytes(file);
            if (ext.equals("html")) body = transform(body);
            // compress text as GitHub Pages does, so that the bench measures what a reader downloads
            String accept = ex.getRequestHeaders().getFirst("Accept-Encoding");
            if (COMPRESSIBLE.contains(ext) && accept != null && accept.contains("gzip")) {
                ex.getResponseHeaders().add("Content-Encoding", "gzip");
                body = gzip(body);
            }
            send(ex, 200, TYPES.getOrDefault(ext, "application/octet-stream"), body);
        }
    }

    private static final java.util.Set<String> COMPRESSIBLE = java.util.Set.of("html", "css", "js", "json", "svg", "xml", "txt", "csv");

    private static byte[] gzip(byte[] body) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream g = new java.util.zip.GZIPOutputStream(out)) {
            g.write(body);
        }
        return out.toByteArray();
    }

    private byte[] transform(byte[] body) {
        return html.apply(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.getResponseHeaders().add("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream os = ex.getResponseBody()) {
                os.write(body);
            }
        }
    }
}
