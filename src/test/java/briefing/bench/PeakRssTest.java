package briefing.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The peak resident set of the processes the bench starts, read from Linux's /proc. */
class PeakRssTest {
    @Test
    void theHighWaterMarkIsReadFromAStatusText() {
        String status = "Name:\tjava\nVmPeak:\t 9999999 kB\nVmHWM:\t  808052 kB\nVmRSS:\t  790000 kB\n";
        assertEquals(808_052, PeakRss.highWaterKb(status));
        assertEquals(0, PeakRss.highWaterKb("Name:\tkthreadd\nState:\tS (sleeping)\n"), "a kernel thread has no resident set");
    }

    @Test
    void aChildProcessIsWatchedByItsCommandName() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/status")) && Files.isExecutable(Path.of("/bin/sh")), "Linux only");
        // a shell that starts a second process and waits for it: both are seen, each under its own name
        Process p = new ProcessBuilder("/bin/sh", "-c", "sleep 1; exit 0").start();
        String shellName = Path.of(p.info().command().orElseThrow()).getFileName().toString(); // sh, or what it links to (dash)
        long sleep;
        long shell;
        try (PeakRss memory = PeakRss.watch(p)) {
            assertEquals(0, p.waitFor());
            sleep = memory.peakKb("sleep");
            shell = memory.peakKb(shellName);
        }
        assertTrue(sleep > 0, "the child's peak: " + sleep);
        assertTrue(shell > 0, "the process's own peak: " + shell);
        assertEquals(0, PeakRss.highWaterKb(Long.MAX_VALUE), "no such process");
    }
}
