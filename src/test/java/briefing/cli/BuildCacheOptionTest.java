package briefing.cli;

import briefing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ./portal build --cache <folder>}: the folder is the project's, and the summary and --stats say what was reused. */
class BuildCacheOptionTest {
    @TempDir
    Path tmp;
    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @Test
    void aSecondBuildWithTheCacheSaysEveryPageWasReused() throws Exception {
        Path project = Fixtures.copy(Fixtures.MINIMAL, tmp.resolve("p")).project();
        String[] build = {"build", "--project", project.toString(), "--cache", "target/render-cache", "--no-search", "--no-cms", "--stats"};
        assertEquals(0, Main.run(build));
        assertTrue(Files.isRegularFile(project.resolve("target/render-cache/render-cache.tsv")), "the folder is the project's");
        console.out.reset();
        assertEquals(0, Main.run(build));
        String out = console.out.toString(StandardCharsets.UTF_8);
        Matcher stats = Pattern.compile("\\{\"pages\":(\\d+),\"reused\":(\\d+),\"rendered\":0,").matcher(out);
        assertTrue(stats.find(), out);
        assertEquals(stats.group(1), stats.group(2), "every page reused: " + out);
        assertTrue(out.contains(stats.group(1) + " pages (" + stats.group(1) + " pages reused) in "), out);
    }

    @Test
    void aCacheInsideTheSiteIsRefusedWithTheFix() {
        Path project = Fixtures.copy(Fixtures.MINIMAL, tmp.resolve("p")).project();
        assertEquals(2, Main.run("build", "--project", project.toString(), "--cache", "target/site/cache", "--no-search", "--no-cms"));
        String err = console.err.toString(StandardCharsets.UTF_8);
        assertTrue(err.contains("cannot keep the render cache in") && err.contains("choose another --cache"), err);
        assertTrue(Files.notExists(project.resolve("target/site")), "nothing built");
    }
}
