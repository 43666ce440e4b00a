package briefing.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A corpus measured in pairs compares each side's median run, and lists every run in the order it ran. */
class PairsTest {
    private static Bench.Build build(long millis) throws Exception {
        return new Bench.Build(Optional.of(new ObjectMapper().readTree("{\"millis\":" + millis + ",\"pages\":10}")), null, 0);
    }

    private static HugoBaseline.Timing timing(long hugo, long pagefind) {
        return new HugoBaseline.Timing(10, hugo, pagefind, 0, 0);
    }

    @Test
    void theMediansOfThreePairsAreCompared() throws Exception {
        Pairs pairs = new Pairs(List.of(build(17_000), build(12_000), build(15_000)),
                List.of(timing(2_000, 9_000), timing(2_000, 7_000), timing(2_000, 8_500)));
        assertEquals(15_000, pairs.build().stats().orElseThrow().path("millis").asLong());
        assertEquals(10_500, pairs.baseline().orElseThrow().millis());
        assertEquals("17.0, 12.0, 15.0 s; Hugo+Pagefind 11.0, 9.0, 10.5 s", pairs.runs());
    }

    @Test
    void oneRunIsItsOwnMedianAndOfTwoTheFasterCounts() throws Exception {
        assertEquals(9_000, new Pairs(List.of(build(9_000)), List.of()).build().stats().orElseThrow().path("millis").asLong());
        assertEquals(Optional.empty(), new Pairs(List.of(build(9_000)), List.of()).baseline());
        assertEquals(8_000, new Pairs(List.of(build(9_000), build(8_000)), List.of()).build().stats().orElseThrow().path("millis").asLong());
        assertEquals("9.0 s", new Pairs(List.of(build(9_000)), List.of()).runs());
    }

    @Test
    void noRunOrNoPairIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Pairs(List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Bench.Extras(true, false, true, true, 0));
    }
}
