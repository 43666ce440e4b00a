package briefing.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bench's table, printed from a build's statistics line (as {@code portal build --stats} writes it). */
class BenchReportTest {
    /** A build of 2,000 pages in 10 s: two stages, the second with no memory figures. */
    private static final String STATS = """
            {"pages":2000,"millis":10000,"cpuMillis":15000,"peakRssKb":921600,"peakHeapKb":524288,
             "stages":{"load+validate":2500,"plan+bake":7500},
             "stageMemory":{"load+validate":{"rssKb":409600,"heapKb":262144}}}""";

    private static JsonNode stats(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    @Test
    void eachStageSaysItsTimeShareAndPeakResidentAndHeapMegabytes() throws Exception {
        assertEquals("load+validate 2500 ms (25%, 400/256 MB)  plan+bake 7500 ms (75%)", BenchReport.stages(stats(STATS)));
    }

    @Test
    void aCorpusLineHasItsMemoryColumnsUnderTheHeader() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        BenchReport.header(out);
        BenchReport.print(out, new BenchReport.Corpus("desk 2000", stats(STATS), 200 * 1024, new Bench.Heaviest("index.html", 90_000, 15_360),
                Optional.of(new HugoBaseline.Timing(2000, 1500, 2500, 150 * 1024, 300 * 1024)),
                Optional.of(new PreviewLatency.Result(420, 800 * 1024))));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(4, lines.size(), String.join("\n", lines));
        List<String> row = List.of(lines.get(1).split(" +"));
        // "desk 2000" is two words: the figures start at the third
        assertEquals(List.of("desk", "2000", "2000", "10000", "15000", "5.00", "900", "512", "200", "15.0", "4000", "2.50", "420", "800"), row);
        assertTrue(lines.get(0).contains("peak MB  heap MB   pf MB"), lines.get(0));
        assertTrue(lines.get(0).endsWith("preview ms preview MB"), lines.get(0));
        assertEquals("stages: load+validate 2500 ms (25%, 400/256 MB)  plan+bake 7500 ms (75%)", lines.get(2).strip());
        assertEquals("heaviest page index.html (15.0 KB gzipped, 87.9 KB raw); hugo 1500 ms (150 MB) + pagefind 2500 ms (300 MB)"
                + " on 2000 pages", lines.get(3).strip());
    }

    @Test
    void whatWasNotMeasuredIsADash() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BenchReport.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), new BenchReport.Corpus("portal", stats(STATS), 0,
                new Bench.Heaviest("index.html", 2048, 1024), Optional.empty(), Optional.empty()));
        List<String> row = List.of(bytes.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow().split(" +"));
        assertEquals(List.of("portal", "2000", "10000", "15000", "5.00", "900", "512", "-", "1.0", "-", "-", "-", "-"), row);
    }

    @Test
    void aFailedBuildIsALineWithItsLastWords() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BenchReport.failed(new PrintStream(bytes, true, StandardCharsets.UTF_8), "synthetic 10000", "exit 2: error: the generator ran out of memory");
        assertEquals("synthetic 10000   build failed: exit 2: error: the generator ran out of memory", bytes.toString(StandardCharsets.UTF_8).strip());
    }
}
