package briefing.serve;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.OptionalInt;

/** Which ports of the loopback interface the preview can listen on, checked before anything is built. */
public final class Ports {
    /** How far above a busy port to look for a free one to suggest. */
    private static final int SEARCH = 50;

    private Ports() {
    }

    /** Thrown when the preview's port is taken; says which port to try instead. */
    public static final class InUse extends IOException {
        private final int port;
        private final OptionalInt free;

        InUse(int port, OptionalInt free, Throwable cause) {
            super(message(port, free), cause);
            this.port = port;
            this.free = free;
        }

        public int port() {
            return port;
        }

        /** A port near the busy one that was free when it was checked. */
        public OptionalInt free() {
            return free;
        }

        private static String message(int port, OptionalInt free) {
            return free.isPresent() ? "port %d is in use; try --port %d".formatted(port, free.getAsInt())
                    : "port %d is in use; try another one with --port (or --port 0 for any free one)".formatted(port);
        }
    }

    /** Whether {@code port} can be listened on at the loopback address now. */
    public static boolean isFree(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The first free port above {@code port}, if one is free among the next few. */
    public static OptionalInt freeAbove(int port) {
        for (int p = port + 1; p <= Math.min(65535, port + SEARCH); p++) if (isFree(p)) return OptionalInt.of(p);
        return OptionalInt.empty();
    }

    /** The exception to throw for a port found busy (by a check or by a failed bind). */
    static InUse inUse(int port, BindException cause) {
        return new InUse(port, freeAbove(port), cause);
    }
}
