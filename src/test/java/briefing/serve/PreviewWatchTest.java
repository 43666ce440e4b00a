package briefing.serve;

import briefing.Project;
import io.methvin.watcher.DirectoryWatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A portal kept apart from the engine previews edits to its own files and to the engine's templates and assets; the
 * native watcher reports them, and editors' files are no change.
 */
class PreviewWatchTest {
    @TempDir
    Path tmp;

    @Test
    void watchesThePortalsContentAndEveryLayerOfTemplatesAndAssets() throws Exception {
        Path engine = tmp.resolve("engine"), portal = tmp.resolve("portal");
        Files.createDirectories(portal.resolve("templates"));
        Project p = new Project(portal, engine);
        assertEquals(List.of(portal.resolve("content"), portal.resolve("i18n"), engine.resolve("templates"), portal.resolve("templates"),
                engine.resolve("assets")), PreviewServer.watched(p));
    }

    @Test
    void changesReachTheWatcherButEditorFilesDoNot() throws Exception {
        Path content = Files.createDirectories(tmp.resolve("content/sources/a"));
        BlockingQueue<Set<Path>> bursts = new LinkedBlockingQueue<>();
        DirectoryWatcher watcher = new Watcher(List.of(tmp.resolve("content"), tmp.resolve("i18n")), bursts::add).start();
        try {
            for (String name : List.of("summary.md~", ".facts.yaml.swp", "#facts.yaml#", ".#facts.yaml", ".DS_Store", "Thumbs.db")) {
                Files.writeString(content.resolve(name), "x");
            }
            Path summary = content.resolve("summary.md");
            Files.writeString(summary, "A summary.");
            Set<Path> changed = new TreeSet<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!changed.contains(summary) && System.nanoTime() < deadline) {
                Set<Path> b = bursts.poll(100, TimeUnit.MILLISECONDS);
                if (b != null) changed.addAll(b);
            }
            Thread.sleep(200);
            bursts.forEach(changed::addAll);
            assertEquals(Set.of(summary), changed);
        } finally {
            watcher.close();
        }
    }

    @Test
    void editorFilesChangeNothing() {
        Project p = new Project(tmp, tmp);
        assertTrue(Changes.of(p, List.of(p.content().resolve("sources/a/summary.md~"), p.content().resolve("actors/.#kidal.yaml"),
                p.content().resolve(".DS_Store"))).isEmpty());
        assertTrue(Changes.of(p, List.of(p.content().resolve("sources/a/summary.md"))).content());
    }

    @Test
    void aPortalInsideTheEngineIsWatchedOnce() {
        Project p = new Project(tmp, tmp);
        assertEquals(List.of(tmp.resolve("content"), tmp.resolve("i18n"), tmp.resolve("templates"), tmp.resolve("assets")),
                PreviewServer.watched(p));
    }
}
