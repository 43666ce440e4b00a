package briefing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same content gives the same site, byte for byte, wherever and whenever it is built. */
class DeterminismTest {
    @TempDir
    Path work;

    @Test
    void buildingTwiceGivesIdenticalTrees() throws Exception {
        // the rich fixture and a copy of it elsewhere: neither the build's nor the content's folder shows in the output
        Path project = Fixtures.portal(Fixtures.RICH);
        Path copy = Fixtures.copy(Fixtures.RICH, work.resolve("elsewhere/portal")).project();
        Path first = BuiltSite.build(project, work.resolve("first"));
        Path second = BuiltSite.build(copy, work.resolve("second/deeper"));
        List<String> files = BuiltSite.files(first);
        assertEquals(files, BuiltSite.files(second), "the same files");
        assertTrue(files.containsAll(SiteContract.plan(project).htmlPages()), "a whole site: " + files.size());
        List<String> differ = new ArrayList<>();
        for (String f : files) {
            if (!Arrays.equals(Files.readAllBytes(first.resolve(f)), Files.readAllBytes(second.resolve(f)))) differ.add(f);
        }
        assertEquals(List.of(), differ, "files whose bytes differ between two builds");
    }

    @Test
    void rebuildingIntoTheSameFolderReplacesItIdentically() throws Exception {
        Path project = Fixtures.portal(Fixtures.MINIMAL);
        Path site = BuiltSite.build(project, work);
        Files.writeString(site.resolve("stale.html"), "left over");
        byte[] home = Files.readAllBytes(site.resolve("index.html"));
        BuiltSite.build(project, work);
        assertTrue(Files.notExists(site.resolve("stale.html")), "the new site replaces the old one");
        assertTrue(Arrays.equals(home, Files.readAllBytes(site.resolve("index.html"))));
    }
}
