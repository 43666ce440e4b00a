package briefing.bench;

import briefing.Briefing;
import briefing.Project;
import briefing.link.Linker;
import briefing.model.Corpus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * The benchmark: builds the portal's own content and synthetic corpora of N sources, each in a fresh JVM (so peak
 * memory is that build's own) with the engine's templates and assets, and prints wall time, peak memory, ms per page,
 * each stage's share and the heaviest page; for each synthetic corpus, Hugo+Pagefind on as many pages of the same
 * summaries in the same run ({@link HugoBaseline}) and the preview's latency after one edit ({@link PreviewLatency});
 * then times the linker alone on the largest synthetic corpus, and weighs the heaviest page of each type of the
 * portal's site. Run on demand ({@code mvn -B -Pbench verify} or {@code ./portal bench}),
 * never as a test.
 */
public final class Bench {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Bench() {
    }

    /** What to measure besides the builds themselves. */
    public record Extras(boolean search, boolean lighthouse, boolean hugo, boolean preview) {
    }

    public static void run(Path project, List<Integer> sizes, boolean search, boolean lighthouse, PrintStream out) throws Exception {
        run(project, sizes, new Extras(search, lighthouse, true, true), out);
    }

    /**
     * Builds the portal's own content, then a synthetic corpus of each size; for each, one line of figures (wall time,
     * peak resident memory, ms per page, the heaviest HTML page gzipped, Hugo+Pagefind on as many pages of the same
     * summaries and the ratio, the preview's latency after one edit) and one of stage shares.
     */
    public static void run(Path project, List<Integer> sizes, Extras extras, PrintStream out) throws Exception {
        run(project, sizes, List.of(SyntheticCorpus.Shape.DENSE), extras, out);
    }

    /** As {@link #run(Path, List, Extras, PrintStream)}, with a synthetic corpus of each shape at each size. */
    public static void run(Path project, List<Integer> sizes, List<SyntheticCorpus.Shape> shapes, Extras extras, PrintStream out) throws Exception {
        Path work = project.resolve("target/bench").toAbsolutePath();
        boolean hugo = extras.hugo() && HugoBaseline.available();
        out.printf("%-14s %7s %9s %8s %8s %8s %8s %11s %10s %7s %10s%n", "corpus", "pages", "wall ms", "cpu ms", "ms/page", "peak MB",
                "heap MB", "heaviest KB", "hugo+pf ms", "ratio", "preview ms");
        report(out, "portal", buildInFreshJvm(project.toAbsolutePath(), work.resolve("real-site"), extras.search()),
                work.resolve("real-site"), Optional.empty(), Optional.empty());
        for (SyntheticCorpus.Shape shape : shapes) {
            for (int n : sizes) {
                boolean dense = shape == SyntheticCorpus.Shape.DENSE;
                Path dir = work.resolve((dense ? "n" : shape.name().toLowerCase(java.util.Locale.ROOT) + "-n") + n);
                Path content = dir.resolve("content");
                if (!Files.exists(content.resolve("portal.yaml"))) {
                    briefing.emit.ProjectWriter.deleteTree(dir);
                    SyntheticCorpus.write(content, n, 42, shape);
                }
                JsonNode stats = buildInFreshJvm(dir, dir.resolve("target/site"), extras.search());
                // the yardstick right after the build, so that both meet the machine in the same state
                Optional<HugoBaseline.Timing> baseline = hugo
                        ? HugoBaseline.time(content, stats.path("pages").asInt(), work.resolve("hugo-" + dir.getFileName()), extras.search())
                        : Optional.empty();
                Optional<Long> preview = extras.preview() ? PreviewLatency.afterOneEdit(dir, "source-0") : Optional.empty();
                report(out, (dense ? "synthetic " : shape.name().toLowerCase(java.util.Locale.ROOT) + " ") + n, stats,
                        dir.resolve("target/site"), baseline, preview);
            }
        }
        if (!hugo && extras.hugo()) out.println("(hugo is not on the PATH: no Hugo+Pagefind yardstick; Debian: apt-get install hugo)");
        if (!sizes.isEmpty()) linkerAlone(work.resolve("n" + sizes.get(sizes.size() - 1)).resolve("content"), out);
        out.println();
        PageBudgets.weights(work.resolve("real-site"), out);
        if (extras.lighthouse()) {
            out.println();
            PageBudgets.lighthouse(work.resolve("real-site"), out);
        }
    }

