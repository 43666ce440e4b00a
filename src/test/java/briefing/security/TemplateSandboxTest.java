package briefing.security;

import briefing.BuiltSite;
import briefing.ContentTree;
import briefing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A portal's own template is untrusted (a pull request may bring one; the preview and --project run it): whatever it
 * tries to reach Java with (a command through Execute, a file through ObjectConstructor, ?api, the static models,
 * JBake's renderer, store and data files) or a file outside templates/ with, the build stops with one line naming the template and line, exit 2, no
 * stack trace, nothing run, and the last good site untouched.
 */
class TemplateSandboxTest {
    @TempDir
    static Path tmp;
    static ContentTree tree;
    static Path site;
    static List<String> good;
    static byte[] notFound;

    @BeforeAll
    static void buildOnce() throws Exception {
        tree = Fixtures.copy(Fixtures.MINIMAL, tmp.resolve("portal"));
        site = tree.project().resolve("target/site");
        CommandRun first = CommandRun.of("build", "--project", tree.project().toString(), "--no-search");
        assertEquals(0, first.code(), first.printed());
        good = BuiltSite.files(site);
        notFound = Files.readAllBytes(site.resolve("404.html"));
    }

    static Stream<Arguments> attacks() {
        String proof = tmp.resolve("ran").toString();
        return Stream.of(
                Arguments.of("${\"freemarker.template.utility.Execute\"?new()(\"touch " + proof + "\")}",
                        "2:1: a template may not create Java objects (\"freemarker.template.utility.Execute\"?new)"),
                Arguments.of("${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.io.File\", \"" + proof + "\").createNewFile()?c}",
                        "2:1: a template may not create Java objects (\"freemarker.template.utility.ObjectConstructor\"?new)"),
                Arguments.of("${\"freemarker.template.utility.JythonRuntime\"?new()}",
                        "2:1: a template may not create Java objects"),
                Arguments.of("${content?api.getClass().getName()}", "2:3: a template may not call Java methods (content?api)"),
                Arguments.of("${statics[\"java.lang.Runtime\"].getRuntime().exec(\"touch " + proof + "\")}", "2:3: 'statics' is not defined"),
                Arguments.of("${renderer.getClass().getName()}", "2:3: 'renderer' is not defined"),
                Arguments.of("${data.get(\"x\")}", "2:3: 'data' is not defined"),
                Arguments.of("${db.getClass()}", "2:3: 'db' is not defined"),
                Arguments.of("${config.template_folder}", "2:3: 'config' is not defined"),
                Arguments.of("<#include \"../../../../../../../../../etc/passwd\" parse=false>",
                        "2:1: Template inclusion failed (for parameter value \"../../../../../../../../../etc/passwd\"): a template includes"
                                + " and imports only the templates beside it"),
                Arguments.of("<#import \"/../jbake.properties\" as x>", "2:1: Template importing failed"));
    }

    @ParameterizedTest
    @MethodSource("attacks")
    void aTemplateReachingForJavaStopsTheBuildWithOneLine(String attack, String expected) throws Exception {
        String engine = Files.readString(BuiltSite.projectRoot().resolve("templates/notfound.ftl"));
        // the attack on line 2 of the portal's own 404 template, which overrides the engine's
        int eol = engine.indexOf('\n') + 1;
        Path own = tree.project().resolve("templates/notfound.ftl");
        Files.createDirectories(own.getParent());
        Files.writeString(own, engine.substring(0, eol) + attack + "\n" + engine.substring(eol));
        CommandRun run = CommandRun.of("build", "--project", tree.project().toString(), "--no-search");
        assertEquals(2, run.code(), run.printed());
        assertTrue(run.err().contains("404.html: templates/notfound.ftl:" + expected), run.printed());
        assertFalse(run.showsJava(), run.printed());
        assertFalse(Files.exists(tmp.resolve("ran")), "nothing was run: " + run.printed());
        assertEquals(good, BuiltSite.files(site), "the last good site is untouched");
        assertArrayEquals(notFound, Files.readAllBytes(site.resolve("404.html")));
    }
}
