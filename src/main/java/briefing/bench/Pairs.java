package briefing.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * A corpus measured in pairs, in turn (a build, then Hugo+Pagefind on as many pages, and again), so that both meet the
 * machine in the same states: the build and the yardstick compared are each side's median run by wall time (for an
 * even count, the lower of the two middle ones).
 */
record Pairs(List<Bench.Build> builds, List<HugoBaseline.Timing> baselines) {
    Pairs {
        builds = List.copyOf(builds);
        baselines = List.copyOf(baselines);
        if (builds.isEmpty()) throw new IllegalArgumentException("a corpus is measured by one build at least");
    }

    /** The build of median wall time. */
    Bench.Build build() {
        return median(builds, b -> wall(b.stats().orElseThrow()));
    }

    /** Hugo+Pagefind's run of median wall time, if it ran. */
    Optional<HugoBaseline.Timing> baseline() {
        return baselines.isEmpty() ? Optional.empty() : Optional.of(median(baselines, HugoBaseline.Timing::millis));
    }

    /** Every run's wall time, in the order run: "17.0, 18.4, 16.2 s; Hugo+Pagefind 10.6, 9.9, 11.0 s". */
    String runs() {
        String ours = String.join(", ", builds.stream().map(b -> seconds(wall(b.stats().orElseThrow()))).toList());
        String theirs = String.join(", ", baselines.stream().map(t -> seconds(t.millis())).toList());
        return ours + " s" + (baselines.isEmpty() ? "" : "; Hugo+Pagefind " + theirs + " s");
    }

    private static long wall(JsonNode stats) {
        return stats.path("millis").asLong();
    }

    private static String seconds(long millis) {
        return String.format(java.util.Locale.ROOT, "%.1f", millis / 1000.0);
    }

    private static <T> T median(List<T> runs, ToLongFunction<T> wall) {
        List<T> sorted = runs.stream().sorted(Comparator.comparingLong(wall)).toList();
        return sorted.get((sorted.size() - 1) / 2);
    }
}