    private static void report(PrintStream out, String name, JsonNode s, Path site, Optional<HugoBaseline.Timing> baseline,
                               Optional<Long> preview) throws IOException {
        int pages = s.path("pages").asInt();
        long wall = s.path("millis").asLong();
        StringBuilder stages = new StringBuilder();
        s.path("stages").fields().forEachRemaining(e -> stages.append(e.getKey()).append(' ').append(e.getValue().asLong())
                .append(" (").append(Math.round(100.0 * e.getValue().asLong() / Math.max(1, wall))).append("%)  "));
        Heaviest heaviest = heaviest(site);
        out.printf("%-14s %7d %9d %8d %8.2f %8d %8d %11.1f %10s %7s %10s%n", name, pages, wall, s.path("cpuMillis").asLong(),
                (double) wall / Math.max(1, pages),
                s.path("peakRssKb").asLong() / 1024, s.path("peakHeapKb").asLong() / 1024, heaviest.gzip() / 1024.0,
                baseline.map(b -> Long.toString(b.millis())).orElse("-"),
                baseline.map(b -> "%.2f".formatted((double) wall / Math.max(1, b.millis()))).orElse("-"),
                preview.map(String::valueOf).orElse("-"));
        out.printf("%-14s   stages: %s%n", "", stages.toString().strip());
        out.printf("%-14s   heaviest page %s (%.1f KB gzipped, %.1f KB raw)%s%n", "", heaviest.page(), heaviest.gzip() / 1024.0,
                heaviest.raw() / 1024.0, baseline.map(b -> "; hugo %d ms + pagefind %d ms on %d pages".formatted(
                        b.hugoMillis(), b.pagefindMillis(), b.pages())).orElse(""));
    }

    /** The heaviest HTML page of a site, gzipped as a server sends it (the search index's own files left out). */
    record Heaviest(String page, long raw, long gzip) {
    }

    static Heaviest heaviest(Path site) throws IOException {
        List<Path> pages;
        try (Stream<Path> s = Files.walk(site)) {
            pages = s.filter(f -> f.toString().endsWith(".html") && !site.relativize(f).startsWith("pagefind")).sorted().toList();
        }
        return pages.parallelStream().map(p -> {
            try {
                byte[] raw = Files.readAllBytes(p);
                ByteArrayOutputStream gz = new ByteArrayOutputStream();
                try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
                    z.write(raw);
                }
                return new Heaviest(site.relativize(p).toString().replace('\\', '/'), raw.length, gz.size());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).max(java.util.Comparator.comparingLong(Heaviest::gzip).thenComparing(Heaviest::page, java.util.Comparator.reverseOrder()))
                .orElse(new Heaviest("-", 0, 0));
    }

    /**
     * Runs {@code portal build --stats} in a new JVM on the same classpath, with the JVM options ./portal uses
     * (C1 only: a build is short, and the C2 compiler's threads cost more than they gain on a small machine; the heap
     * capped at 768 MB, so that a build proves it fits; ./portal's class-data archive when it made one), and reads
     * its statistics line.
     */
    private static JsonNode buildInFreshJvm(Path project, Path site, boolean search) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xss8m", "-XX:TieredStopAtLevel=1", "-Xmx768m", "-XX:+UseParallelGC", "-D" + Project.HOME_PROPERTY + "=" + Project.engineHome(), "-cp", System.getProperty("java.class.path"), "briefing.cli.Main", "build",
                "--project", project.toString(), "--out", site.toString(), "--stats"));
        if (!search) cmd.add("--no-search");
        String cds = System.getProperty("briefing.cds"); // ./portal's class-data archive, used as ./portal build uses it
        if (cds != null && Files.isRegularFile(Path.of(cds))) {
            cmd.addAll(1, List.of("-XX:SharedArchiveFile=" + cds, "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
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
