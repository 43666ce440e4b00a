package briefing.security;

import briefing.ContentTree;
import briefing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code validate --format github} prints workflow commands a pull request's content must not be able to forge: a
 * value with a line break and {@code ::error …} after it stays inside its own annotation, and a file name holding
 * {@code ,line=…} or {@code ::} stays one property (GitHub's escapes: %25 %0D %0A, and %3A %2C in properties).
 */
class GithubAnnotationsTest {
    @TempDir
    Path tmp;

    @Test
    void contentCannotForgeAnnotations() {
        ContentTree tree = Fixtures.copy(Fixtures.MINIMAL, tmp.resolve("portal"))
                .write("actors/evil,line=99,col=1::x:y.yaml", "name: Evil\nkind: mission\ndescription: A fictional actor.\n")
                .replace("sources/unotv-2022-first-report/facts.yaml", "actors: [unotv]",
                        "actors: [unotv, \"ghost\\r\\n::error file=README.md,line=1::forged 100%\"]");
        CommandRun run = CommandRun.of("validate", "--project", tree.project().toString(), "--format", "github");
        assertEquals(1, run.code(), run.printed());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), "one line per problem, nothing more: " + run.out());
        assertEquals("::error file=content/actors/evil%2Cline=99%2Ccol=1%3A%3Ax%3Ay.yaml,line=1,col=1::bad actor id 'evil,line=99,col=1::x:y'",
                lines.get(0).substring(0, lines.get(0).indexOf("': ids") + 1), run.out());
        assertTrue(lines.get(1).startsWith("::error file=content/sources/unotv-2022-first-report/facts.yaml,line=5,col=21::"
                + "unknown actor 'ghost%0D%0A::error file=README.md,line=1::forged 100%25'"), run.out());
        assertFalse(run.out().contains("\r"), "no carriage return reaches the log");
        for (String line : lines) {
            String properties = line.substring(line.indexOf(' ') + 1, line.indexOf("::", 2));
            assertEquals(3, properties.split(",").length, "exactly file, line and col: " + line);
        }
    }
}
