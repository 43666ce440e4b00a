package briefing.emit;

import briefing.Fixtures;
import briefing.i18n.Messages;
import briefing.model.Corpus;
import briefing.model.EdtfDate;
import briefing.model.Source;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Citations say what is known of a source and nothing more: in the page's text, in BibTeX and in CSL-JSON. */
class CitationsTest {
    @TempDir
    static Path tmp;
    static Corpus corpus;

    static Path site;

    @BeforeAll
    static void load() throws Exception {
        corpus = Fixtures.copy(Fixtures.RICH, tmp.resolve("copy")).corpus();
        site = Fixtures.build(Fixtures.RICH, tmp.resolve("build"));
    }

    @Test
    void theBuiltSiteCitesEachSourceAndOffersBothFiles() throws Exception {
        for (Source s : corpus.sources().values()) {
            org.jsoup.nodes.Document page = briefing.BuiltSite.page(site, briefing.model.Urls.source(s.id()));
            assertEquals(Citations.text(s, Messages.english()), page.selectFirst(".citation-text").text());
        }
        String bib = java.nio.file.Files.readString(site.resolve("data/sources.bib"));
        assertEquals(corpus.sources().size(), Pattern.compile("(?m)^@").matcher(bib).results().count());
        assertEquals(corpus.sources().size(), new ObjectMapper().readTree(site.resolve("data/sources.json").toFile()).size());
        org.jsoup.nodes.Document data = briefing.BuiltSite.page(site, briefing.model.Urls.DATA);
        assertEquals(1, data.select("a[download][href=../data/sources.bib]").size(), "the data page offers the BibTeX file");
        assertEquals(1, data.select("a[download][href=../data/sources.json]").size(), "and the CSL-JSON file");
    }

    @Test
    void everyEventFigureAndStatementLinksToItself() {
        int checked = 0;
        for (String f : briefing.SiteContract.htmlFiles(site)) {
            org.jsoup.nodes.Document page = briefing.BuiltSite.page(site, f);
            for (org.jsoup.nodes.Element el : page.select("li.event, table.figures tbody tr, li.statement")) {
                org.jsoup.nodes.Element link = el.selectFirst("a.permalink");
                assertTrue(link != null && !el.id().isEmpty(), f + ": " + el.outerHtml().substring(0, Math.min(200, el.outerHtml().length())));
                assertEquals("#" + el.id(), link.attr("href"), f);
                assertTrue(link.text().length() > "Link to this".length(), "the link says what it links to: " + link.text());
                checked++;
            }
        }
        assertTrue(checked > 50, "events, figures and statements checked: " + checked);
    }

    @Test
    void theFormattedCitationLeavesOutWhatIsUnknown() {
        Messages en = Messages.english();
        boolean sawUnknownAuthor = false;
        for (Source s : corpus.sources().values()) {
            String c = Citations.text(s, en);
            if (s.authors().isEmpty()) {
                sawUnknownAuthor = true;
                assertTrue(c.startsWith("“" + s.title() + "”"), "no author: the title comes first: " + c);
            } else {
                assertTrue(c.startsWith(s.authors().get(0)), c);
            }
            assertTrue(c.contains(s.publisher()), c);
            assertTrue(c.contains(en.date(EdtfDate.parse(s.published().value()))), "the date as known, a window as a window: " + c);
            assertEquals(s.url().isPresent(), c.contains("http"), c);
        }
        assertTrue(sawUnknownAuthor, "the fixture has a source without author");
    }

    @Test
    void bibtexHasOneEntryPerSourceAndNoInventedAuthorOrYear() {
        String bib = Citations.bibtex(corpus.sources().values());
        Matcher entries = Pattern.compile("(?m)^@(article|misc)\\{([a-z0-9-]+),\\n((?:  .*\\n)*)}").matcher(bib);
        int n = 0;
        while (entries.find()) {
            n++;
            Source s = corpus.sources().get(entries.group(2));
            String body = entries.group(3);
            assertEquals(!s.authors().isEmpty(), body.contains("author = "), s.id());
            assertTrue(body.contains("date = {" + EdtfDate.parse(s.published().value()).edtf() + "}"), body);
            assertFalse(body.contains("year = "), "no year beside the EDTF date: " + body);
        }
        assertEquals(corpus.sources().size(), n, bib);
        assertEquals("AT\\&T 50\\% \\#1 a\\_b \\{x\\}", Citations.escape("AT&T 50% #1 a_b {x}"));
    }

    @Test
    void cslJsonHasOneItemPerSourceWithDatesAtTheirPrecision() throws Exception {
        JsonNode items = new ObjectMapper().readTree(Citations.cslJson(corpus.sources().values()));
        assertEquals(corpus.sources().size(), items.size());
        for (JsonNode item : items) {
            Source s = corpus.sources().get(item.path("id").asText());
            assertEquals(!s.authors().isEmpty(), item.has("author"), s.id());
            assertEquals(s.url().isPresent(), item.has("URL"), s.id());
        }
        assertEquals("2023-10-31/..", Citations.issued(EdtfDate.parse("2023-10-31/..")).get("raw"));
        assertEquals("[[2019, 1, 28], [2019, 2, 1]]", Citations.issued(EdtfDate.parse("2019-01-28/2019-02-01")).get("date-parts").toString());
        assertEquals("[[2013, 4]]", Citations.issued(EdtfDate.parse("2013-04")).get("date-parts").toString());
        assertEquals(true, Citations.issued(EdtfDate.parse("2020-10~")).get("circa"));
        assertFalse(Citations.issued(EdtfDate.parse("2020-10")).containsKey("circa"));
    }
}
