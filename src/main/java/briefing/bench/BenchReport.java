package briefing.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.PrintStream;
import java.util.Optional;

/**
 * The bench's table: a header, then for each corpus a line of figures, a line of stages (each one's time, share of the
 * wall time, peak resident set and peak heap) and a line naming the heaviest page and the yardstick's parts. The
 * columns are described in {@link Bench}.
 */
final class BenchReport {
    private static final String ROW = "%-14s %7s %9s %8s %8s %8s %8s %7s %11s %10s %7s %10s %10s%n";

    private BenchReport() {
    }

    /** What the bench measured on one corpus: its build's statistics line and what was measured around it. */
    record Corpus(String name, JsonNode stats, long pagefindRssKb, Bench.Heaviest heaviest, Optional<HugoBaseline.Timing> baseline,
                  Optional<PreviewLatency.Result> preview) {
    }

    static void header(PrintStream out) {
        out.printf(ROW, "corpus", "pages", "wall ms", "cpu ms", "ms/page", "peak MB", "heap MB", "pf MB", "heaviest KB", "hugo+pf ms",
                "ratio", "preview ms", "preview MB");
    }

    static void print(PrintStream out, Corpus c) {
        JsonNode s = c.stats();
        int pages = s.path("pages").asInt();
        long wall = s.path("millis").asLong();
        out.printf(ROW, c.name(), pages, wall, s.path("cpuMillis").asLong(), "%.2f".formatted((double) wall / Math.max(1, pages)),
                mb(s.path("peakRssKb").asLong()), mb(s.path("peakHeapKb").asLong()), c.pagefindRssKb() > 0 ? mb(c.pagefindRssKb()) : "-",
                "%.1f".formatted(c.heaviest().gzip() / 1024.0),
                c.baseline().map(b -> Long.toString(b.millis())).orElse("-"),
                c.baseline().map(b -> "%.2f".formatted((double) wall / Math.max(1, b.millis()))).orElse("-"),
                c.preview().map(p -> Long.toString(p.millis())).orElse("-"),
                c.preview().filter(p -> p.peakRssKb() > 0).map(p -> mb(p.peakRssKb())).orElse("-"));
        out.printf("%-14s   stages: %s%n", "", stages(s));
        out.printf("%-14s   heaviest page %s (%.1f KB gzipped, %.1f KB raw)%s%n", "", c.heaviest().page(), c.heaviest().gzip() / 1024.0,
                c.heaviest().raw() / 1024.0, c.baseline().map(b -> "; hugo %d ms (%s MB) + pagefind %d ms (%s MB) on %d pages".formatted(
                        b.hugoMillis(), mb(b.hugoRssKb()), b.pagefindMillis(), mb(b.pagefindRssKb()), b.pages())).orElse(""));
    }

    /** A corpus whose build failed: its name and the build's last words, in place of its figures. */
    static void failed(PrintStream out, String name, String why) {
        out.printf("%-14s   build failed: %s%n", name, why);
    }

    /**
     * Each stage of a build's statistics line: "load+validate 1234 ms (12%, 310/250 MB)", the MB being the stage's peak
     * resident set and peak heap in use (from the line's stageMemory; left out for a stage it does not name).
     */
    static String stages(JsonNode stats) {
        long wall = Math.max(1, stats.path("millis").asLong());
        JsonNode memory = stats.path("stageMemory");
        StringBuilder b = new StringBuilder();
        stats.path("stages").fields().forEachRemaining(e -> {
            long ms = e.getValue().asLong();
            b.append(e.getKey()).append(' ').append(ms).append(" ms (").append(Math.round(100.0 * ms / wall)).append('%');
            JsonNode m = memory.path(e.getKey());
            if (m.isObject()) b.append(", ").append(mb(m.path("rssKb").asLong())).append('/').append(mb(m.path("heapKb").asLong())).append(" MB");
            b.append(")  ");
        });
        return b.toString().strip();
    }

    /** Kilobytes as whole megabytes, rounded. */
    private static String mb(long kb) {
        return Long.toString(Math.round(kb / 1024.0));
    }
}
