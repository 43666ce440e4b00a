package briefing.serve;

import briefing.load.EditorFiles;
import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import org.slf4j.helpers.NOPLogger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folders (and every folder created inside them) with the system's own file events on every desktop
 * (io.methvin's directory-watcher: FSEvents on macOS, where the JDK's WatchService polls every 10 seconds; the native
 * API on Windows; inotify on Linux) and hands {@code onChange} the paths that changed once a burst of changes has
 * settled, so that an editor's save-all triggers one rebuild, not ten. Editors' backups, swap and lock files and
 * folder metadata ({@link EditorFiles}) are no change. When the system lost events (overflow), the watched folder
 * itself is reported: everything in it may have changed.
 */
final class Watcher {
    /** Quiet time that ends a burst: an editor's save is a few events within a few milliseconds. */
    private static final long SETTLE_MS = 30;

    private final List<Path> roots;
    private final Consumer<Set<Path>> onChange;
    private final BlockingQueue<Path> changes = new LinkedBlockingQueue<>();

    Watcher(List<Path> roots, Consumer<Set<Path>> onChange) {
        this.roots = roots;
        this.onChange = onChange;
    }

    /**
     * Starts watching the roots that exist: they are registered when this returns, so no later change is missed; their
     * changes are handed on from a thread of their own. Watching stops with the returned watcher.
     */
    DirectoryWatcher start() throws IOException {
        List<Path> existing = roots.stream().filter(Files::isDirectory).toList();
        DirectoryWatcher watcher = DirectoryWatcher.builder().paths(existing).fileHashing(false).logger(NOPLogger.NOP_LOGGER)
                .listener(this::take).build();
        watcher.watchAsync(Watcher::daemon); // registers the folders first, then watches on its own thread
        daemon(this::settle);
        return watcher;
    }

    private static void daemon(Runnable r) {
        Thread t = new Thread(r, "preview-watch");
        t.setDaemon(true);
        t.start();
    }

    private void take(DirectoryChangeEvent e) {
        if (e.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) changes.add(e.rootPath());
        else if (e.path() != null && !EditorFiles.ignored(e.path())) changes.add(e.path());
    }

    /** Hands on each burst of changes once it has settled, until interrupted. */
    private void settle() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Set<Path> changed = new LinkedHashSet<>();
                changed.add(changes.take());
                Path more;
                while ((more = changes.poll(SETTLE_MS, TimeUnit.MILLISECONDS)) != null) changed.add(more);
                onChange.accept(changed);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
