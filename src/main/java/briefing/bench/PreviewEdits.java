package briefing.bench;

import briefing.Project;
import briefing.model.Urls;
import briefing.serve.PreviewServer;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The preview's latency in detail, in this JVM (the bench's {@link PreviewLatency} measures one edit from outside): the preview ({@code ./portal serve}) is started on a copy of a portal,
 * a page listens for builds on {@code /__events} as the open page's script does, and one summary is edited several
 * times; each time is measured from the save to the build event reaching the page, and to the page, fetched again
 * as the reloading browser does, showing the edit. Run by the bench ({@link #run}); also alone:
 * {@code java -cp ... briefing.bench.PreviewEdits <portal folder or synthetic size>...}.
 */
public final class PreviewEdits {
    private static final int EDITS = Integer.getInteger("bench.edits", 5);
    private static final long TIMEOUT_S = 120;

    private PreviewEdits() {
    }

    /** One portal's figures: the first (full) build, then per edit the time to the pushed event and to the page showing it. */
    public record Result(String name, int sources, long startMillis, List<Long> eventMillis, List<Long> shownMillis) {
        public long medianShown() {
            return median(shownMillis);
        }

        public String line() {
            return "%-16s %6d sources  first build %6d ms  edit -> event %s ms  edit -> page shows it %s ms (median %d, max %d)"
                    .formatted(name, sources, startMillis, eventMillis, shownMillis, medianShown(),
                            shownMillis.stream().mapToLong(Long::longValue).max().orElse(0));
        }
    }

    /** Measures the portal {@code portal} (a copy of its content/ and i18n/) and synthetic corpora of each of {@code sizes}. */
    public static List<Result> run(Path portal, List<Integer> sizes, Path work, PrintStream out) throws Exception {
        List<Result> results = new ArrayList<>();
        Path real = work.resolve("preview-portal");
        deleteTree(real);
        for (String dir : List.of("content", "i18n", "templates", "assets")) {
            Path from = portal.resolve(dir);
            if (Files.isDirectory(from) && (dir.equals("content") || dir.equals("i18n") || !portal.toAbsolutePath().normalize().equals(Project.engineHome()))) {
                copyTree(from, real.resolve(dir));
            }
        }
        results.add(measure("portal", real, out));
        for (int n : sizes) {
            Path dir = work.resolve("preview-n" + n);
            deleteTree(dir);
            SyntheticCorpus.write(dir.resolve("content"), n, 42);
            results.add(measure("synthetic " + n, dir, out));
        }
        return results;
    }

    /** Starts the preview on {@code project} (a copy the bench may edit), edits its first source's summary {@link #EDITS} times. */
    public static Result measure(String name, Path project, PrintStream out) throws Exception {
        Path content = project.resolve("content");
        String source;
        try (Stream<Path> s = Files.list(content.resolve("sources"))) {
            source = s.filter(d -> Files.isRegularFile(d.resolve("summary.md"))).map(d -> d.getFileName().toString()).sorted()
                    .findFirst().orElseThrow(() -> new IllegalStateException("no source with a summary in " + content));
        }
        int sources;
        try (Stream<Path> s = Files.list(content.resolve("sources"))) {
            sources = (int) s.count();
        }
        Path summary = content.resolve("sources").resolve(source).resolve("summary.md");
        String original = Files.readString(summary, StandardCharsets.UTF_8);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PreviewServer preview = new PreviewServer(project, project.resolve("target/preview"), "/", false,
                new PrintStream(log, true, StandardCharsets.UTF_8));
        long t0 = System.nanoTime();
        HttpServer server = preview.start(0);
        long startMillis = (System.nanoTime() - t0) / 1_000_000;
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        HttpClient http = HttpClient.newHttpClient();
        try {
            BlockingQueue<long[]> events = listen(http, base + "__events");
            long[] first = events.poll(TIMEOUT_S, TimeUnit.SECONDS); // the build the page was opened on
            if (first == null) throw new IllegalStateException("no event from the preview");
            List<Long> toEvent = new ArrayList<>(), toShown = new ArrayList<>();
            String page = base + Urls.source(source);
            for (int i = 1; i <= EDITS; i++) {
                Thread.sleep(300); // an editor types between saves; let the watcher settle
                String marker = "Preview latency check " + i + " " + System.nanoTime() + ".";
                long before = preview.buildNumber();
                long saved = System.nanoTime();
                Files.writeString(summary, original.stripTrailing() + "\n\n" + marker + "\n", StandardCharsets.UTF_8);
                long[] event;
                do {
                    event = events.poll(TIMEOUT_S, TimeUnit.SECONDS);
                    if (event == null) throw new IllegalStateException("no build event after an edit:\n" + log.toString(StandardCharsets.UTF_8));
                } while (event[0] <= before);
                toEvent.add((event[1] - saved) / 1_000_000);
                // the page reloads: fetch it (again, if a build is still on its way) until it shows the edit
                while (!get(http, page).contains(marker)) {
                    if ((System.nanoTime() - saved) / 1e9 > TIMEOUT_S) throw new IllegalStateException("the page never showed the edit");
                    Thread.sleep(5);
                }
                toShown.add((System.nanoTime() - saved) / 1_000_000);
            }
            Result r = new Result(name, sources, startMillis, toEvent, toShown);
            out.println(r.line());
            if (Boolean.getBoolean("bench.verbose")) out.print(log.toString(StandardCharsets.UTF_8));
            return r;
        } finally {
            server.stop(0);
            Files.writeString(summary, original, StandardCharsets.UTF_8);
        }
    }

    /** What an open page's EventSource receives: each build number with the time it arrived. */
    static BlockingQueue<long[]> listen(HttpClient http, String url) throws Exception {
        HttpResponse<Stream<String>> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofLines());
        BlockingQueue<long[]> q = new LinkedBlockingQueue<>();
        Iterator<String> lines = r.body().iterator();
        Thread t = new Thread(() -> {
            try {
                while (lines.hasNext()) {
                    String l = lines.next();
                    if (l.startsWith("data: ")) q.add(new long[]{Long.parseLong(l.substring(6).trim()), System.nanoTime()});
                }
            } catch (RuntimeException closed) {
                // the preview stopped
            }
        }, "bench-events");
        t.setDaemon(true);
        t.start();
        return q;
    }

    static String get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    static long median(List<Long> xs) {
        List<Long> s = new ArrayList<>(xs);
        s.sort(Long::compare);
        return s.isEmpty() ? 0 : s.get(s.size() / 2);
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void deleteTree(Path dir) {
        briefing.emit.ProjectWriter.deleteTree(dir);
    }

    /** Arguments: a portal folder (the real one: ".") and/or synthetic sizes, e.g. {@code . 2000}. */
    public static void main(String[] args) throws Exception {
        Path portal = null;
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            if (a.matches("\\d+")) sizes.add(Integer.parseInt(a));
            else portal = Path.of(a);
        }
        Path work = Path.of("target/bench").toAbsolutePath();
        Files.createDirectories(work);
        java.util.logging.LogManager.getLogManager().reset(); // JBake's chatter, as the command line silences it
        if (portal != null) {
            run(portal, sizes, work, System.out);
        } else {
            for (int n : sizes) {
                Path dir = work.resolve("preview-n" + n);
                deleteTree(dir);
                SyntheticCorpus.write(dir.resolve("content"), n, 42);
                measure("synthetic " + n, dir, System.out);
            }
        }
        System.exit(0);
    }
}
