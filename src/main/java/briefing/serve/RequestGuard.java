package briefing.serve;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * What the preview answers, before any of its handlers runs. It listens on the loopback interface only, but a web page
 * the editor has open elsewhere can still reach it: through DNS rebinding (a name of the attacker's that resolves to
 * 127.0.0.1, whose pages may then read the drafts) or by posting to it. So:
 * <ul>
 *     <li>a request whose {@code Host} is not {@code localhost}, {@code 127.0.0.1} or {@code [::1]} (any port), nor
 *     in a GitHub codespace the name Codespaces forwards the port under ({@link PreviewHosts}), gets 421 Misdirected
 *     Request;</li>
 *     <li>any method but GET and HEAD gets 405 with {@code Allow: GET, HEAD}; HEAD gets the headers GET would, no body;
 *     a {@link SameOriginPost} handler (the local CMS's backend) takes POST too, from the preview's own origin only
 *     (403 otherwise);</li>
 *     <li>the build events ({@link EventStream}) refuse, with 403, a request whose {@code Origin} is present and is not
 *     the preview's own ({@code http://} and the request's Host; {@code https://} for the Codespaces name).</li>
 * </ul>
 * {@link #around(HttpServer)} guards every context a server is given, those added later included.
 */
final class RequestGuard extends Filter {
    static final String ALLOWED_METHODS = "GET, HEAD";
    private final PreviewHosts hosts;

    private RequestGuard(PreviewHosts hosts) {
        this.hosts = hosts;
    }

    @Override
    public String description() {
        return "loopback Host, GET and HEAD only, the events stream for the preview's own origin";
    }

    @Override
    public void doFilter(HttpExchange ex, Chain chain) throws IOException {
        List<String> host = ex.getRequestHeaders().get("Host");
        int port = ex.getLocalAddress().getPort();
        if (host == null || host.size() != 1 || !hosts.answers(host.get(0), port)) {
            refuse(ex, 421, hosts.refusal(port));
            return;
        }
        String method = ex.getRequestMethod();
        boolean head = method.equals("HEAD");
        boolean writes = ex.getHttpContext().getHandler() instanceof SameOriginPost;
        if (writes && method.equals("POST")) {
            String origin = ex.getRequestHeaders().getFirst("Origin");
            if (origin == null || !hosts.ownOrigin(origin, host.get(0), port)) {
                refuse(ex, 403, "This takes requests from the preview's own pages only.");
                return;
            }
            chain.doFilter(ex);
            return;
        }
        if (!head && !method.equals("GET")) {
            ex.getResponseHeaders().set("Allow", writes ? ALLOWED_METHODS + ", POST" : ALLOWED_METHODS);
            refuse(ex, 405, "The preview only serves pages: GET and HEAD, not " + method + ".");
            return;
        }
        if (ex.getHttpContext().getHandler() instanceof EventStream) {
            String origin = ex.getRequestHeaders().getFirst("Origin");
            if (origin != null && !hosts.ownOrigin(origin, host.get(0), port)) {
                refuse(ex, 403, "The build events are only for the preview's own pages.");
                return;
            }
            if (head) { // the stream's headers, without holding a connection open for a body that is never read
                ex.getResponseHeaders().add("Content-Type", "text/event-stream; charset=utf-8");
                ex.getResponseHeaders().add("Cache-Control", "no-store");
                ex.sendResponseHeaders(200, -1);
                ex.close();
                return;
            }
        }
        if (head) {
            // handlers write the body GET would have; the server sends HEAD's headers only, so the body is dropped here
            OutputStream body = ex.getResponseBody();
            ex.setStreams(null, new FilterOutputStream(body) {
                @Override
                public void write(int b) {
                }

                @Override
                public void write(byte[] b, int off, int len) {
                }
            });
        }
        chain.doFilter(ex);
    }

    private static void refuse(HttpExchange ex, int status, String why) throws IOException {
        byte[] body = (why + "\n").getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) ex.getResponseBody().write(body);
        ex.close();
    }

    /** {@code server}, each of whose contexts (those created later too) passes through a guard for {@code hosts} first. */
    static HttpServer around(HttpServer server, PreviewHosts hosts) {
        return new Guarded(server, new RequestGuard(hosts));
    }

    /** An HTTP server that adds the guard to every context it creates; everything else is the server's. */
    private static final class Guarded extends HttpServer {
        private final HttpServer server;
        private final RequestGuard guard;

        Guarded(HttpServer server, RequestGuard guard) {
            this.server = server;
            this.guard = guard;
        }

        @Override
        public HttpContext createContext(String path, HttpHandler handler) {
            HttpContext c = server.createContext(path, handler);
            c.getFilters().add(guard);
            return c;
        }

        @Override
        public HttpContext createContext(String path) {
            HttpContext c = server.createContext(path);
            c.getFilters().add(guard);
            return c;
        }

        @Override
        public void bind(InetSocketAddress addr, int backlog) throws IOException {
            server.bind(addr, backlog);
        }

        @Override
        public void start() {
            server.start();
        }

        @Override
        public void setExecutor(Executor executor) {
            server.setExecutor(executor);
        }

        @Override
        public Executor getExecutor() {
            return server.getExecutor();
        }

        @Override
        public void stop(int delay) {
            server.stop(delay);
        }

        @Override
        public void removeContext(String path) {
            server.removeContext(path);
        }

        @Override
        public void removeContext(HttpContext context) {
            server.removeContext(context);
        }

        @Override
        public InetSocketAddress getAddress() {
            return server.getAddress();
        }
    }
}
