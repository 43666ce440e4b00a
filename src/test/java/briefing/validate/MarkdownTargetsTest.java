package briefing.validate;

import briefing.ContentTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Links and images in Markdown that only the finished site's check would catch are reported where they are written. */
class MarkdownTargetsTest {
    @TempDir
    Path tmp;

    @Test
    void anImageFromAnotherSiteIsAnErrorAtItsPosition() {
        ContentTree t = ContentTree.minimal(tmp).replace("sources/beta-2019/summary.md", "MINUSMA was attacked in Kidal.",
                "MINUSMA was attacked in Kidal.\n\nA map: ![the region](https://maps.example/kidal.png) here.");
        List<String> m = t.messages();
        assertEquals(List.of("content/sources/beta-2019/summary.md:3:8: error: image 'https://maps.example/kidal.png' from another"
                + " site: pages load nothing from other origins; link to it instead: [what it shows](https://maps.example/kidal.png)"), m);
    }

    @Test
    void aMalformedAddressIsAnErrorInSummariesAndPages() {
        ContentTree t = ContentTree.minimal(tmp).replace("sources/beta-2019/summary.md", "MINUSMA was attacked in Kidal.",
                "MINUSMA was attacked in Kidal, see <https://example.org/a\"b>.");
        List<String> m = t.messages();
        assertEquals(1, m.size(), m::toString);
        assertTrue(m.get(0).startsWith("content/sources/beta-2019/summary.md:1:36: error: malformed address 'https://example.org/a\"b'"
                + " in a link; write the full address without spaces, quotes or brackets"), m::toString);
    }

    @Test
    void aJavascriptLinkIsAWarningAndWebLinksAreFine() {
        ContentTree t = ContentTree.minimal(tmp).replace("sources/beta-2019/summary.md", "MINUSMA was attacked in Kidal.",
                "MINUSMA was attacked in Kidal ([report](https://example.org/r), [mail](mailto:a@example.org), [[kidal]]).\n\n"
                        + "Then [click](javascript:alert(1)) and [rel](../timeline/index.html).");
        List<String> w = Validator.validate(t.load().corpus()).stream().map(Object::toString).filter(s -> s.contains("link")).toList();
        assertEquals(List.of("content/sources/beta-2019/summary.md:3:6: warning: link 'javascript:alert(1)' is not a web address:"
                + " only its text is shown; link with https://, http:// or mailto:, or remove the link"), w);
    }

    @Test
    void aLinkToAMarkdownFileOrOutOfTheSiteIsAnError() {
        ContentTree t = ContentTree.minimal(tmp).replace("sources/beta-2019/summary.md", "MINUSMA was attacked in Kidal.",
                "MINUSMA was attacked in Kidal ([method](../pages/methodology.md), [up](../../x.html), [ok](../timeline/index.html)).");
        assertEquals(List.of("content/sources/beta-2019/summary.md:1:32: error: link '../pages/methodology.md' leads to a Markdown"
                        + " file, which the site does not have; link a page as [text](../pages/methodology.html) and an actor or place as [[id]]",
                "content/sources/beta-2019/summary.md:1:67: error: link '../../x.html' leads outside the site; links between pages are"
                        + " relative to this page (sources/beta-2019.html), e.g. [text](../timeline/index.html), or [[id]] for an actor or place"),
                t.messages());
    }

    @Test
    void frontMatterIsAnError() {
        ContentTree t = ContentTree.minimal(tmp);
        t.write("sources/beta-2019/summary.md", "---\ntitle: Beta\ndate: 2019-01-28\n---\n" + t.read("sources/beta-2019/summary.md"));
        assertEquals(List.of("content/sources/beta-2019/summary.md:1:1: error: front matter (lines 1-4 between '---') is not read:"
                + " this file is plain Markdown; delete those lines (a source's title and date belong in source.yaml)"), t.messages());
        // a thematic break between paragraphs is Markdown, not front matter
        t.write("sources/beta-2019/summary.md", "---\n\nMINUSMA was attacked in Kidal.\n\n---\n\nMore.\n");
        assertEquals(List.of(), t.messages());
    }

    @Test
    void anAbsoluteLinkIsAnError() {
        ContentTree t = ContentTree.minimal(tmp).replace("sources/beta-2019/summary.md", "MINUSMA was attacked in Kidal.",
                "MINUSMA was attacked in [Kidal](/test/places/kidal.html).");
        assertEquals(List.of("content/sources/beta-2019/summary.md:1:25: error: link '/test/places/kidal.html' is absolute, but the site"
                + " moves (the preview serves it at /, GitHub Pages under its base path); make it relative to this page"
                + " (sources/beta-2019.html), e.g. [text](../timeline/index.html)"), t.messages());
    }
}
