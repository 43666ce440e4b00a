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

/** A build that fails changes nothing: the last good site stays as it was. */
class FailedBuildTest {
    @TempDir
    Path tmp;
    private ContentTree tree;
    private Path site;

    @BeforeEach
    void project() throws IOException {
        Path project = tmp.resolve("project");
        tree = ContentTree.minimal(project).withTemplatesAndAssets();
        site = tmp.resolve("out/site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("marker.txt"), "the last good site");
    }

    @Test
    void brokenContentThrowsAndLeavesTheSiteUntouched() throws IOException {
        tree.replace("sources/beta-2019/facts.yaml", "actors: [minusma, wagner-group]", "actors: [minusma, wagner]");
        List<String> before = BuiltSite.files(site);
        ContentException e = assertThrows(ContentException.class,
                () -> Briefing.build(tree.project(), site, new Briefing.Options(false)));
        assertEquals(1, e.problems().size());
        assertTrue(e.problems().get(0).toString().startsWith("content/sources/beta-2019/facts.yaml:10:23: error: unknown actor 'wagner'"));
        assertEquals(before, BuiltSite.files(site));
        assertEquals("the last good site", Files.readString(site.resolve("marker.txt")));
        try (Stream<Path> s = Files.list(site.getParent())) {
            assertEquals(List.of("site"), s.map(p -> p.getFileName().toString()).toList(), "no staging or derived folder left");
        }
    }

    @Test
    void aTemplateErrorFailsTheBuildAndLeavesTheSiteUntouched() throws IOException {
        Path actorTemplate = tree.project().resolve("templates/actor.ftl");
        Files.writeString(actorTemplate, Files.readString(actorTemplate).replace("${content.title}", "${content.page.noSuchField}"));
        List<String> before = BuiltSite.files(site);
        briefing.bake.BakeException e = assertThrows(briefing.bake.BakeException.class,
                () -> Briefing.build(tree.project(), site, new Briefing.Options(false)));
        assertTrue(e.failures().stream().anyMatch(f -> f.startsWith("actors/minusma.html: ") && f.contains("noSuchField")),
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
        assertTrue(Files.exists(site.resolve("sources/alpha-2013.html")));
        List<String> good = BuiltSite.files(site);
        byte[] home = Files.readAllBytes(site.resolve("index.html"));

        tree.write("places/gao.yaml", "name: Gao\nkind: town\n  lat: 16\n");
        assertThrows(ContentException.class, () -> Briefing.build(tree.project(), site, new Briefing.Options(false)));
        assertEquals(good, BuiltSite.files(site));
        assertTrue(java.util.Arrays.equals(home, Files.readAllBytes(site.resolve("index.html"))));
    }

    @Test
    void theMinimalTreeBuildsPagesThatShowIt() throws Exception {
        Briefing.build(tree.project(), site, new Briefing.Options(false));
        var beta = BuiltSite.page(site, "sources/beta-2019.html");
        assertTrue(beta.select("dl.metadata").text().contains("Unknown"), "no author");
        assertTrue(beta.select("a[rel~=external]").isEmpty(), "no url, so no original link");
        var minusma = BuiltSite.page(site, "actors/minusma.html");
        assertTrue(minusma.selectFirst(".aliases").text().contains("MUNUSMA"));
        assertEquals(2, minusma.select("li.event").size());
    }
}
