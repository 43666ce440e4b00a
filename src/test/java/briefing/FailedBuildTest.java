package briefing;

import briefing.model.ContentException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A build that fails changes nothing: the last good site stays as it was. Runs on a copy of the minimal fixture. */
class FailedBuildTest {
    static final String FACTS = "sources/unotv-2022-first-report/facts.yaml";

    @TempDir
    Path tmp;
    private ContentTree tree;
    private Path site;

    @BeforeEach
    void project() throws IOException {
        tree = Fixtures.copy(Fixtures.MINIMAL, tmp.resolve("project"));
        site = tmp.resolve("out/site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("marker.txt"), "the last good site");
        Files.writeString(site.resolve(briefing.files.SiteFolder.MARKER), ""); // a site a build wrote, which the next may replace
    }

    /** "line:col" of the first occurrence of {@code text} in {@code content/<rel>}, as the loader reports positions. */
    static String position(ContentTree tree, String rel, String text) {
        List<String> lines = tree.read(rel).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            int at = lines.get(i).indexOf(text);
            if (at >= 0) return (i + 1) + ":" + (at + 1);
        }
        throw new AssertionError(text + " is not in " + rel);
    }

    /** Breaks the fixture's one event: it names an actor that does not exist; the problem as the editor reads it. */
    static String breakActorReference(ContentTree tree) {
        tree.replace(FACTS, "actors: [unotv]", "actors: [unotvv]");
        return "content/" + FACTS + ":" + position(tree, FACTS, "unotvv") + ": error: unknown actor 'unotvv' (did you mean 'unotv'?)";
    }

    @Test
    void brokenContentThrowsAndLeavesTheSiteUntouched() throws IOException {
        String expected = breakActorReference(tree);
        List<String> before = BuiltSite.files(site);
        ContentException e = assertThrows(ContentException.class,
                () -> Briefing.build(tree.project(), site, new Briefing.Options(false)));
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).toString().startsWith(expected), e.problems().get(0) + "\nexpected: " + expected);
        assertEquals(before, BuiltSite.files(site));
        assertEquals("the last good site", Files.readString(site.resolve("marker.txt")));
        try (Stream<Path> s = Files.list(site.getParent())) {
            assertEquals(List.of("site"), s.map(p -> p.getFileName().toString()).toList(), "no staging or derived folder left");
        }
    }

    @Test
    void aTemplateErrorFailsTheBuildAndLeavesTheSiteUntouched() throws IOException {
        // the portal brings its own actor template (overriding the engine's), with a mistake in it
        Path engineTemplate = BuiltSite.projectRoot().resolve("templates/actor.ftl");
        Path own = tree.project().resolve("templates/actor.ftl");
        Files.createDirectories(own.getParent());
        Files.writeString(own, Files.readString(engineTemplate).replace("${content.title}", "${content.page.noSuchField}"));
        String actor = tree.corpus().actors().firstKey();
        List<String> before = BuiltSite.files(site);
        briefing.bake.BakeException e = assertThrows(briefing.bake.BakeException.class,
                () -> Briefing.build(tree.project(), site, new Briefing.Options(false)));
        assertTrue(e.failures().stream().anyMatch(f -> f.startsWith("actors/" + actor + ".html: ") && f.contains("noSuchField")),
                e.getMessage());
        assertEquals(before, BuiltSite.files(site));
        try (Stream<Path> s = Files.list(site.getParent())) {
            assertEquals(List.of("site", "site.jbake"), s.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging folder left; the derived project stays for inspection");
        }
    }

    @Test
    void aGoodBuildReplacesTheSiteAndALaterBadOneKeepsIt() throws Exception {
        Briefing.build(tree.project(), site, new Briefing.Options(false));
        assertTrue(Files.notExists(site.resolve("marker.txt")));
        String source = tree.corpus().sources().firstKey();
        assertTrue(Files.exists(site.resolve("sources/" + source + ".html")));
        List<String> good = BuiltSite.files(site);
        byte[] home = Files.readAllBytes(site.resolve("index.html"));

        String place = tree.corpus().places().firstKey();
        tree.write("places/" + place + ".yaml", "name: Somewhere\nkind: town\n  lat: 16\n"); // not YAML
        assertThrows(ContentException.class, () -> Briefing.build(tree.project(), site, new Briefing.Options(false)));
        assertEquals(good, BuiltSite.files(site));
        assertTrue(java.util.Arrays.equals(home, Files.readAllBytes(site.resolve("index.html"))));
    }
}
