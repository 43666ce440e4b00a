package briefing.serve;

import briefing.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A portal kept apart from the engine previews edits to its own files and to the engine's templates and assets. */
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
    void aPortalInsideTheEngineIsWatchedOnce() {
        Project p = new Project(tmp, tmp);
        assertEquals(List.of(tmp.resolve("content"), tmp.resolve("i18n"), tmp.resolve("templates"), tmp.resolve("assets")),
                PreviewServer.watched(p));
    }
}
