package briefing.serve;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** Milliseconds per step of an update, for the terminal and the bench. */
final class Laps {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final StringBuilder b = new StringBuilder();
    private long last = System.nanoTime();
    private final long cpu = THREADS.getCurrentThreadCpuTime();

    /** Ends the step called {@code what}: its time is the time since the last step ended (or since the laps began). */
    void lap(String what) {
        long now = System.nanoTime();
        if (!b.isEmpty()) b.append(", ");
        b.append(what).append(' ').append((now - last) / 1_000_000).append(" ms");
        last = now;
    }

    /** The steps' times, then the CPU time of this thread (steady on a shared machine, where wall time is not). */
    @Override
    public String toString() {
        return b + "; cpu " + (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000 + " ms";
    }
}
