package briefing;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times the stages of one build, in order, and what memory each needed at its peak: the process's resident set (read
 * from Linux's /proc, reset at each stage where the kernel allows it, so that each stage's peak is its own) and the
 * Java heap in use (the peaks of the heap's pools, reset at each stage).
 */
public final class Stopwatch {
    /** A stage's peak resident set and peak heap in use, in KB (0 where the platform does not say). */
    public record Memory(long rssKb, long heapKb) {
    }

    private final Map<String, Long> laps = new LinkedHashMap<>();
    private final Map<String, Memory> memory = new LinkedHashMap<>();
    private final List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private long last = System.nanoTime();
    private long peakRssKb;

    Stopwatch() {
        reset();
    }

    /** Ends a stage begun at the last lap; a stage timed more than once (one per language) adds up, its peaks the largest. */
    void lap(String stage) {
        long now = System.nanoTime();
        laps.merge(stage, (now - last) / 1_000_000, Long::sum);
        long rss = rssKb("VmHWM:");
        peakRssKb = Math.max(peakRssKb, rss);
        memory.merge(stage, new Memory(rss, heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1024),
                (a, b) -> new Memory(Math.max(a.rssKb(), b.rssKb()), Math.max(a.heapKb(), b.heapKb())));
        reset();
        last = System.nanoTime();
    }

    Map<String, Long> laps() {
        return Collections.unmodifiableMap(laps);
    }

    Map<String, Memory> memory() {
        return Collections.unmodifiableMap(memory);
    }

    /** The peak resident set of the whole build so far (the stages' peaks, and the current one). */
    public static long peakRssKb(Map<String, Memory> stages) {
        long peak = rssKb("VmHWM:");
        for (Memory m : stages.values()) peak = Math.max(peak, m.rssKb());
        return peak;
    }

    private void reset() {
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        try { // "5" resets the peak resident set the kernel keeps for the process (Linux 4.0+)
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | RuntimeException | Error e) {
            // elsewhere, or not allowed: each stage's figure is then the peak so far
        }
    }

    /** A line of /proc/self/status, in KB: VmHWM (the peak resident set), VmRSS; 0 off Linux. */
    private static long rssKb(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field)) return Long.parseLong(line.replaceAll("\\D", ""));
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
