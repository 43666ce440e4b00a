package briefing.bench;

import briefing.Briefing;
import briefing.Project;
import briefing.link.Linker;
import briefing.model.Corpus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark: builds the portal's own content and synthetic corpora of N sources, each in a fresh JVM (so peak
 * memory is that build's own) with the engine's templates and assets, and prints wall time, peak memory, ms per page and
 * each stage's share; then times the linker alone on the largest synthetic corpus, and weighs the heaviest page of each
 * type of the portal's site. Run on demand ({@code mvn -B -Pbench verify} or {@code ./portal bench}),
 * never as a test.
 */
public final class Bench {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Bench() {
    }

    public static void run(Path project, List<Integer> sizes, boolean search, boolean lighthouse, PrintStream out) throws Exception {
        Path work = project.resolve("target/bench").toAbsolutePath();
        out.printf("%-14s %7s %9s %9s %8s %10s  %s%n", "corpus", "pages", "wall ms", "ms/page", "peak MB", "heap MB", "stages (ms)");
        report(out, "portal", buildInFreshJvm(project.toAbsolutePath(), work.resolve("real-site"), search));
        for (int n : sizes) {
            Path dir = work.resolve("n" + n);
            Path content = dir.resolve("content");
            if (!Files.exists(content.resolve("portal.yaml"))) {
                briefing.emit.ProjectWriter.deleteTree(dir);
                SyntheticCorpus.write(content, n, 42);
            }
            report(out, "synthetic " + n, buildInFreshJvm(dir, dir.resolve("target/site"), search));
        }
        if (!sizes.isEmpty()) linkerAlone(work.resolve("n" + sizes.get(sizes.size() - 1)).resolve("content"), out);
        out.println();
        PageBudgets.weights(work.resolve("real-site"), out);
        if (lighthouse) {
            out.println();
            PageBudgets.lighthouse(work.resolve("real-site"), out);
        }
    }

    private static void report(PrintStream out, String name, JsonNode s) {
        int pages = s.path("pages").asInt();
        long wall = s.path("millis").asLong();
        StringBuilder stages = new StringBuilder();
        s.path("stages").fields().forEachRemaining(e -> stages.append(e.getKey()).append(' ').append(e.getValue().asLong())
                .append(" (").append(Math.round(100.0 * e.getValue().asLong() / Math.max(1, wall))).append("%)  "));
        out.printf("%-14s %7d %9d %9.2f %8d %10d  %s%n", name, pages, wall, (double) wall / Math.max(1, pages),
                s.path("peakRssKb").asLong() / 1024, s.path("peakHeapKb").asLong() / 1024, stages.toString().strip());
    }

    /**
     * Runs {@code portal build --stats} in a new JVM on the same classpath, with the JVM options ./portal and Maven use
     * (C1 only: a build is short, and the C2 compiler's threads cost more than they gain on a small machine), and reads
     * its statistics line.
     */
    private static JsonNode buildInFreshJvm(Path project, Path site, boolean search) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xss8m", "-XX:TieredStopAtLevel=1", "-D" + Project.HOME_PROPERTY + "=" + Project.engineHome(), "-cp", System.getProperty("java.class.path"), "briefing.cli.Main", "build",
                "--project", project.toString(), "--out", site.toString(), "--stats"));
        if (!search) cmd.add("--no-search");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IllegalStateException("build of " + project + " failed:\n" + output);
        String line = output.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("no statistics from the build:\n" + output));
        return JSON.readTree(line);
    }

    /** The linker alone, in this JVM: load once, warm up, then the median of five runs. */
    private static void linkerAlone(Path content, PrintStream out) throws Exception {
        Corpus corpus = Briefing.validate(content);
        int aliases = corpus.actors().values().stream().mapToInt(a -> 1 + a.aliases().size()).sum()
                + corpus.places().values().stream().mapToInt(p -> 1 + p.aliases().size()).sum();
        for (int i = 0; i < 2; i++) Linker.link(corpus);
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            Linker.link(corpus);
            times.add((System.nanoTime() - t) / 1_000);
        }
        times.sort(Long::compare);
        double ms = times.get(2) / 1000.0;
        out.printf("linker alone: %d sources, %d names and aliases: %.1f ms (median of 5), %.3f ms per source%n",
                corpus.sources().size(), aliases, ms, ms / corpus.sources().size());
    }
}
