package briefing.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pagefind's service indexes pages handed over as they are written (here, fictional pages in two languages): every
 * page added is indexed, parts done out of order reach the index in their order, and the same pages in the same order
 * give the same index, byte for byte.
 */
class SearchStreamTest {
    @TempDir
    Path work;

    private static byte[] page(String lang, int n) {
        return ("<!doctype html><html lang=\"" + lang + "\"><head><title>Page " + n + "</title></head><body><main data-pagefind-body>"
                + "<h1>Fictional page " + n + "</h1><p>Words of page " + n + ", " + (n % 2 == 0 ? "even" : "odd") + ", naïve café.</p>"
                + "</main></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    /** Part number {@code part} of 40 pages: ten pages, in English up to page 29, then in French. */
    private static List<Map.Entry<String, byte[]>> part(int part) {
        List<Map.Entry<String, byte[]>> pages = new ArrayList<>();
        for (int n = part * 10; n < part * 10 + 10; n++) {
            pages.add(Map.entry((n < 30 ? "" : "fr/") + "p/" + n + ".html", page(n < 30 ? "en" : "fr", n)));
        }
        return pages;
    }

    /** Indexes 40 pages in four parts handed over in the order given; returns the index's files and their bytes. */
    private Map<String, String> index(Path site, int... partsDone) throws Exception {
        return bundled(site, SearchStream.PAGES_PER_BUNDLE, partsDone);
    }

    /** The same, with at most {@code perBundle} pages in a bundle. */
    private Map<String, String> bundled(Path site, int perBundle, int... partsDone) throws Exception {
        return bundled(site, perBundle, SearchStream.BYTES_PER_BUNDLE, partsDone);
    }

    /** The same, with at most {@code perBundle} pages and {@code perBundleBytes} bytes of them in a bundle. */
    private Map<String, String> bundled(Path site, int perBundle, long perBundleBytes, int... partsDone) throws Exception {
        SearchStream stream = SearchStream.start(site, perBundle, perBundleBytes);
        SearchStream.InOrder feed = stream.inOrder();
        for (int part : partsDone) feed.done(part, part(part));
        assertEquals("Indexed 40 pages", stream.finish());
        return files(site);
    }

    /** The files under {@code site} and their bytes (Base64). */
    private static Map<String, String> files(Path site) throws java.io.IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(site)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(f).toString(), java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(f)));
            }
        }
        return files;
    }

    @Test
    void everyPageIsIndexedInThePartsOrderWhateverOrderTheyAreDoneIn() throws Exception {
        Map<String, String> inOrder = index(work.resolve("a"), 0, 1, 2, 3);
        Map<String, String> outOfOrder = index(work.resolve("b"), 2, 0, 3, 1);
        JsonNode languages = new ObjectMapper().readTree(work.resolve("a/pagefind/pagefind-entry.json").toFile()).path("languages");
        assertEquals(30, languages.path("en").path("page_count").asInt(), languages.toString());
        assertEquals(10, languages.path("fr").path("page_count").asInt(), languages.toString());
        assertTrue(inOrder.keySet().stream().anyMatch(f -> f.contains("fragment")), "fragments written: " + inOrder.keySet());
        assertEquals(inOrder, outOfOrder, "the same index, byte for byte");
    }

    /** A build says when no page will come, so that Pagefind writes while it goes on: the same index, and no page after. */
    @Test
    void anIndexCompletedBeforeItsFinishIsTheSameAndTakesNoMorePages() throws Exception {
        Map<String, String> finished = index(work.resolve("finished"), 0, 1, 2, 3);
        Path site = work.resolve("completed");
        SearchStream stream = SearchStream.start(site, SearchStream.PAGES_PER_BUNDLE);
        SearchStream.InOrder feed = stream.inOrder();
        for (int part = 0; part < 4; part++) feed.done(part, part(part));
        stream.complete();
        stream.complete(); // once is enough
        IllegalStateException late = assertThrows(IllegalStateException.class, () -> stream.add("p/40.html", page("en", 40)));
        assertTrue(late.getMessage().contains("p/40.html"), late.getMessage());
        assertEquals("Indexed 40 pages", stream.finish());
        assertEquals(finished, files(site), "the same index, byte for byte");
    }

    @Test
    void aSiteWithMorePagesThanABundleHoldsIsIndexedInSeveralListedWithTheirLanguages() throws Exception {
        Map<String, String> one = index(work.resolve("one"), 0, 1, 2, 3);
        assertEquals(List.of("pagefind/"), Bundles.list(work.resolve("one")), "one bundle when the pages fit");
        Map<String, String> split = bundled(work.resolve("split"), 12, 3, 1, 0, 2);
        assertEquals(split, bundled(work.resolve("again"), 12, 0, 1, 2, 3), "the same bundles, byte for byte");
        Path site = work.resolve("split");
        assertEquals(List.of("pagefind/", "pagefind-2/", "pagefind-3/", "pagefind-4/"), Bundles.list(site));
        JsonNode manifest = new ObjectMapper().readTree(site.resolve(Bundles.MANIFEST).toFile());
        assertEquals("[\"en\"]", manifest.at("/bundles/0/languages").toString(), "pages 0-11: English");
        assertEquals("[\"en\",\"fr\"]", manifest.at("/bundles/2/languages").toString(), "pages 24-35: both");
        assertEquals("[\"fr\"]", manifest.at("/bundles/3/languages").toString(), "pages 36-39: French");
        int pages = 0;
        for (String bundle : Bundles.list(site)) {
            JsonNode entry = new ObjectMapper().readTree(site.resolve(bundle + "pagefind-entry.json").toFile());
            for (JsonNode language : entry.path("languages")) pages += language.path("page_count").asInt();
        }
        assertEquals(40, pages, "every page in one bundle");
        assertTrue(one.size() < split.size(), "more files in four bundles than in one");
    }

    /** Pagefind's memory grows with the text it holds: a bundle also closes before the page that would take it past its bytes. */
    @Test
    void aBundleClosesAtItsBytesAsWellAsAtItsPages() throws Exception {
        long firstTen = 0; // pages 0-9, as Pagefind gets them; each later page is longer (its number has two digits)
        for (int n = 0; n < 10; n++) firstTen += PageDigest.of(page("en", n)).length;
        Path site = work.resolve("bytes");
        Map<String, String> split = bundled(site, SearchStream.PAGES_PER_BUNDLE, firstTen, 0, 1, 2, 3);
        List<Integer> counts = new ArrayList<>();
        for (String bundle : Bundles.list(site)) {
            JsonNode entry = new ObjectMapper().readTree(site.resolve(bundle + "pagefind-entry.json").toFile());
            int pages = 0;
            for (JsonNode language : entry.path("languages")) pages += language.path("page_count").asInt();
            counts.add(pages);
        }
        assertEquals(10, counts.get(0), "the first ten pages fill the first bundle: " + counts);
        assertTrue(counts.size() == 5 && counts.subList(1, 4).stream().allMatch(c -> c == 9), "nine longer pages a bundle after it: " + counts);
        assertEquals(40, counts.stream().mapToInt(Integer::intValue).sum(), "every page in one bundle: " + counts);
        assertEquals(split, bundled(work.resolve("bytes-again"), SearchStream.PAGES_PER_BUNDLE, firstTen, 3, 2, 1, 0),
                "the same bundles, byte for byte");
    }

    @Test
    void anIndexOfTheWholeSiteReplacesABuildsBundles() throws Exception {
        Path site = work.resolve("site");
        bundled(site, 12, 0, 1, 2, 3);
        Files.createDirectories(site.resolve("p"));
        Files.write(site.resolve("p/1.html"), page("en", 1));
        SearchIndexer.index(site, List.of("p/1.html"));
        assertEquals(List.of("pagefind/"), Bundles.list(site));
        assertTrue(Files.notExists(site.resolve("pagefind-2")), "the build's other bundles are gone");
    }

    @Test
    void aPageTheServiceCannotTakeFailsTheIndexInWords() throws Exception {
        Path file = work.resolve("not-a-folder");
        Files.writeString(file, "a file where the site's folder should be");
        SearchStream stream = SearchStream.start(file);
        stream.add("p/1.html", page("en", 1));
        SearchException e = assertThrows(SearchException.class, stream::finish);
        assertTrue(e.getMessage().startsWith("Pagefind failed indexing " + file), e.getMessage());
    }
}
