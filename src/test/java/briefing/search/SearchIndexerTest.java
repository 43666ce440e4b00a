package briefing.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pagefind is told to read only the folders that hold the pages search finds; the pinned executable, checked ahead
 * of time by prepare() or by the index itself, indexes a site.
 */
class SearchIndexerTest {
    @Test
    void theGlobNamesEachFolderOnceInOrderWithTheRootAsItsOwnFiles() {
        assertEquals(Optional.of("{*.html,actors/*.html,timeline/*.html}"), SearchIndexer.glob(Set.of("timeline", "", "actors")));
        assertEquals(Optional.of("{sources/*.html}"), SearchIndexer.glob(Set.of("sources")));
    }

    @Test
    void noFoldersOrNamesAGlobWouldMisreadMeanEveryPage() {
        assertEquals(Optional.empty(), SearchIndexer.glob(Set.of()));
        assertEquals(Optional.empty(), SearchIndexer.glob(Set.of("actors", "a{b}")));
        assertEquals(Optional.empty(), SearchIndexer.glob(Set.of("pages", "x*")));
    }

    @Test
    void thePinnedPagefindIndexesASitePreparedOrNot(@TempDir Path site) throws Exception {
        Files.writeString(site.resolve("index.html"), "<!doctype html><html lang=\"en\"><head><title>One</title></head>"
                + "<body><main data-pagefind-body><h1>One page</h1><p>Fictional words to find.</p></main></body></html>");
        SearchIndexer.prepare();
        assertEquals("Indexed 1 page", SearchIndexer.index(site, Set.of("")));
        assertTrue(Files.isRegularFile(site.resolve("pagefind/pagefind.js")), "the index is in the site");
        assertEquals("Indexed 1 page", SearchIndexer.index(site), "nothing prepared: checked by the index itself");
    }
}
