package briefing.check;

import briefing.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The link check's one-pass reader finds what jsoup's selectors find, on every page of a built fixture portal. */
class HtmlScanTest {
    private static final String LOADING = "(?i)^(stylesheet|icon|preload|modulepreload|manifest|prefetch)$";

    @TempDir
    Path work;

    @Test
    void readsEveryPageOfABuiltPortalAsJsoupDoes() throws Exception {
        Path site = Fixtures.build(Fixtures.RICH, work);
        List<Path> pages;
        try (Stream<Path> s = Files.walk(site)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() > 20, "the fixture has pages");
        int refs = 0;
        for (Path page : pages) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            HtmlScan.Result scan = HtmlScan.scan(html);
            Document doc = Jsoup.parse(html);
            assertEquals(jsoupIds(doc), scan.ids(), page + ": ids");
            assertEquals(jsoupRefs(doc), scan.refs(), page + ": references");
            refs += scan.refs().size();
        }
        assertTrue(refs > 500, "the pages link to each other");
    }

    @Test
    void skipsCommentsScriptsAndStylesAndDecodesEntities() {
        String html = "<!DOCTYPE html><html><head><style>a[href='x.html']{}</style>"
                + "<script>let s = '<a href=\"nope.html\">';</script><link rel=icon href=\"data:,\">"
                + "<link rel=\"alternate\" href=\"feed.xml\"></head><body><!-- <a href=\"gone.html\"> -->"
                + "<A HREF='a.html?x=1&amp;y=2' id=top>a</A><svg><a href=\"#top\"><text id=\"t\">t</text></a></svg>"
                + "<img src=p.png alt=\"\"><form action=\"search/\"></form><a name=n></a></body></html>";
        HtmlScan.Result scan = HtmlScan.scan(html);
        Document doc = Jsoup.parse(html);
        assertEquals(jsoupIds(doc), scan.ids());
        assertEquals(jsoupRefs(doc), scan.refs());
        assertEquals(Set.of("top", "t", "n"), scan.ids());
        assertEquals("a.html?x=1&y=2", scan.refs().get(1).target());
    }

    private static Set<String> jsoupIds(Document doc) {
        Set<String> out = new HashSet<>();
        doc.select("[id]").forEach(e -> out.add(e.id()));
        doc.select("a[name]").forEach(e -> out.add(e.attr("name")));
        return out;
    }

    private static List<HtmlScan.Ref> jsoupRefs(Document doc) {
        List<HtmlScan.Ref> out = new ArrayList<>();
        for (Element a : doc.select("a[href], area[href], form[action], link[href]:not([rel~=" + LOADING + "])")) {
            out.add(new HtmlScan.Ref(a.hasAttr("action") ? a.attr("action") : a.attr("href"), false));
        }
        for (Element r : doc.select("link[rel~=" + LOADING + "][href], script[src], img[src], source[src], iframe[src], video[src], audio[src], embed[src], object[data]")) {
            out.add(new HtmlScan.Ref(r.hasAttr("href") ? r.attr("href") : r.hasAttr("src") ? r.attr("src") : r.attr("data"), true));
        }
        return out;
    }
}
