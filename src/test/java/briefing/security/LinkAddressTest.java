package briefing.security;

import briefing.ContentTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A source's {@code url} with characters no link may hold ({@code { } | \ ^ ` < > "}) is an error at its line when the
 * content is checked, not a build that passes validation and then fails its link check with exit 2.
 */
class LinkAddressTest {
    @TempDir
    Path tmp;

    @Test
    void aSourceAddressWithBracesIsAPositionedError() {
        ContentTree tree = ContentTree.minimal(tmp.resolve("portal"));
        tree.replace("sources/alpha-2013/source.yaml", "url: https://alpha.example/report", "url: \"https://example.org/a}b{c\"");
        CommandRun run = CommandRun.of("validate", "--project", tree.project().toString()).assertRefused(1);
        assertTrue(run.err().contains("content/sources/alpha-2013/source.yaml:5:6: error: 'url' is not a web address a page can link to: "
                + "got 'https://example.org/a}b{c'; write it as https://"), run.err());
        CommandRun.build(tree.project()).assertRefused(1);

        tree.replace("sources/alpha-2013/source.yaml", "https://example.org/a}b{c", "https://example.org/a%7Db%7Bc");
        CommandRun ok = CommandRun.build(tree.project());
        assertEquals(0, ok.exit(), ok.printed());
    }
}
