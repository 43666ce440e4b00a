package briefing.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview's index: the pinned executable, checked ahead of time by prepare() or by the index itself, indexes the
 * pages named (fictional ones here) as they are on disk; a page that cannot be read fails the index in words.
 */
class SearchIndexerTest {
    private static void page(Path site, String url, String words) throws Exception {
        Files.createDirectories(site.resolve(url).getParent());
        Files.writeString(site.resolve(url), "<!doctype html><html lang=\"en\"><head><title>" + words + "</title></head>"
                + "<body><main data-pagefind-body><h1>" + words + "</h1><p>Fictional words to find.</p></main></body></html>");
    }

    @Test
    void thePinnedPagefindIndexesThePagesNamedPreparedOrNot(@TempDir Path site) throws Exception {
        page(site, "index.html", "One page");
        page(site, "actors/two.html", "Two pages");
        page(site, "actors/list-2.html", "Not named");
        SearchIndexer.prepare();
        assertEquals("Indexed 2 pages", SearchIndexer.index(site, List.of("index.html", "actors/two.html")));
        assertTrue(Files.isRegularFile(site.resolve("pagefind/pagefind.js")), "the index is in the site");
        assertEquals(List.of("pagefind/"), Bundles.list(site));
        assertEquals("Indexed 1 page", SearchIndexer.index(site, List.of("index.html")), "nothing prepared: checked by the index itself");
    }

    @Test
    void aPageThatCannotBeReadFailsTheIndexInWords(@TempDir Path site) {
        SearchException e = assertThrows(SearchException.class, () -> SearchIndexer.index(site, List.of("gone.html")));
        assertTrue(e.getMessage().startsWith("cannot read ") && e.getMessage().contains("gone.html"), e.getMessage());
    }
}
