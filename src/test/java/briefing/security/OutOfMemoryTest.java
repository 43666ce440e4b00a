package briefing.security;

import briefing.Fixtures;
import briefing.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build that runs out of memory says so in one sentence, with the setting that gives it more, exits 2 and leaves the
 * last site as it was. The build runs in a JVM of its own with a heap far too small for the rich fixture.
 */
class OutOfMemoryTest {
    @TempDir
    Path work;

    @Test
    void aFullHeapIsOneSentenceExitTwoAndTheLastSiteStays() throws Exception {
        Path project = Fixtures.copy(Fixtures.RICH, work.resolve("portal")).project();
        CommandRun first = CommandRun.build(project, "--no-cms");
        assertEquals(0, first.exit(), first.printed());
        Path site = project.resolve("target/site");
        Map<String, String> before = CommandRun.snapshot(site);
        assertFalse(before.isEmpty(), "a site was built");

        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx16m", "-XX:+UseParallelGC",
                "-D" + Project.HOME_PROPERTY + "=" + Project.engineHome(), "-cp", System.getProperty("java.class.path"),
                "briefing.cli.Main", "build", "--project", project.toString(), "--no-search", "--no-cms")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the build ends");

        assertEquals(2, p.exitValue(), err);
        List<String> lines = err.lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), "one sentence: " + err);
        assertTrue(lines.get(0).startsWith("error: the generator ") && lines.get(0).contains("Java heap is full")
                && lines.get(0).contains("PORTAL_JAVA_OPTS=-Xmx2g") && lines.get(0).contains("the last site was left as it was"), lines.get(0));
        assertFalse(err.contains("\tat ") || err.contains("Exception") || err.contains("java.lang."), err);
        assertEquals(before, CommandRun.snapshot(site), "the last site, byte for byte");
    }
}
