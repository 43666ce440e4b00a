package briefing.security;

import briefing.ContentTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Content however broken gives positioned errors and exit 1, never a stack trace: files over 1 MB are refused unread,
 * numbers a figure cannot have (1e309) and coordinates out of range are errors at their line and column, YAML and
 * Markdown nested past what a parser can take are errors at the file; a failure that is not the content's fault is one
 * sentence and exit 2. The last good site stays as it was.
 */
class BoundedInputsTest {
    @TempDir
    Path tmp;
    private ContentTree tree;
    private Path site;
    private Map<String, String> good;

    @BeforeEach
    void aGoodSite() {
        tree = ContentTree.minimal(tmp.resolve("portal"));
        site = tree.project().resolve("target/site");
        assertEquals(0, CommandRun.build(tree.project()).exit());
        good = CommandRun.snapshot(site);
    }

    private void refused(String... lines) {
        CommandRun.build(tree.project()).assertRefused(1, lines);
        assertEquals(good, CommandRun.snapshot(site), "the last good site, byte for byte");
        CommandRun.of("validate", "--project", tree.project().toString()).assertRefused(1, lines);
    }

    @Test
    void aFigureValueBeyondWhatAChartCanDrawIsAnErrorAtItsPosition() {
        tree.replace("sources/alpha-2013/facts.yaml", "value: 11200", "value: 1e309");
        refused("content/sources/alpha-2013/facts.yaml:10:12: error: 'value' is 1e309; it must lie between -1,000,000,000,000,000"
                + " and 1,000,000,000,000,000");
        tree.replace("sources/alpha-2013/facts.yaml", "value: 1e309", "value: -1e400");
        refused("content/sources/alpha-2013/facts.yaml:10:12: error: 'value' is -1e400; it must lie between -1,000,000,000,000,000"
                + " and 1,000,000,000,000,000");
    }

    @Test
    void notANumberIsAnErrorAtItsPosition() {
        tree.replace("sources/alpha-2013/facts.yaml", "value: 11200", "value: .nan");
        CommandRun run = CommandRun.build(tree.project()).assertRefused(1);
        assertTrue(run.err().startsWith("content/sources/alpha-2013/facts.yaml:10:12: error: 'value'"), run.err());
        assertEquals(good, CommandRun.snapshot(site));
    }

    @Test
    void aCoordinateOutOfRangeIsAnErrorAtItsPosition() {
        tree.replace("places/kidal.yaml", "lat: 18.44", "lat: 1e309");
        refused("content/places/kidal.yaml:4:6: error: 'lat' is 1e309; it must lie between -90 and 90");
    }

    @Test
    void aSummaryOverOneMegabyteIsRefusedUnread() throws IOException {
        // five megabytes of place names: read and linked, it used to exhaust the memory
        String names = "Kidal, Mali and the Kidal region. ".repeat(5_000_000 / 34);
        tree.write("sources/alpha-2013/summary.md", names);
        refused("content/sources/alpha-2013/summary.md: error: the file is 5.0 MB; a content file holds at most 1 MB"
                + " (a 600-word summary is about 4 KB): shorten it or split it");
    }

    @Test
    void aYamlFileOverOneMegabyteIsRefusedUnread() {
        tree.write("actors/minusma.yaml", "name: MINUSMA\nkind: mission\ndescription: " + "x".repeat(1_200_000) + "\n");
        refused("content/actors/minusma.yaml: error: the file is 1.2 MB; a content file holds at most 1 MB"
                + " (a 600-word summary is about 4 KB): shorten it or split it");
    }

    @Test
    void yamlNestedPastTheParsersLimitIsAnErrorAtTheFile() {
        tree.write("places/deep.yaml", "name: Deep\nkind: town\naliases: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
        refused("content/places/deep.yaml: error: YAML nested more than 1000 levels deep; a content file's lists and mappings go"
                + " a few levels deep (see its schema)");
    }

    @Test
    void markdownNestedPastWhatTheParserCanTakeIsAnErrorAtItsLine() {
        tree.write("sources/alpha-2013/summary.md", "Fine first line.\n\n" + "> ".repeat(100_000) + "deep\n");
        refused("content/sources/alpha-2013/summary.md:3:65: error: quotes or lists nested more than 32 levels deep on one line;"
                + " a summary needs a few at most");
    }

    @Test
    void anAliasBombIsNotExpanded() {
        StringBuilder bomb = new StringBuilder("name: Bomb\nkind: town\naliases: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        String prev = "a";
        for (char c = 'b'; c <= 'k'; c++) {
            bomb.append(c).append(": &").append(c).append(" [").append(("*" + prev + ", ").repeat(9)).append("*").append(prev).append("]\n");
            prev = String.valueOf(c);
        }
        tree.write("places/bomb.yaml", bomb.toString());
        CommandRun run = CommandRun.build(tree.project()).assertRefused(1, "content/places/bomb.yaml:4:1: error: unknown field 'b'"
                + " (allowed fields: aliases, kind, lat, lon, name, within)");
        assertEquals(good, CommandRun.snapshot(site));
        assertTrue(run.err().length() < 10_000, "a handful of lines, not the expansion");
    }

    @Test
    void aFailureThatIsNotTheContentsIsOneSentence() throws IOException {
        // sources/ is a file: the scaffold cannot make its folder, which is no fault of any content file's
        Path sources = tree.content().resolve("sources");
        Path moved = tmp.resolve("sources-moved");
        Files.move(sources, moved);
        Files.writeString(sources, "not a folder");
        CommandRun run = CommandRun.of("new-source", "gamma-2020", "--project", tree.project().toString());
        assertEquals(2, run.exit(), run.printed());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("error: a file could not be read or written ("), run.err());
        run.assertNoJava();
    }
}
