package briefing.cli;

import briefing.BuiltSite;
import briefing.ContentTree;
import briefing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the README promises of {@code mvn -B package} (which runs the command line's {@code build}): with broken content
 * it prints each problem as {@code content/<file>:<line>:<col>: error: ...} and a closing count, no stack trace, exits 1
 * and leaves the previous site exactly as it was; with valid content it prints one summary line and exits 0.
 */
class PackageContractTest {
    private static final Pattern PROBLEM = Pattern.compile("content/[^\\s:]+:\\d+:\\d+: error: \\S.*");
    private static final Pattern CLOSING = Pattern.compile("\\d+ problems? in content; nothing was built\\. The site in .+ was left as it was\\.");

    @TempDir
    Path tmp;
    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();
    private final ByteArrayOutputStream out = console.out;
    private final ByteArrayOutputStream err = console.err;

    /** Every file of the site with a digest of its bytes. */
    private static Map<String, String> fingerprint(Path site) throws Exception {
        Map<String, String> out = new TreeMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String f : BuiltSite.files(site)) out.put(f, HexFormat.of().formatHex(sha.digest(Files.readAllBytes(site.resolve(f)))));
        return out;
    }

    private static List<String> list(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private String text(ByteArrayOutputStream s) {
        return s.toString(StandardCharsets.UTF_8);
    }

    @Test
    void brokenContentPrintsTheValidatorsProblemsAndLeavesTheSite() throws Exception {
        ContentTree tree = Fixtures.copy(Fixtures.RICH, tmp.resolve("portal"));
        String project = tree.project().toString();
        assertEquals(0, Main.run("build", "--project", project, "--no-search"), text(err));
        assertTrue(text(out).strip().matches("Built \\d+ sources, \\d+ actors, \\d+ places, \\d+ events, \\d+ pages in .+"), text(out));
        Path site = tree.project().resolve("target/site");
        Map<String, String> before = fingerprint(site);
        List<String> beside = list(site.getParent());
        out.reset();
        err.reset();

        // an editor's typical slips: a misspelt kind, a misspelt field, a reference to an actor that does not exist
        var corpus = tree.corpus();
        String actor = corpus.actors().firstKey();
        String kind = corpus.actors().get(actor).kind().value();
        String source = corpus.sources().firstKey();
        tree.replace("actors/" + actor + ".yaml", "kind: " + kind, "kind: " + kind.substring(1));
        tree.replace("sources/" + source + "/source.yaml", "publisher:", "publsher:");
        String facts = "sources/" + source + "/facts.yaml";
        tree.write(facts, tree.read(facts).replaceFirst("actors: \\[", "actors: [nobody-at-all, "));

        assertEquals(1, Main.run("build", "--project", project, "--no-search"), "content problems exit with 1");
        List<String> lines = text(err).lines().toList();
        assertFalse(lines.isEmpty());
        List<String> problems = lines.subList(0, lines.size() - 1);
        assertTrue(problems.size() >= 3, text(err));
        for (String line : problems) assertTrue(PROBLEM.matcher(line).matches(), "file:line:col: error: ...: " + line);
        assertTrue(CLOSING.matcher(lines.get(lines.size() - 1)).matches(), lines.get(lines.size() - 1));
        assertTrue(problems.stream().anyMatch(l -> l.startsWith("content/actors/" + actor + ".yaml:")), text(err));
        assertTrue(problems.stream().anyMatch(l -> l.startsWith("content/sources/" + source + "/source.yaml:") && l.contains("publsher")), text(err));
        assertTrue(problems.stream().anyMatch(l -> l.startsWith("content/sources/" + source + "/facts.yaml:") && l.contains("nobody-at-all")), text(err));
        String all = text(out) + text(err);
        assertFalse(all.contains("Exception") || all.contains("\tat ") || all.contains("Caused by"), "no stack trace:\n" + all);
        assertEquals("", text(out), "nothing on standard output: no summary of a build that did not happen");

        assertEquals(before, fingerprint(site), "the previous site is left exactly as it was");
        assertEquals(beside, list(site.getParent()), "nothing half-made beside it");
    }

    @Test
    void contentThatDoesNotParseIsAProblemTooNotACrash() throws IOException {
        ContentTree tree = Fixtures.copy(Fixtures.MINIMAL, tmp.resolve("portal"));
        String place = tree.corpus().places().firstKey();
        tree.write("places/" + place + ".yaml", "name: [unclosed\nkind: city\n");
        tree.writeBytes("pages/latin1.md", "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(1, Main.run("build", "--project", tree.project().toString(), "--no-search"));
        List<String> lines = text(err).lines().toList();
        for (String line : lines.subList(0, lines.size() - 1)) assertTrue(PROBLEM.matcher(line).matches(), line);
        assertTrue(lines.size() >= 3, text(err));
        assertFalse(text(err).contains("Exception") || text(err).contains("\tat "), text(err));
        assertTrue(Files.notExists(tree.project().resolve("target/site")), "nothing was built");
    }

    /** What pom.xml relies on: a failed build leaves a marker for the enforcer (no stack trace), a good one removes it. */
    @Test
    void theFailedMarkerTellsMavenWithoutAStackTrace() throws IOException {
        ContentTree tree = Fixtures.copy(Fixtures.MINIMAL, tmp.resolve("portal"));
        Path marker = tmp.resolve("portal-build.failed");
        String project = tree.project().toString();
        String actor = tree.corpus().actors().firstKey();
        String kind = tree.corpus().actors().get(actor).kind().value();
        tree.replace("actors/" + actor + ".yaml", "kind: " + kind, "kind: x" + kind);
        assertEquals(1, Main.run("build", "--project", project, "--no-search", "--failed-marker", marker.toString()));
        assertTrue(Files.exists(marker), "a failed build leaves the marker");
        tree.replace("actors/" + actor + ".yaml", "kind: x" + kind, "kind: " + kind);
        assertEquals(0, Main.run("build", "--project", project, "--no-search", "--failed-marker", marker.toString()), text(err));
        assertTrue(Files.notExists(marker), "a good build removes it");
    }
}
