package briefing.serve;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders (and every folder created inside them) and calls {@code onChange} once a burst of changes has
 * settled, so that an editor's save-all triggers one rebuild, not ten.
 */
final class Watcher implements Runnable {
    private static final long SETTLE_MS = 200;

    private final List<Path> roots;
    private final Runnable onChange;

    Watcher(List<Path> roots, Runnable onChange) {
        this.roots = roots;
        this.onChange = onChange;
    }

    @Override
    public void run() {
        try (WatchService ws = FileSystems.getDefault().newWatchService()) {
            for (Path r : roots) register(ws, r);
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = ws.take();
                boolean changed = drain(ws, key);
                // let the burst settle
                WatchKey more;
                while ((more = ws.poll(SETTLE_MS, TimeUnit.MILLISECONDS)) != null) changed |= drain(ws, more);
                if (changed) onChange.run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            System.err.println("watching stopped: " + e.getMessage());
        }
    }

    private boolean drain(WatchService ws, WatchKey key) throws IOException {
        Path dir = (Path) key.watchable();
        boolean changed = false;
        for (var event : key.pollEvents()) {
            changed = true;
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                Path child = dir.resolve((Path) event.context());
                if (Files.isDirectory(child)) register(ws, child);
            }
        }
        key.reset();
        return changed;
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
