package briefing.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkCheckTest {
    @TempDir
    Path site;

    /** The stylesheet every page links to. */
    private void stylesheet() throws IOException {
        Files.createDirectories(site.resolve("css"));
        Files.writeString(site.resolve("css/site.css"), "body{}");
    }

    private void page(String name, String body) throws IOException {
        Path f = site.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, "<!DOCTYPE html><html><head><title>t</title><link rel=\"stylesheet\" href=\"" + "../".repeat(name.split("/").length - 1)
                + "css/site.css\"><link rel=\"canonical\" href=\"https://example.org/x\"></head><body>" + body + "</body></html>");
    }

    @Test
    void aSoundSitePasses() throws IOException {
        stylesheet();
        page("index.html", "<a href=\"actors/a.html#bio\">a</a> <a href=\"#top\" id=\"top\">top</a> <a href=\"https://example.org\">out</a>");
        page("actors/a.html", "<h1 id=\"bio\">A</h1><a href=\"../index.html\">home</a><a href=\"/portal/actors/a.html\">abs</a>");
        page("404.html", "<a href=\"/portal/index.html\">home</a>");
        assertEquals(List.of(), LinkCheck.check(site, "/portal/"));
    }

    @Test
    void everyKindOfBreakageIsNamedOnItsPage() throws IOException {
        stylesheet();
        page("index.html", "<a href=\"actors/gone.html\">gone</a><a href=\"actors/a.html#nowhere\">anchor</a>"
                + "<script src=\"https://cdn.example.org/x.js\"></script><a href=\"/elsewhere/a.html\">abs</a>");
        page("actors/a.html", "<img src=\"../img/missing.png\" alt=\"\">");
        assertEquals(List.of(
                "actors/a.html: broken link '../img/missing.png' (no img/missing.png)",
                "index.html: broken link 'actors/gone.html' (no actors/gone.html)",
                "index.html: broken anchor 'actors/a.html#nowhere' (no id 'nowhere')",
                "index.html: absolute link '/elsewhere/a.html' outside the base path /portal/",
                "index.html: loads 'https://cdn.example.org/x.js' from another origin"), LinkCheck.check(site, "/portal/"));
    }

    @Test
    void pagesFedAsWrittenAreCheckedAsIfReadBackAndTheOthersAreRead() throws IOException {
        stylesheet();
        page("index.html", "<a href=\"actors/a.html#bio\">a</a><a href=\"actors/gone.html\">gone</a>");
        page("actors/a.html", "<h1 id=\"bio\">A</h1><a href=\"../index.html#nowhere\">home</a>");
        page("actors/b.html", "<a href=\"../missing.html\">m</a>");
        List<String> expected = LinkCheck.check(site, "/portal/");
        assertEquals(3, expected.size(), "three problems on disk: " + expected);
        // the same site, two of its pages fed from memory (in another order), the third read from disk by finish()
        LinkCheck streaming = LinkCheck.streaming(site, "/portal/", LinkCheck.filesOf(site));
        streaming.page("actors/a.html", Files.readString(site.resolve("actors/a.html")));
        streaming.page("index.html", Files.readString(site.resolve("index.html")));
        assertEquals(expected, streaming.finish());
        // a page fed from memory is read as fed, not as the file on disk says
        LinkCheck fed = LinkCheck.streaming(site, "/portal/", LinkCheck.filesOf(site));
        fed.page("actors/b.html", "<a href=\"../index.html\">fine</a>");
        assertEquals(List.of(expected.get(0), expected.get(2)), fed.finish(), "b.html as fed has no problem");
    }

    @Test
    void referencesWaitingForAPageAreSettledWhenItIsFedAsAtTheEnd() throws IOException {
        stylesheet();
        page("index.html", "<a href=\"actors/a.html#bio\">a</a><a href=\"actors/a.html#nowhere\">x</a><a href=\"actors/b.html#bio\">b</a>"
                + "<a href=\"actors/a.html#nowhere\">again</a><a href=\"gone.html\">gone</a>");
        page("actors/a.html", "<h1 id=\"bio\">A</h1><a href=\"../index.html\">home</a>");
        page("actors/b.html", "<h1 id=\"other\">B</h1>");
        List<String> expected = LinkCheck.check(site, "/portal/");
        assertEquals(List.of("index.html: broken anchor 'actors/a.html#nowhere' (no id 'nowhere')",
                "index.html: broken anchor 'actors/b.html#bio' (no id 'bio')",
                "index.html: broken anchor 'actors/a.html#nowhere' (no id 'nowhere')",
                "index.html: broken link 'gone.html' (no gone.html)"), expected);
        // index.html first: its links to a.html wait, and are settled when a.html is fed; b.html is read at the end
        LinkCheck streaming = LinkCheck.streaming(site, "/portal/", List.of("css/site.css", "actors/b.html"));
        streaming.page("index.html", Files.readString(site.resolve("index.html")));
        streaming.page("actors/a.html", Files.readString(site.resolve("actors/a.html")));
        assertEquals(expected, streaming.finish());
    }

    @Test
    void pagesFedFromManyThreadsInAnyOrderGiveTheProblemsOfTheSiteOnDisk() throws Exception {
        stylesheet();
        java.util.Random r = new java.util.Random(7);
        int n = 300;
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) names.add((i % 3 == 0 ? "a/" : i % 3 == 1 ? "b/c/" : "") + "p" + i + ".html");
        for (int i = 0; i < n; i++) {
            StringBuilder b = new StringBuilder("<h1 id=\"h" + i + "\">p</h1>");
            String folder = names.get(i).contains("/") ? names.get(i).substring(0, names.get(i).lastIndexOf('/') + 1) : "";
            String up = "../".repeat((int) folder.chars().filter(c -> c == '/').count());
            for (int k = 0; k < 12; k++) {
                int j = r.nextInt(n + 5); // a few beyond the site: broken links
                String to = j < n ? names.get(j) : "missing" + j + ".html";
                String anchor = r.nextInt(4) == 0 ? "" : "#h" + (r.nextInt(10) == 0 ? j + 1 : j); // some broken anchors
                b.append("<a href=\"").append(up).append(to).append(anchor).append("\">x</a>");
            }
            page(names.get(i), b.toString());
        }
        List<String> expected = LinkCheck.check(site, "/portal/");
        assertTrue(expected.size() > 20 && expected.stream().anyMatch(x -> x.contains("broken anchor")), expected.toString());
        for (int round = 0; round < 5; round++) {
            List<String> order = new java.util.ArrayList<>(names);
            java.util.Collections.shuffle(order, new java.util.Random(round));
            LinkCheck streaming = LinkCheck.streaming(site, "/portal/", List.of("css/site.css"));
            order.parallelStream().forEach(name -> streaming.page(name, readUnchecked(site.resolve(name))));
            assertEquals(expected, streaming.finish(), "round " + round);
        }
    }

    private static String readUnchecked(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aLinkRepeatedOnAPageIsReportedEachTimeItIsBroken() throws IOException {
        stylesheet();
        page("actors/a.html", "<h1 id=\"bio\">A</h1>");
        // fed first: a.html is known when index.html's links to it are read, so they are settled on the spot
        LinkCheck check = LinkCheck.streaming(site, "/portal/", List.of("css/site.css"));
        check.page("actors/a.html", Files.readString(site.resolve("actors/a.html")));
        String fine = "<a href=\"actors/a.html#bio\">a</a><a href=\"#top\" id=\"top\">top</a>";
        String broken = "<a href=\"actors/a.html#nowhere\">x</a><a href=\"#gone\">y</a><a href=\"gone.html\">z</a>";
        Files.writeString(site.resolve("index.html"), "");
        check.page("index.html", "<!DOCTYPE html><html><head><title>t</title></head><body>" + fine + broken + fine + broken + "</body></html>");
        assertEquals(List.of(
                "index.html: broken anchor 'actors/a.html#nowhere' (no id 'nowhere')",
                "index.html: broken anchor '#gone' (no id 'gone')",
                "index.html: broken link 'gone.html' (no gone.html)",
                "index.html: broken anchor 'actors/a.html#nowhere' (no id 'nowhere')",
                "index.html: broken anchor '#gone' (no id 'gone')",
                "index.html: broken link 'gone.html' (no gone.html)"), check.finish());
    }

    @Test
    void plainTargetsAreResolvedQuicklyAsAParsedAddressWouldBe() {
        LinkCheck check = LinkCheck.streaming(site, "/portal/", List.of());
        // the common forms take the quick way, to the file a parse gives
        assertEquals(new LinkCheck.Resolution(null, "timeline/2013-01.html", "event-1"),
                LinkCheck.quick("actors/actor-1", "../../timeline/2013-01.html#event-1"));
        assertEquals(new LinkCheck.Resolution(null, "actors/a.html", null), LinkCheck.quick("actors", "a.html"));
        assertEquals(new LinkCheck.Resolution(null, null, "top"), LinkCheck.quick("actors", "#top"));
        int quick = 0;
        for (String folder : List.of("", "actors", "actors/actor-1", "a/b/c")) {
            for (String target : List.of("a.html", "../a.html", "../../a.html", "../../../a.html", "../../../../a.html",
                    "./a.html", "a/./b.html", "a//b.html", "a/../b.html", "a/", "../", "..", ".", "#x", "#", "a.html#",
                    "a.html#x/y", "a.html#x#y", "..a.html", "a..html", "...", "../..", ".../a", "a/..", "~x/y.html",
                    "A-Z_0.9~/x", "../a/", "..#x", "../#x", "a b.html", "//host/a.html", "/portal/a.html", "%41.html")) {
                LinkCheck.Resolution fast = LinkCheck.quick(folder, target);
                if (fast == null) continue;
                quick++;
                assertEquals(check.resolve(folder, target, false), fast, "'" + target + "' from '" + folder + "'");
            }
        }
        assertEquals(true, quick > 40, "most of them took the quick way: " + quick);
    }
}
