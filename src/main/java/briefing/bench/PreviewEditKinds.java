package briefing.bench;

import briefing.model.Urls;
import briefing.serve.PreviewServer;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * The preview's latency per kind of edit an editor makes, in this JVM: a source's summary, its facts, its source.yaml,
 * an actor's file, a new actor, a new place, a new document, and portal.yaml; each is made {@link #ROUNDS} times on a
 * copy of a portal that the preview ({@code ./portal serve}) is serving, and timed from the save to the page that shows
 * it (fetched again as the reloading browser does) showing the edit. Run alone:
 * {@code java -cp ... briefing.bench.PreviewEditKinds <portal folder>} (the bench's copy of it is edited, never the portal).
 */
public final class PreviewEditKinds {
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final long TIMEOUT_S = 120;

    private PreviewEditKinds() {
    }

    /** One kind of edit: the file it writes (relative to content/), its text in round {@code i}, and the page that shows it. */
    private record Kind(String name, String file, IntFunction<String> text, IntFunction<String> url, IntFunction<String> marker) {
    }

    /** Each kind's times, in ms, from the save to the page showing the edit. */
    public record Result(String kind, List<Long> millis) {
        public String line() {
            return "%-14s edit -> page shows it %s ms (median %d)".formatted(kind, millis, PreviewEdits.median(millis));
        }
    }

    /** Measures every kind of edit on {@code project} (a copy the bench may edit). */
    public static List<Result> measure(Path project, PrintStream out) throws Exception {
        Path content = project.resolve("content");
        String source = first(content.resolve("sources"), d -> Files.isRegularFile(d.resolve("facts.yaml")));
        String actor = first(content.resolve("actors"), Files::isRegularFile).replaceFirst("\\.yaml$", "");
        String summary = read(content, "sources/" + source + "/summary.md"), facts = read(content, "sources/" + source + "/facts.yaml");
        String sourceYaml = read(content, "sources/" + source + "/source.yaml"), actorYaml = read(content, "actors/" + actor + ".yaml");
        String portal = read(content, "portal.yaml");
        String actorKind = field(actorYaml, "kind");
        List<Kind> kinds = List.of(
                new Kind("summary", "sources/" + source + "/summary.md", i -> summary.stripTrailing() + "\n\nBenchsummary" + word(i) + ".\n",
                        i -> Urls.source(source), i -> "Benchsummary" + word(i)),
                new Kind("facts", "sources/" + source + "/facts.yaml", i -> facts.replaceFirst("(?m)^events:\\n", "events:\n  - id: bench-event-"
                        + i + "\n    date: 2020-01-01\n    title: Benchfacts" + word(i) + "\n"), i -> Urls.source(source), i -> "Benchfacts" + word(i)),
                new Kind("source.yaml", "sources/" + source + "/source.yaml", i -> sourceYaml.replaceFirst("(?m)^title: \"?(.*?)\"?$",
                        "title: \"$1 Benchsource" + word(i) + "\""), i -> Urls.source(source), i -> "Benchsource" + word(i)),
                new Kind("actor edit", "actors/" + actor + ".yaml", i -> actorYaml.replaceFirst("(?m)^name: .*$", "name: Benchactor" + word(i)),
                        i -> Urls.actor(actor), i -> "Benchactor" + word(i)),
                new Kind("new actor", null, i -> "name: Benchnewactor" + word(i) + "\nkind: " + actorKind + "\ndescription: A new actor.\n",
                        i -> Urls.actor("bench-new-actor-" + i), i -> "Benchnewactor" + word(i)),
                new Kind("new place", null, i -> "name: Benchnewplace" + word(i) + "\nkind: town\n",
                        i -> Urls.place("bench-new-place-" + i), i -> "Benchnewplace" + word(i)),
                new Kind("new document", null, i -> "title: Benchnewdocument" + word(i) + "\nkind: report\n",
                        i -> Urls.document("bench-new-document-" + i), i -> "Benchnewdocument" + word(i)),
                new Kind("portal.yaml", "portal.yaml", i -> portal.replaceFirst("(?m)^tagline: \"?(.*?)\"?$", "tagline: \"$1 Benchportal" + word(i) + "\""),
                        i -> Urls.HOME, i -> "Benchportal" + word(i)));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PreviewServer preview = new PreviewServer(project, project.resolve("target/preview"), "/", false,
                new PrintStream(log, true, StandardCharsets.UTF_8));
        HttpServer server = preview.start(0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        HttpClient http = HttpClient.newHttpClient();
        List<Result> results = new ArrayList<>();
        try {
            BlockingQueue<long[]> events = PreviewEdits.listen(http, base + "__events");
            events.poll(TIMEOUT_S, TimeUnit.SECONDS);
            for (Kind k : kinds) {
                List<Long> times = new ArrayList<>();
                for (int i = 1; i <= ROUNDS; i++) {
                    Thread.sleep(400); // an editor types between saves; let the last update finish
                    String file = k.file() != null ? k.file() : switch (k.name()) {
                        case "new actor" -> "actors/bench-new-actor-" + i + ".yaml";
                        case "new place" -> "places/bench-new-place-" + i + ".yaml";
                        default -> "documents/bench-new-document-" + i + ".yaml";
                    };
                    Files.createDirectories(content.resolve(file).getParent());
                    long saved = System.nanoTime();
                    Files.writeString(content.resolve(file), k.text().apply(i), StandardCharsets.UTF_8);
                    String marker = k.marker().apply(i), page = base + k.url().apply(i);
                    while (!PreviewEdits.get(http, page).contains(marker)) {
                        if ((System.nanoTime() - saved) / 1e9 > TIMEOUT_S) {
                            throw new IllegalStateException(k.name() + ": the page never showed the edit\n" + log.toString(StandardCharsets.UTF_8));
                        }
                        Thread.sleep(5);
                    }
                    times.add((System.nanoTime() - saved) / 1_000_000);
                }
                Result r = new Result(k.name(), times);
                results.add(r);
                out.println(r.line());
            }
            if (Boolean.getBoolean("bench.verbose")) out.print(log.toString(StandardCharsets.UTF_8));
            return results;
        } finally {
            server.stop(0);
        }
    }

    /** Different in each run of the bench. */
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    /** A word of letters only (the date finder and the alias matcher leave it alone), different in each round and run. */
    private static String word(int i) {
        return (RUN + "r" + i).replaceAll("\\d", "x").replace("r", "r" + "abcdefghij".charAt(i % 10));
    }

    private static String field(String yaml, String name) {
        return yaml.lines().filter(l -> l.startsWith(name + ": ")).map(l -> l.substring(name.length() + 2).strip()).findFirst().orElse("");
    }

    private static String read(Path content, String rel) throws IOException {
        return Files.readString(content.resolve(rel), StandardCharsets.UTF_8);
    }

    private static String first(Path dir, java.util.function.Predicate<Path> keep) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(keep).map(p -> p.getFileName().toString()).sorted().findFirst()
                    .orElseThrow(() -> new UncheckedIOException(new IOException("nothing in " + dir)));
        }
    }

    /** Argument: a portal folder ("." for the repository's); its content/ and i18n/ are copied into target/bench first. */
    public static void main(String[] args) throws Exception {
        Path portal = Path.of(args.length > 0 ? args[0] : ".");
        Path work = Path.of("target/bench/preview-kinds").toAbsolutePath();
        briefing.emit.ProjectWriter.deleteTree(work);
        for (String dir : List.of("content", "i18n")) {
            if (Files.isDirectory(portal.resolve(dir))) PreviewEdits.copyTree(portal.resolve(dir), work.resolve(dir));
        }
        java.util.logging.LogManager.getLogManager().reset();
        measure(work, System.out);
        System.exit(0);
    }
}
