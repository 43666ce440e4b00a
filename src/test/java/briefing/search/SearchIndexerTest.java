package briefing.search;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Pagefind is told to read only the folders that hold the pages search finds. */
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
}
