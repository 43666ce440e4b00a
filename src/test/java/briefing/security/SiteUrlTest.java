package briefing.security;

import briefing.ContentTree;
import briefing.model.SiteOrigin;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --site-url} and portal.yaml's {@code url} take an http(s) origin only (scheme, host, optional port): anything
 * else (another scheme, a path, a query, a user name) is refused, in one sentence on the command line (exit 2) or at its
 * position in portal.yaml (exit 1), and no page is written with it.
 */
class SiteUrlTest {
    @TempDir
    Path tmp;

    @Test
    void siteUrlTakesAnOriginOnly() {
        ContentTree tree = ContentTree.minimal(tmp.resolve("portal"));
        Path site = tree.project().resolve("target/site");
        for (String bad : List.of("javascript:alert(1)", "https://user:pw@example.org", "https://example.org/path", "https://example.org?q=1",
                "https://example.org#top", "ftp://example.org", "https://exa mple.org", "https://example.org:99999")) {
            CommandRun run = CommandRun.build(tree.project(), "--site-url", bad);
            run.assertRefused(2);
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().startsWith("error: --site-url " + bad + " is not a site's origin: "), run.err());
            assertTrue(!Files.exists(site), "nothing built");
        }
        CommandRun.build(tree.project(), "--site-url", "javascript:alert(1)")
                .assertRefused(2, "error: --site-url javascript:alert(1) is not a site's origin: it must start with https:// or http://");
        for (String good : List.of("https://example.org", "http://localhost:8080", "https://me.github.io/", "https://[::1]:8443")) {
            CommandRun run = CommandRun.build(tree.project(), "--site-url", good);
            assertEquals(0, run.exit(), good + ": " + run.printed());
        }
    }

    @Test
    void portalUrlIsAnOriginOrAnErrorAtItsPosition() throws Exception {
        ContentTree tree = ContentTree.minimal(tmp.resolve("portal"));
        for (String bad : List.of("javascript:alert(1)", "https://example.org/x?y=1", "https://user@example.org")) {
            tree.write("portal.yaml", tree.read("portal.yaml").replaceAll("(?m)^url:.*\\n", "") + "url: \"" + bad + "\"\n");
            CommandRun run = CommandRun.of("validate", "--project", tree.project().toString()).assertRefused(1);
            assertTrue(run.err().startsWith("content/portal.yaml:6:6: error: 'url' must match "), run.err());
        }
        tree.write("portal.yaml", tree.read("portal.yaml").replaceAll("(?m)^url:.*\\n", "") + "url: https://example.org\n");
        assertEquals(0, CommandRun.of("validate", "--project", tree.project().toString()).exit());
    }

    @Test
    void theSchemaAndTheCommandLineAcceptTheSameOrigins() throws Exception {
        Path schema = briefing.BuiltSite.projectRoot().resolve("schemas/portal.schema.json");
        String pattern = new ObjectMapper().readTree(schema.toFile()).path("properties").path("url").path("pattern").asText();
        assertEquals(SiteOrigin.PATTERN, pattern);
    }
}
