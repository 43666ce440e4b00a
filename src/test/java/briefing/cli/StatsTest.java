package briefing.cli;

import briefing.Briefing;
import briefing.Stopwatch;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The statistics line of {@code portal build --stats}, which the bench reads. */
class StatsTest {
    @Test
    void theBuildsPeaksAreTheLargestOfItsStagesAndEachStageKeepsItsOwn() throws Exception {
        Map<String, Stopwatch.Memory> memory = new LinkedHashMap<>();
        // figures no test JVM reaches, so that the whole build's peaks can only come from the stages'
        memory.put("load+validate", new Stopwatch.Memory(90_000_000, 10_000_000));
        memory.put("plan+bake", new Stopwatch.Memory(80_000_000, 50_000_000));
        Map<String, Long> millis = new LinkedHashMap<>();
        millis.put("load+validate", 400L);
        millis.put("plan+bake", 600L);
        JsonNode s = new ObjectMapper().readTree(Stats.json(new Briefing.Report(new Briefing.Totals(1, 2, 3, 4), java.util.Optional.empty(), 12, 1000, Path.of("site"), millis, List.of(),
                List.of(), 5, memory)));
        assertEquals(12, s.path("pages").asInt());
        assertEquals(5, s.path("reused").asInt());
        assertEquals(7, s.path("rendered").asInt());
        assertEquals(90_000_000, s.path("peakRssKb").asLong());
        assertEquals(50_000_000, s.path("peakHeapKb").asLong(), "the heap's peak of a stage before the last");
        assertEquals(List.of("load+validate", "plan+bake"), iterate(s.path("stages")));
        assertEquals(10_000_000, s.path("stageMemory").path("load+validate").path("heapKb").asLong());
        assertEquals(80_000_000, s.path("stageMemory").path("plan+bake").path("rssKb").asLong());
    }

    private static List<String> iterate(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
