package briefing.cli;

import briefing.ContentTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** new-source as a new editor meets it: placeholders never pass as content, and uncommenting an example is valid YAML. */
class ScaffoldTest {
    @TempDir
    Path tmp;
    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    private ContentTree scaffold() {
        ContentTree tree = ContentTree.minimal(tmp.resolve("p"));
        assertEquals(0, Main.run("new-source", "daily-2021-report", "--project", tree.project().toString()));
        return tree;
    }

    @Test
    void anUntouchedScaffoldFailsNamingWhatToFillIn() {
        List<String> problems = scaffold().messages();
        String dir = "content/sources/daily-2021-report/";
        for (String field : List.of("title", "publisher", "published", "kind")) {
            assertTrue(problems.stream().anyMatch(p -> p.startsWith(dir + "source.yaml:") && p.contains("error: '" + field
                    + "' is still the placeholder 'TODO")), field + " in " + problems);
        }
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(dir + "summary.md:3:1: error: placeholder left: 'TODO: write")), problems::toString);
        assertTrue(problems.stream().allMatch(p -> p.contains("placeholder")), "nothing but the placeholders: " + problems);
    }

    @Test
    void uncommentingTheExamplesGivesValidYamlWhoseExamplesStillDoNotPass() throws Exception {
        ContentTree tree = scaffold();
        Path facts = tree.content().resolve("sources/daily-2021-report/facts.yaml");
        String text = Files.readString(facts);
        assertFalse(text.contains("[]"), "no 'events: []' above the examples");
        Files.writeString(facts, text.replaceAll("(?m)^  # ", "  ")); // what an editor's "toggle comment" does
        List<String> problems = tree.messages();
        assertFalse(problems.stream().anyMatch(p -> p.contains("YAML syntax")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("facts.yaml:7:") && p.contains("'date' is still the placeholder 'TODO'")),
                problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("'title' is still the placeholder 'TODO: what happened")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("'id' is still the placeholder 'todo-what-happened-where'")), problems::toString);
        assertTrue(problems.stream().allMatch(p -> p.contains("placeholder")), "no echo (unknown actor 'todo-…'): " + problems);
    }

    @Test
    void aFilledInScaffoldValidates() throws Exception {
        ContentTree tree = scaffold();
        String dir = "sources/daily-2021-report/";
        tree.replace(dir + "source.yaml", "\"TODO: the source's title, as published\"", "Report of the day")
                .replace(dir + "source.yaml", "\"TODO: the outlet or organisation that published it\"", "Daily")
                .replace(dir + "source.yaml", "published: TODO", "published: 2021-06-30")
                .replace(dir + "source.yaml", "kind: TODO", "kind: news")
                .replace(dir + "summary.md", "TODO: write", "We write");
        assertEquals(List.of(), tree.messages().stream().filter(p -> p.contains("error:")).toList());
    }
}
