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

    @BeforeAll
    static void load() {
        corpus = Fixtures.copy(Fixtures.RICH, tmp).corpus();
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
