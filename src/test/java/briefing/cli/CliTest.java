package briefing.cli;

import briefing.ContentTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as an editor and CI use it: scaffold, validate (for people and for GitHub), exit codes. */
class CliTest {
    @TempDir
    Path tmp;
    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();
    private final ByteArrayOutputStream out = console.out;
    private final ByteArrayOutputStream err = console.err;

    @Test
    void aScaffoldIsWrittenOnceForAValidId() throws Exception {
        ContentTree tree = ContentTree.minimal(tmp.resolve("p"));
        assertEquals(0, Main.run("new-source", "reuters-2023-withdrawal", "--project", tree.project().toString()));
        Path dir = tree.content().resolve("sources/reuters-2023-withdrawal");
        assertTrue(Files.readString(dir.resolve("source.yaml")).startsWith("# yaml-language-server: $schema=../../../schemas/source.schema.json"));
        assertEquals(1, Main.run("new-source", "reuters-2023-withdrawal", "--project", tree.project().toString()), "no overwriting");
        assertEquals(1, Main.run("new-source", "Reuters 2023", "--project", tree.project().toString()), "ids are checked");
    }

    @Test
    void validateExitsNonZeroAndAnnotatesForGitHub() {
        ContentTree tree = ContentTree.minimal(tmp.resolve("p"))
                .replace("sources/beta-2019/facts.yaml", "actors: [minusma, wagner-group]", "actors: [minusma, wagner]");
        assertEquals(1, Main.run("validate", "--project", tree.project().toString(), "--format", "github"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(
                "::error file=content/sources/beta-2019/facts.yaml,line=10,col=23::unknown actor 'wagner' (did you mean 'wagner-group'?)"),
                out.toString(StandardCharsets.UTF_8));
        assertEquals(1, Main.run("validate", "--project", tree.project().toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("content/sources/beta-2019/facts.yaml:10:23: error: unknown actor 'wagner'"));
    }

    @Test
    void validContentExitsZero() {
        ContentTree tree = ContentTree.minimal(tmp.resolve("p"));
        assertEquals(0, Main.run("validate", "--project", tree.project().toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("content is valid: 2 sources"), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void warningsArePrintedAndCountedButDoNotFail() {
        ContentTree tree = ContentTree.minimal(tmp.resolve("p"));
        assertEquals(0, Main.run("validate", "--project", tree.project().toString()));
        String printed = err.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("content/sources/beta-2019/summary.md: warning: the summary has 5 words"), printed);
        assertTrue(out.toString(StandardCharsets.UTF_8).strip().endsWith("; 2 warnings"), out.toString(StandardCharsets.UTF_8));
        out.reset();
        assertEquals(0, Main.run("validate", "--project", tree.project().toString(), "--format", "github"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("::warning file=content/sources/beta-2019/summary.md,line=1,col=1::the summary"),
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void oneProblemIsOneProblem() {
        ContentTree tree = ContentTree.minimal(tmp.resolve("p"))
                .replace("sources/beta-2019/facts.yaml", "actors: [minusma, wagner-group]", "actors: [minusma, wagner]");
        assertEquals(1, Main.run("validate", "--project", tree.project().toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).strip().endsWith("1 problem in content; nothing was built."),
                err.toString(StandardCharsets.UTF_8));
        assertTrue(!err.toString(StandardCharsets.UTF_8).contains("warning"), "with errors, exactly the errors");
    }
}
