package briefing.load;

import briefing.ContentTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The commonest YAML mistakes come back in an editor's words, at the line of the mistake, each with its fix. */
class EditorsYamlMessagesTest {
    private static final String TITLE = "\n    title: MINUSMA is created", EVENT_DATE = "date: 2013-04-25" + TITLE;

    @TempDir
    Path tmp;

    private List<String> messagesFor(String placeFile) {
        return ContentTree.minimal(tmp).write("places/harbour.yaml", placeFile).messages();
    }

    private static String only(List<String> messages) {
        assertEquals(1, messages.size(), messages::toString);
        return messages.get(0);
    }

    @Test
    void anApostropheInsideSingleQuotesSaysWhichWordEndsTheText() {
        String m = only(messagesFor("name: 'Harbour Watch's pier'\nkind: town\n"));
        assertTrue(m.startsWith("content/places/harbour.yaml:1:"), m);
        assertTrue(m.contains("the ' in Watch's ends the quoted text: use double quotes (\"...\"), or write '' for an apostrophe"
                + " inside single quotes"), m);
    }

    @Test
    void aMissingColonIsReportedOnItsOwnLine() {
        String m = only(messagesFor("name: Harbour\nkind town\nlat: 10\nlon: 20\n"));
        assertTrue(m.startsWith("content/places/harbour.yaml:2:"), m);
        assertTrue(m.contains("missing ':' after 'kind'"), m);
    }

    @Test
    void aMissingColonInAListItemIsReportedOnItsOwnLineToo() {
        ContentTree t = ContentTree.minimal(tmp);
        String m = only(t.replace("sources/alpha-2013/facts.yaml", "title: MINUSMA is created", "title MINUSMA is created").messages());
        assertTrue(m.startsWith("content/sources/alpha-2013/facts.yaml:4:"), m);
        assertTrue(m.contains("missing ':' after 'title'"), m);
    }

    @Test
    void aTabSaysIndentWithSpaces() {
        String m = only(messagesFor("name: Harbour\n\tkind: town\n"));
        assertTrue(m.startsWith("content/places/harbour.yaml:2:1:"), m);
        assertTrue(m.contains("a tab: indent with spaces"), m);
    }

    @Test
    void aDateInAnotherFormatSaysHowToWriteIt() {
        ContentTree t = ContentTree.minimal(tmp);
        for (String[] c : new String[][]{{"31/12/2023", "2023-12-31"}, {"12/31/2023", "2023-12-31"}, {"31.12.2023", "2023-12-31"},
                {"December 31, 2023", "2023-12-31"}, {"\"31 December 2023\"", "2023-12-31"}, {"2023/12/31", "2023-12-31"},
                {"December 2023", "2023-12"}, {"2023-1-5", "2023-01-05"}}) {
            t.replace("sources/alpha-2013/facts.yaml", EVENT_DATE, "date: " + c[0] + TITLE);
            String m = only(t.messages());
            assertTrue(m.startsWith("content/sources/alpha-2013/facts.yaml:3:"), m);
            assertTrue(m.contains("write " + c[1]), c[0] + ": " + m);
            t.replace("sources/alpha-2013/facts.yaml", "date: " + c[0] + TITLE, EVENT_DATE);
        }
        t.replace("sources/alpha-2013/facts.yaml", EVENT_DATE, "date: 03/04/2013" + TITLE);
        assertTrue(only(t.messages()).contains("write 2013-04-03 if it is 3 April, or 2013-03-04 if it is 4 March"), t.messages()::toString);
    }
}
