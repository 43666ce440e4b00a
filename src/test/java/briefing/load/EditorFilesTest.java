package briefing.load;

import briefing.ContentTree;
import briefing.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Backups, swap and lock files and folder metadata left by editors and systems are never read as content. */
class EditorFilesTest {
    @TempDir
    Path tmp;

    private static final List<String> LEFT_BEHIND = List.of("summary.md~", ".facts.yaml.swp", "#facts.yaml#", ".#facts.yaml",
            ".DS_Store", "Thumbs.db");

    @Test
    void editorAndSystemFilesAreIgnoredEverywhereInContent() {
        ContentTree t = ContentTree.minimal(tmp);
        String actor = t.read("actors/minusma.yaml");
        for (String folder : List.of("", "sources/", "sources/alpha-2013/", "actors/", "places/", "documents/", "pages/")) {
            for (String name : LEFT_BEHIND) t.write(folder + name, "a: [broken\n");
        }
        t.write("actors/.#ghost.yaml", actor).write("actors/ghost.yaml~", actor).write("pages/.#draft.md", "# Draft\n");
        List<String> problems = t.load().problems().stream().map(Problem::toString).toList();
        assertEquals(List.of(), problems);
        assertFalse(t.load().corpus().actors().containsKey(".#ghost"), "a lock file is not an actor");
        assertFalse(t.load().corpus().pages().containsKey(".#draft"), "a lock file is not a page");
    }

    @Test
    void otherUnexpectedFilesAreStillReported() {
        ContentTree t = ContentTree.minimal(tmp).write("sources/alpha-2013/notes.txt", "notes\n");
        assertTrue(t.load().problems().stream().anyMatch(p -> p.toString().contains("unexpected file in a source folder")));
    }

    @Test
    void namesOfEditorFiles() {
        for (String name : LEFT_BEHIND) assertTrue(EditorFiles.ignored(Path.of("content", name)), name);
        for (String name : List.of("summary.md", "facts.yaml", "kidal.yaml", "overview.md", "a#b.yaml", "site.css"))
            assertFalse(EditorFiles.ignored(Path.of(name)), name);
    }
}
