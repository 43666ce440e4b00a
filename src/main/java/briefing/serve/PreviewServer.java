package briefing.serve;

import briefing.Project;
import briefing.bake.BakeException;
import briefing.model.ContentException;
import briefing.model.Problem;
import com.ibm.icu.text.MessageFormat;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The editors' preview: serves the built site on localhost and keeps it current. The first build is a full one;
 * after that a change under content/, i18n/, templates/ or assets/ (the portal's own or the engine's) rebuilds only
 * what it reaches ({@link LiveSite}), and open pages are told of the new build at once over server-sent events
 * ({@link EventStream}) and reload. A content error is printed in the terminal and shown on every page, over the last
 * good site, until it is fixed. The port is taken before anything is built, so a busy port is said at once.
 */
public final class PreviewServer {
    /** The terminal's count of problems, worded as {@code ./portal validate} words it. */
    private static final String PROBLEMS = "{count, plural, one {# problem} other {# problems}}";

    /** How many times the steps of an update run idle after the first build, for the JIT. */
    private static final int WARM_UP_ROUNDS = 2;

    private final Project project;
    private final LiveSite live;
    private final String basePath;
    private final PrintStream out;
    private final AtomicLong build = new AtomicLong();
    private final EventStream events = new EventStream(build::get);
    private volatile List<String> errors = List.of();
    /** The warnings of the last good build, shown on every page while there are no errors. */
    private volatile List<String> warnings = List.of();
    private List<String> shownWarnings = List.of();
    private volatile long lastBuildNanos;

    public PreviewServer(Path project, Path site, String basePath, boolean search, PrintStream out) {
        this(project, site, basePath, search, false, out);
    }

    /** A preview whose site also holds the web CMS (admin/) when {@code cms} is set ({@code ./portal cms}). */
    public PreviewServer(Path project, Path site, String basePath, boolean search, boolean cms, PrintStream out) {
        this.project = Project.of(project);
        this.basePath = basePath.endsWith("/") ? basePath : basePath + "/";
        this.live = new LiveSite(this.project, site, search, cms, java.util.Optional.of(this.basePath)); // the 404 page's links start with it
        this.out = out;
    }

    /**
     * Takes {@code port} on the loopback interface (0 picks a free one), builds, then serves and watches; returns the
     * server. Throws {@link Ports.InUse}, naming a free port, when the port is taken, before building anything.
     */
    public HttpServer start(int port) throws IOException {
        HttpServer server;
        try {
            server = PreviewHosts.fromEnvironment().guard(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0));
        } catch (BindException e) {
            throw Ports.inUse(port, e);
        }
        rebuild(List.of());
        live.warmUp(WARM_UP_ROUNDS); // before serving, so that no edit has to wait for it
        server.createContext("/__build", ex -> {
            try (ex) {
                byte[] n = Long.toString(build.get()).getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
                ex.getResponseHeaders().add("Cache-Control", "no-store");
                ex.sendResponseHeaders(200, n.length);
                ex.getResponseBody().write(n);
            }
        });
        server.createContext("/__events", events);
        server.createContext(PreviewPage.SCRIPT, ex -> PreviewPage.serve(ex, "preview.js", "text/javascript; charset=utf-8"));
        server.createContext(PreviewPage.STYLE, ex -> PreviewPage.serve(ex, "preview.css", "text/css; charset=utf-8"));
        server.createContext("/", new SiteHandler(live.site(), basePath,
                page -> PreviewPage.inject(page, build.get(), errors, warnings, live.messages())));
        server.setExecutor(Executors.newCachedThreadPool(r -> { // event streams hold no thread, but a burst of requests may come
            Thread t = new Thread(r, "preview-http");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        new Watcher(watched(project), this::rebuild).start(); // watching when this returns: no later edit is missed
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

    /**
     * Builds (everything the first time, then what {@code changed} reaches); open pages are told as soon as the pages
     * are in place. On failure keeps the last good site and shows the problems on every page.
     */
    synchronized void rebuild(Collection<Path> changed) {
        long t = System.nanoTime();
        boolean[] announced = {false};
        Runnable pagesReady = () -> {
            errors = List.of();
            warnings = live.warnings().stream().map(Problem::toString).toList();
            announce();
            announced[0] = true;
        };
        try {
            LiveSite.Update u = changed.isEmpty() ? live.full() : live.update(changed, pagesReady);
            if (!announced[0]) pagesReady.run();
            if (!warnings.equals(shownWarnings)) warnings.forEach(out::println); // on the terminal too, when they change
            shownWarnings = warnings;
            out.println(u.full() ? "built: " + u.summary() : u.summary());
            return;
        } catch (ContentException e) {
            errors = e.problems().stream().map(Problem::toString).toList();
            errors.forEach(out::println);
            out.printf("%s; showing the last good site until %s fixed (%.1f s)%n", problems(errors.size()),
                    errors.size() == 1 ? "it is" : "they are", (System.nanoTime() - t) / 1e9);
        } catch (BakeException e) {
            errors = e.failures();
            errors.forEach(out::println);
            out.println("the templates failed; showing the last good site until they are fixed");
        } catch (Exception e) {
            errors = List.of("build failed: " + e.getMessage());
            out.println(errors.get(0));
        }
        announce(); // the pages now show the problems
    }

    private void announce() {
        lastBuildNanos = System.nanoTime();
        events.built(build.incrementAndGet());
    }

    /** "1 problem", "2 problems". */
    static String problems(int n) {
        return new MessageFormat(PROBLEMS, Locale.ENGLISH).format(Map.of("count", n));
    }

    public long buildNumber() {
        return build.get();
    }

    public List<String> errors() {
        return errors;
    }

    public List<String> warnings() {
        return warnings;
    }

    /** When the last build ended and when open pages were told of it ({@link System#nanoTime()}), for the bench. */
    public long lastBuildNanos() {
        return lastBuildNanos;
    }

    public long lastEventNanos() {
        return events.lastSentNanos();
    }

    /** How many pages are listening for new builds. */
    public int listeners() {
        return events.clients();
    }
}
