package briefing.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The peak resident memory of a process the bench starts and of the processes it starts in turn (the build's Pagefind),
 * by command name, as Linux's /proc tells it: each process's high-water mark (VmHWM), read every 20 ms while the process
 * runs, so that a process's growth in its last 20 ms may be missed. Nothing (0) off Linux.
 */
final class PeakRss implements AutoCloseable {
    private static final long POLL_MILLIS = 20;

    private final ProcessHandle root;
    private final Map<String, Long> peaks = new ConcurrentHashMap<>();
    private final Thread poller;
    private volatile boolean stopped;

    private PeakRss(ProcessHandle root) {
        this.root = root;
        this.poller = new Thread(this::pollUntilStopped, "bench-peak-rss");
        poller.setDaemon(true);
        poller.start();
    }

    /** Watches {@code process} and its descendants until {@link #close()}. */
    static PeakRss watch(Process process) {
        return new PeakRss(process.toHandle());
    }

    private void pollUntilStopped() {
        while (!stopped) {
            poll();
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void poll() {
        Stream.concat(Stream.of(root), root.descendants()).forEach(h -> {
            String name = h.info().command().map(c -> Path.of(c).getFileName().toString()).orElse("");
            long kb = highWaterKb(h.pid());
            if (!name.isEmpty() && kb > 0) peaks.merge(name, kb, Math::max);
        });
    }

    /** The largest peak, in KB, of the processes whose command's file name starts with {@code name} (0 if none was seen). */
    long peakKb(String name) {
        return peaks.entrySet().stream().filter(e -> e.getKey().startsWith(name)).mapToLong(Map.Entry::getValue).max().orElse(0);
    }

    @Override
    public void close() {
        poll(); // whatever is still running
        stopped = true;
        poller.interrupt();
    }

    /** A process's peak resident set in KB (VmHWM in /proc/pid/status), 0 if it is gone or the platform does not say. */
    static long highWaterKb(long pid) {
        try {
            return highWaterKb(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The VmHWM line of a /proc status text, in KB; 0 without one. */
    static long highWaterKb(String status) {
        return status.lines().filter(l -> l.startsWith("VmHWM:")).findFirst()
                .map(l -> Long.parseLong(l.substring("VmHWM:".length()).replaceAll("\\D", ""))).orElse(0L);
    }
}
