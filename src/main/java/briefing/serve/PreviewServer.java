package briefing.serve;

import briefing.Briefing;
import briefing.Project;
import briefing.model.ContentException;
import briefing.model.Problem;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The editors' preview: serves the built site on localhost, rebuilds when anything under content/, templates/ or
 * assets/ changes (the portal's own or the engine's), and reloads open pages by themselves (a small script polls the
 * build number). A content error is printed in the terminal and shown on every page, over the last good site, until it
 * is fixed.
 */
public final class PreviewServer {
    private final Path project;
    private final Path site;
    private final String basePath;
    private final boolean search;
    private final PrintStream out;
    private final AtomicLong build = new AtomicLong();
    private volatile List<String> errors = List.of();
    private final List<Runnable> onBuild = new CopyOnWriteArrayList<>();

    public PreviewServer(Path project, Path site, String basePath, boolean search, PrintStream out) {
        this.project = project;
        this.site = site;
        this.basePath = basePath.endsWith("/") ? basePath : basePath + "/";
        this.search = search;
        this.out = out;
    }

    /** Builds once, starts serving on {@code port} (0 picks a free one) and watching; returns the server's address. */
    public HttpServer start(int port) throws IOException {
        rebuild();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        SiteHandler files = new SiteHandler(site, basePath, this::inject);
        server.createContext("/__build", ex -> {
            try (ex) {
                byte[] n = Long.toString(build.get()).getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
                ex.getResponseHeaders().add("Cache-Control", "no-store");
                ex.sendResponseHeaders(200, n.length);
                ex.getResponseBody().write(n);
            }
        });
        server.createContext("/", files);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "preview-http");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        Thread watcher = new Thread(new Watcher(watched(Project.of(project)), this::rebuild), "preview-watch");
        watcher.setDaemon(true);
        watcher.start();
        return server;
    }

    /**
     * What the preview rebuilds on: the portal's content/ and i18n/, and every layer of templates/ and assets/ (the
     * engine's and the portal's own), so that a portal kept anywhere previews edits to either.
     */
    static List<Path> watched(Project p) {
        List<Path> out = new ArrayList<>(List.of(p.content(), p.portal().resolve("i18n")));
        out.addAll(p.templates());
        out.addAll(p.assets());
        return out.stream().distinct().toList();
    }

    /** Runs a build; on failure keeps the last good site and remembers the problems for the pages to show. */
    synchronized void rebuild() {
        long t = System.nanoTime();
        try {
            Briefing.Report r = Briefing.build(project, site, new Briefing.Options(search));
            errors = List.of();
            out.printf("rebuilt: %s%n", r.summary());
        } catch (ContentException e) {
            errors = e.problems().stream().map(Problem::toString).toList();
            errors.forEach(out::println);
            out.printf("%d problem(s); showing the last good site until they are fixed (%.1f s)%n", errors.size(),
                    (System.nanoTime() - t) / 1e9);
        } catch (Exception e) {
            errors = List.of("build failed: " + e.getMessage());
            out.println(errors.get(0));
        }
        build.incrementAndGet();
        onBuild.forEach(Runnable::run);
    }

    public long buildNumber() {
        return build.get();
    }

    public List<String> errors() {
        return errors;
    }

    /** Adds the reload script and, while the content is broken, the list of problems, to a page. */
    private String inject(String page) {
        StringBuilder b = new StringBuilder();
        if (!errors.isEmpty()) {
            b.append("<div role=\"alert\" id=\"preview-errors\" style=\"position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;"
                    + "background:#fff0f0;color:#600;border-top:3px solid #b00;padding:1em;font:14px/1.4 monospace;z-index:9999\">"
                    + "<strong>The content has problems; this is the last good build.</strong><ul>");
            for (String e : errors) b.append("<li>").append(escape(e)).append("</li>");
            b.append("</ul></div>");
        }
        b.append("<script>(function(){var n=").append(build.get()).append(";setInterval(function(){fetch('/__build')"
                + ".then(function(r){return r.text()}).then(function(t){if(+t!==n)location.reload()}).catch(function(){})},700)})()</script>");
        int at = page.lastIndexOf("</body>");
        return at < 0 ? page + b : page.substring(0, at) + b + page.substring(at);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
