package briefing.search;

import briefing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page made lighter for Pagefind leaves out only the inline tags Pagefind has no use for, and Pagefind writes the same
 * index of the lighter pages as of the pages themselves, byte for byte (the fixtures' portals, in one and two languages).
 */
class PageDigestTest {
    @TempDir
    Path work;

    private static String digest(String html) {
        return new String(PageDigest.of(html.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void inlineTagsWithoutAnIdOrASearchAttributeAreLeftOutTheirTextKept() {
        assertEquals("<p>In Gao, on 2 May 2019, the UN said.</p>",
                digest("<p>In <a href=\"places/gao.html\" class=\"xref\">Gao</a>, on <time datetime=\"2019-05-02\">2 May 2019</time>, "
                        + "the <span class='x'><strong>UN</strong></span> said.</p>"));
        assertEquals("<h2 id=\"t\">A <a id=\"k\" href=\"#k\">kept</a> <span data-pagefind-filter=\"actor\">link</span> and text</h2>",
                digest("<h2 id=\"t\">A <a id=\"k\" href=\"#k\">kept</a> <span data-pagefind-filter=\"actor\">link</span> <em>and</em> text</h2>"));
    }

    @Test
    void nestedTagsOfOneNameCloseInTheirOrder() {
        assertEquals("<div><span id=\"o\">a b c</span></div>", digest("<div><span id=\"o\">a <span>b</span> c</span></div>"));
        assertEquals("<div>a <span id=\"i\">b</span> c</div>", digest("<div><span>a <span id=\"i\">b</span> c</span></div>"));
    }

    @Test
    void otherTagsCommentsScriptsAndOddMarkupGoThroughAsTheyAre() {
        String kept = "<!doctype html><html lang=\"ar\"><head><title>a <b> title</title>"
                + "<script>if (a<b) document.write('<a href=x>y</a>')</script></head>"
                + "<body><!-- <a>not a tag</a> --><bdi>بعثة</bdi> <mark>联合国</mark><br><img src=\"m.png\" alt=\"map\">"
                + "<p>1 < 2 and 3 > 2</p><div title=\"a > b\">x</div></body></html>";
        assertEquals(kept, digest(kept));
        assertEquals("<P>Upper case</P>", digest("<P><A HREF=\"x\">Upper</A> <SPAN>case</SPAN></P>"));
        assertEquals("<p>a title=\"x > y\" b</p>", digest("<p><a title=\"x > y\">a title=\"x > y\"</a> <i title='>'>b</i></p>"));
    }

    @Test
    void whatPagefindIgnoresAndTheChromeAroundTheSearchedElementAreLeftOutWhole() {
        String page = "<html><head><title>T</title><meta data-pagefind-filter=\"type[content]\" content=\"Source\"></head><body>"
                + "<header id=\"top\"><nav><a href=\"/\">Home</a><div><div>deep</div></div></nav></header>"
                + "<main data-pagefind-body><h1>Title</h1><p>Kept <span class=\"l\" data-pagefind-ignore>label</span> text</p>"
                + "<ol class=\"events\" data-pagefind-ignore><li id=\"e1\"><ol><li>nested</li></ol></li></ol>"
                + "<section data-pagefind-ignore><script>var s = '</section>';</script><!-- </section> -->x</section>"
                + "<p data-pagefind-ignore>a paragraph's end tag may be left out, so it stays</p></main>"
                + "<footer><p>Made with care</p></footer><script>var x;</script></body></html>";
        assertEquals("<html><head><title>T</title><meta data-pagefind-filter=\"type[content]\" content=\"Source\"></head><body>"
                + "<main data-pagefind-body><h1>Title</h1><p>Kept  text</p>"
                + "<p data-pagefind-ignore>a paragraph's end tag may be left out, so it stays</p></main>"
                + "<script>var x;</script></body></html>", digest(page));
    }

    @Test
    void whatPagefindMayReadIsKeptWherePagefindMightReadIt() {
        // a filter, a first heading or an image (Pagefind's default title and image) in chrome or in ignored content
        for (String kept : List.of("<div data-pagefind-ignore><span data-pagefind-filter=\"actor\">UN</span></div>",
                "<div data-pagefind-ignore><h1>The title</h1></div>", "<div data-pagefind-ignore><img src=\"m.png\" alt=\"\"></div>",
                "<ul data-pagefind-ignore><li data-pagefind-meta=\"date:2019\">x</li></ul>",
                "<div data-pagefind-ignore><SPAN DATA-PAGEFIND-SORT=\"year:2019\">x</SPAN></div>")) {
            assertEquals("<body><main data-pagefind-body>" + kept + "</main></body>", digest("<body><main data-pagefind-body>" + kept + "</main></body>"));
            assertEquals("<body>" + kept + "<main data-pagefind-body>x</main></body>", digest("<body>" + kept + "<main data-pagefind-body>x</main></body>"));
        }
        // two searched elements, or none: the chrome is not known, and stays
        String two = "<body><nav>n</nav><main data-pagefind-body>a</main><div data-pagefind-body>b</div></body>";
        assertEquals(two, digest(two));
        assertEquals("<body><nav>n</nav><p>none</p></body>", digest("<body><nav>n</nav><p>none</p></body>"));
        // an element that does not end is not cut at all
        assertEquals("<body><main data-pagefind-body>x</main><div>open", digest("<body><main data-pagefind-body>x</main><div>open"));
        assertEquals("<div>a <div data-pagefind-ignore>b", digest("<div>a <div data-pagefind-ignore>b"));
    }

    @Test
    void pagefindIndexesTheLighterPagesAsThePagesThemselves() throws Exception {
        for (String fixture : List.of(Fixtures.RICH, Fixtures.BILINGUAL)) {
            Path site = Fixtures.build(fixture, work.resolve(fixture));
            Map<String, byte[]> pages = new TreeMap<>();
            try (Stream<Path> all = Files.walk(site)) {
                for (Path f : all.filter(p -> p.toString().endsWith(".html")).toList()) {
                    byte[] html = Files.readAllBytes(f);
                    if (new String(html, StandardCharsets.UTF_8).contains("data-pagefind-body")) {
                        pages.put(site.relativize(f).toString().replace('\\', '/'), html);
                    }
                }
            }
            assertTrue(pages.size() > 20, fixture + ": pages to be found: " + pages.size());
            int lighter = pages.values().stream().mapToInt(h -> h.length - PageDigest.of(h).length).sum();
            assertTrue(lighter > 0, fixture + ": the digests leave tags out");
            long chromeLeft = pages.values().stream().filter(h -> new String(PageDigest.of(h), StandardCharsets.UTF_8).contains("<header class=\"site-header\"")).count();
            assertEquals(0, chromeLeft, fixture + ": the site's header is left out of every page");
            String ignoredList = "(?s).*<(nav|ol|section|span)[^>]*data-pagefind-ignore.*";
            long ignored = pages.values().stream().filter(h -> new String(h, StandardCharsets.UTF_8).matches(ignoredList)).count();
            assertTrue(ignored > pages.size() / 2, fixture + ": pages with ignored lists and sections: " + ignored);
            long ignoredLeft = pages.values().stream().filter(h -> new String(PageDigest.of(h), StandardCharsets.UTF_8)
                    .matches(ignoredList)).count();
            assertTrue(ignoredLeft < pages.size() / 10, fixture + ": ignored lists and sections are left out: " + ignoredLeft + " pages keep one");
            Map<String, String> whole = index(pages, false, work.resolve(fixture + "-whole"));
            Map<String, String> digests = index(pages, true, work.resolve(fixture + "-digests"));
            assertTrue(whole.keySet().stream().anyMatch(f -> f.contains("fragment")), fixture + ": an index with fragments");
            assertEquals(whole, digests, fixture + ": the same index, byte for byte");
        }
    }

    /** One Pagefind service fed the pages (or their digests) in order; the bundle's files and their bytes. */
    private static Map<String, String> index(Map<String, byte[]> pages, boolean digested, Path folder) throws Exception {
        try (PagefindService service = PagefindService.start(SearchIndexer.binary())) {
            pages.forEach((url, html) -> service.add(url, digested ? PageDigest.of(html) : html));
            service.write(folder);
            assertEquals(null, service.awaitWritten());
        }
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(f).toString(), java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(f)));
            }
        }
        return files;
    }
}
