package briefing.serve;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders (and every folder created inside them) and hands {@code onChange} the paths that changed once a
 * burst of changes has settled, so that an editor's save-all triggers one rebuild, not ten. When the system lost
 * events (overflow), the watched folder itself is reported: everything in it may have changed.
 */
final class Watcher implements Runnable {
    /** Quiet time that ends a burst: an editor's save is a few events within a few milliseconds. */
    private static final long SETTLE_MS = 30;

    private final List<Path> roots;
    private final Consumer<Set<Path>> onChange;

    Watcher(List<Path> roots, Consumer<Set<Path>> onChange) {
        this.roots = roots;
        this.onChange = onChange;
    }

    @Override
    public void run() {
        try (WatchService ws = FileSystems.getDefault().newWatchService()) {
            for (Path r : roots) register(ws, r);
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = ws.take();
                Set<Path> changed = new LinkedHashSet<>();
                drain(ws, key, changed);
                WatchKey more;
                while ((more = ws.poll(SETTLE_MS, TimeUnit.MILLISECONDS)) != null) drain(ws, more, changed);
                if (!changed.isEmpty()) onChange.accept(changed);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            System.err.println("watching stopped: " + e.getMessage());
        }
    }

    private void drain(WatchService ws, WatchKey key, Set<Path> changed) throws IOException {
        Path dir = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.add(dir);
                continue;
            }
            Path child = dir.resolve((Path) event.context());
            changed.add(child);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(child)) register(ws, child);
        }
        key.reset();
    }

    private static void register(WatchService ws, Path root) throws IOException {
        if (!Files.isDirectory(root)) return;
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                d.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }
}
