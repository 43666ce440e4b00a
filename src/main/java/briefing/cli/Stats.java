package briefing.cli;

import briefing.Briefing;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.stream.Collectors;

/**
 * One JSON line about a finished build: pages, wall and CPU time, stage times, peak resident and heap memory (the whole
 * build's), and each stage's peak resident and heap memory ({@code stageMemory}).
 */
final class Stats {
    private Stats() {
    }

    static String json(Briefing.Report r) {
        // the pools' peaks are reset at each stage: the build's peak is the largest of the stages' and the current one
        long heapKb = Math.max(ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1024,
                r.stageMemory().values().stream().mapToLong(briefing.Stopwatch.Memory::heapKb).max().orElse(0));
        String stages = r.stageMillis().entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .collect(Collectors.joining(","));
        String memory = r.stageMemory().entrySet().stream().map(e -> "\"" + e.getKey() + "\":{\"rssKb\":" + e.getValue().rssKb()
                + ",\"heapKb\":" + e.getValue().heapKb() + "}").collect(Collectors.joining(","));
        return "{\"pages\":" + r.pages() + ",\"reused\":" + r.reused() + ",\"rendered\":" + (r.pages() - r.reused()) + ",\"millis\":"
                + r.millis() + ",\"cpuMillis\":" + cpuMillis() + ",\"peakRssKb\":" + briefing.Stopwatch.peakRssKb(r.stageMemory())
                + ",\"peakHeapKb\":" + heapKb + ",\"stages\":{" + stages + "},\"stageMemory\":{" + memory + "}}";
    }

    /** The CPU time the process used so far, on every core (on a shared machine it varies less than the wall time). */
    private static long cpuMillis() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000 : 0;
    }
}
