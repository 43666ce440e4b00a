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
 * memory is that build's own) with the engine's templates and assets, and prints for each, under one header
 * ({@link BenchReport}):
 * <ul>
 * <li>a line of figures: {@code pages}; {@code wall ms} and {@code cpu ms} (the build JVM's CPU time on every core);
 * {@code ms/page}; {@code peak MB}, the build JVM's peak resident set, and {@code heap MB}, its peak heap in use;
 * {@code pf MB}, the peak resident set of the largest Pagefind process the build starts (one per bundle of the index;
 * polled, see {@link PeakRss});
 * {@code heaviest KB}, the heaviest HTML page gzipped; {@code hugo+pf ms}, Hugo+Pagefind on as many pages of the same
 * summaries in the same run ({@link HugoBaseline}), and {@code ratio}, the build's wall time over theirs (with
 * {@code --pairs N}, each synthetic corpus is built N times, each build followed by Hugo+Pagefind, and the medians are
 * shown and compared, with every run's time on a line of its own: {@link Pairs});
 * {@code preview ms}, the preview's latency after one edit, and {@code preview MB}, the preview JVM's peak resident set
 * by then ({@link PreviewLatency}; timed up to {@value #PREVIEW_MAX_SOURCES} sources, the size the preview's heap
 * cap is made for);</li>
 * <li>a line of stages: each stage's time, its share of the wall time, and its peak resident set / peak heap in MB
 * (the build's {@code stageMemory}: the kernel's peak and the heap's are reset at each stage);</li>
 * <li>a line naming the heaviest page, and Hugo's and Pagefind's own times and peak resident sets.</li>
 * </ul>
 * A build that fails prints its last words in place of its figures, and the bench goes on. Then it times the linker
 * alone on the largest synthetic corpus of up to {@value #LINKER_MAX_SOURCES} sources (five runs in the bench's JVM;
 * on larger ones the build's link stage says it), and weighs the heaviest page of each type of the portal's site. Run
 * on demand ({@code mvn -B -Pbench verify} or {@code ./portal bench}), never as a test.
 */
public final class Bench {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The largest corpus the linker is timed alone on. */
    static final int LINKER_MAX_SOURCES = 2_000;
    /** The largest corpus the preview is timed on: the size its heap cap (the launcher's) is made for. */
    static final int PREVIEW_MAX_SOURCES = 2_000;

    private Bench() {
    }

    /**
     * What to measure besides the builds themselves, and how many pairs (a build, then Hugo+Pagefind) each synthetic
     * corpus is measured by, in turn: the medians are compared ({@link Pairs}).
     */
    public record Extras(boolean search, boolean lighthouse, boolean hugo, boolean preview, int pairs) {
        public Extras {
            if (pairs < 1) throw new IllegalArgumentException("a corpus is measured by one pair at least: " + pairs);
        }

        public Extras(boolean search, boolean lighthouse, boolean hugo, boolean preview) {
            this(search, lighthouse, hugo, preview, 1);
        }
    }

    public static void run(Path project, List<Integer> sizes, boolean search, boolean lighthouse, PrintStream out) throws Exception {
        run(project, sizes, new Extras(search, lighthouse, true, true), out);
    }

    /** Builds the portal's own content, then a dense synthetic corpus of each size, and prints their figures. */
    public static void run(Path project, List<Integer> sizes, Extras extras, PrintStream out) throws Exception {
        run(project, sizes, List.of(SyntheticCorpus.Shape.DENSE), extras, out);
    }

    /** As {@link #run(Path, List, Extras, PrintStream)}, with a synthetic corpus of each shape at each size. */
    public static void run(Path project, List<Integer> sizes, List<SyntheticCorpus.Shape> shapes, Extras extras, PrintStream out) throws Exception {
        Path work = project.resolve("target/bench").toAbsolutePath();
        boolean hugo = extras.hugo() && HugoBaseline.available();
        BenchReport.header(out);
        Build real = buildInFreshJvm(project.toAbsolutePath(), work.resolve("real-site"), extras.search());
        if (real.stats().isPresent()) {
            BenchReport.print(out, new BenchReport.Corpus("portal", real.stats().get(), real.pagefindRssKb(), heaviest(work.resolve("real-site")),
                    Optional.empty(), Optional.empty()));
        } else {
            BenchReport.failed(out, "portal", real.failure());
        }
        Path linkerCorpus = null;
        int linkerSources = 0;
        for (SyntheticCorpus.Shape shape : shapes) {
            for (int n : sizes) {
                boolean dense = shape == SyntheticCorpus.Shape.DENSE;
                String shapeName = shape.name().toLowerCase(java.util.Locale.ROOT);
                Path dir = work.resolve((dense ? "n" : shapeName + "-n") + n);
                Path content = dir.resolve("content");
                if (!Files.exists(content.resolve("portal.yaml"))) {
                    briefing.emit.ProjectWriter.deleteTree(dir);
                    SyntheticCorpus.write(content, n, 42, shape);
                }
                if (n <= LINKER_MAX_SOURCES && n > linkerSources) {
                    linkerCorpus = content;
                    linkerSources = n;
                }
                String name = (dense ? "synthetic " : shapeName + " ") + n;
                List<Build> builds = new ArrayList<>();
                List<HugoBaseline.Timing> baselines = new ArrayList<>();
                Build failed = null;
                for (int pair = 0; pair < extras.pairs() && failed == null; pair++) {
                    Build one = buildInFreshJvm(dir, dir.resolve("target/site"), extras.search());
                    if (one.stats().isEmpty()) {
                        failed = one;
                        break;
                    }
                    builds.add(one);
                    // the yardstick right after the build, so that both meet the machine in the same state
                    if (hugo) {
                        HugoBaseline.time(content, one.stats().get().path("pages").asInt(), work.resolve("hugo-" + dir.getFileName()), extras.search())
                                .ifPresent(baselines::add);
                    }
                }
                if (failed != null) {
                    BenchReport.failed(out, name, failed.failure());
                    continue;
                }
                Pairs pairs = new Pairs(builds, baselines);
                Build build = pairs.build();
                Optional<HugoBaseline.Timing> baseline = pairs.baseline();
                Optional<PreviewLatency.Result> preview = extras.preview() && n <= PREVIEW_MAX_SOURCES
                        ? PreviewLatency.afterOneEdit(dir, "source-0") : Optional.empty();
                BenchReport.print(out, new BenchReport.Corpus(name, build.stats().get(), build.pagefindRssKb(), heaviest(dir.resolve("target/site")),
                        baseline, preview));
                if (extras.pairs() > 1) out.printf("%-14s   %d pairs in turn, the medians compared: %s%n", "", extras.pairs(), pairs.runs());
            }
        }
        if (!hugo && extras.hugo()) out.println("(hugo is not on the PATH: no Hugo+Pagefind yardstick; Debian: apt-get install hugo)");
        int largest = sizes.stream().mapToInt(Integer::intValue).max().orElse(0);
        if (extras.preview() && largest > PREVIEW_MAX_SOURCES) {
            out.printf("(the preview is timed up to %,d sources, the size its heap cap is made for; a larger portal previews with"
                    + " PORTAL_JAVA_OPTS=-Xmx2g or more)%n", PREVIEW_MAX_SOURCES);
        }
        if (linkerCorpus != null) linkerAlone(linkerCorpus, out);
        if (largest > LINKER_MAX_SOURCES) {
            out.printf("(the linker alone is timed up to %,d sources; above, the build's link stage says it)%n", LINKER_MAX_SOURCES);
        }
        if (real.stats().isEmpty()) return; // no site to weigh
        out.println();
        PageBudgets.weights(work.resolve("real-site"), out);
        if (extras.lighthouse()) {
            out.println();
            PageBudgets.lighthouse(work.resolve("real-site"), out);
        }
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

    /** What a build in a fresh JVM gave: its statistics line, or why it failed; and its Pagefind's peak resident set. */
    record Build(Optional<JsonNode> stats, String failure, long pagefindRssKb) {
    }

    /**
     * Runs {@code portal build --stats} in a new JVM on the same classpath, with the JVM options ./portal uses
     * (C1 only: a build is short, and the C2 compiler's threads cost more than they gain on a small machine; the heap
     * capped at 768 MB, so that a build proves it fits; ./portal's class-data archive when it made one), and reads
     * its statistics line; watches the peak resident set of the Pagefind it starts.
     */
    private static Build buildInFreshJvm(Path project, Path site, boolean search) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xss8m", "-XX:TieredStopAtLevel=1", "-Xms768m", "-Xmx768m", "-XX:NewRatio=5", "-XX:+UseParallelGC", "-D" + Project.HOME_PROPERTY + "=" + Project.engineHome(), "-cp", System.getProperty("java.class.path"), "briefing.cli.Main", "build",
                "--project", project.toString(), "--out", site.toString(), "--stats"));
        if (!search) cmd.add("--no-search");
        String cds = System.getProperty("briefing.cds"); // ./portal's class-data archive, used as ./portal build uses it
        if (cds != null && Files.isRegularFile(Path.of(cds))) {
            cmd.addAll(1, List.of("-XX:SharedArchiveFile=" + cds, "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output;
        long pagefind;
        try (PeakRss memory = PeakRss.watch(p)) {
            output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            pagefind = memory.peakKb("pagefind");
        }
        int exit = p.waitFor();
        Optional<String> line = output.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b);
        if (exit != 0 || line.isEmpty()) {
            String last = output.lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("no output").strip();
            return new Build(Optional.empty(), "exit " + exit + ": " + last, pagefind);
        }
        return new Build(Optional.of(JSON.readTree(line.get())), "", pagefind);
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
