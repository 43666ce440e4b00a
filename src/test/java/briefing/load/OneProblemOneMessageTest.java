package briefing.load;

import briefing.ContentTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One mistake gives one message: an unreadable file does not also make everything that refers to it wrong. */
class OneProblemOneMessageTest {
    @TempDir
    Path tmp;

    @Test
    void aBrokenActorFileIsNotAlsoAnUnknownActor() {
        List<String> messages = ContentTree.minimal(tmp)
                .write("actors/wagner-group.yaml", "name: Wagner Group\nkind: armed-group\n  bad: indent\n").messages();
        assertEquals(1, messages.size(), messages::toString);
        assertTrue(messages.get(0).startsWith("content/actors/wagner-group.yaml:3:6: error: YAML syntax:"), messages.get(0));
    }

    @Test
    void anUnreadableSummaryIsNotAlsoEmpty() {
        List<String> messages = ContentTree.minimal(tmp)
                .writeBytes("sources/beta-2019/summary.md", "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1)).messages();
        assertEquals(List.of("content/sources/beta-2019/summary.md:1:4: error: not valid UTF-8; save the file with UTF-8"
                + " encoding (in most editors: File > Save with Encoding > UTF-8)"), messages);
    }

    @Test
    void figuresWithoutMeasuresFileNameTheMissingFile() {
        List<String> messages = ContentTree.minimal(tmp).delete("measures.yaml").messages();
        assertEquals(1, messages.size(), messages::toString);
        assertTrue(messages.get(0).startsWith("content/measures.yaml: error: missing: figures need content/measures.yaml"), messages::toString);
    }

    @Test
    void aRequiredFieldWithNoValueIsOneMessageAndAnOptionalOneIsNone() {
        ContentTree t = ContentTree.minimal(tmp);
        List<String> messages = t.replace("sources/alpha-2013/facts.yaml", "date: 2013-04-25\n    title: MINUSMA is created",
                "date: ~\n    title: MINUSMA is created").messages();
        assertEquals(1, messages.size(), messages::toString);
        assertTrue(messages.get(0).contains("missing required field 'date'"), messages.get(0));
        t.replace("sources/alpha-2013/facts.yaml", "date: ~", "date: \"\"");
        assertEquals(List.of("content/sources/alpha-2013/facts.yaml:3:11: error: 'date' is empty; it is required: write its value"),
                t.messages());
        t.replace("sources/alpha-2013/facts.yaml", "date: \"\"", "date: 2013-04-25\n    note: ~");
        assertEquals(List.of(), t.messages(), "an optional field with no value is simply absent");
    }

    @Test
    void aYmlFileIsReadAndOnlyItsNameReported() {
        List<String> messages = ContentTree.minimal(tmp).rename("actors/wagner-group.yaml", "actors/wagner-group.yml").messages();
        assertEquals(List.of("content/actors/wagner-group.yml: error: rename .yml to .yaml: the portal's files end in .yaml"), messages);
    }

    @Test
    void linesAfterTheFilesOwnValueAreAnErrorNotIgnored() {
        // init's measures.yaml holds "{}"; a measure added below it instead of replacing it was silently dropped
        ContentTree t = ContentTree.minimal(tmp);
        String measures = t.read("measures.yaml");
        List<String> messages = t.write("measures.yaml", "# the measures\n{}\n\n" + measures.lines()
                .filter(l -> !l.startsWith("#")).reduce("", (a, b) -> a + b + "\n")).messages();
        assertEquals(1, messages.size(), messages::toString);
        assertTrue(messages.get(0).startsWith("content/measures.yaml:4:1: error: YAML syntax: "), messages::toString);
        assertTrue(messages.get(0).endsWith("; the file's value ended above (a '{}' or '[]' on a line of its own):"
                + " delete it, so that these lines belong to the file"), messages::toString);
        t.write("measures.yaml", measures + "---\nextra: {label: Extra, unit: things}\n");
        assertEquals(1, t.messages().size(), t.messages()::toString);
        assertTrue(t.messages().get(0).contains("error: a second YAML document after '---'; a file holds one: delete the '---' line"),
                t.messages()::toString);
    }

    @Test
    void itemsUnderAnEmptyListSayToDeleteTheBrackets() {
        ContentTree t = ContentTree.minimal(tmp);
        List<String> messages = t.replace("sources/alpha-2013/facts.yaml", "events:\n", "events: []\n").messages();
        assertEquals(1, messages.size(), messages::toString);
        assertTrue(messages.get(0).endsWith("; a '- ' item follows a field that already has a value (events: []):"
                + " delete the value ([]) so that the items belong to the field, or check this line's indentation"), messages::toString);
    }
}
