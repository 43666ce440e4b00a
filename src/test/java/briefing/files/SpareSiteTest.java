package briefing.files;

import briefing.Briefing;
import briefing.BuiltSite;
import briefing.ContentTree;
import briefing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build writes over the spare (the site before the last) instead of making every file anew, and sweeps what it has no
 * use for: the pages of a source that went, an older search index's fragments, a bundle the index no longer needs. The
 * site it makes is the one a build into a new folder makes, byte for byte, search index included.
 */
class SpareSiteTest {
    private static final String GONE = "sources/el-chaqueno-2023-farewell";

    @TempDir
    Path work;

    @Test
    void aSiteWrittenOverTheSpareIsTheSiteANewFolderGets() throws Exception {
        ContentTree tree = Fixtures.copy(Fixtures.RICH, work.resolve("portal"));
        Path site = work.resolve("out/site");
        Path spare = work.resolve("out/site.spare");
        Briefing.Options bundlesOfTen = new Briefing.Options(true).withSearchBundle(10);
        Briefing.build(tree.project(), site, bundlesOfTen);
        assertFalse(Files.exists(spare), "no spare before a second build");
        Briefing.build(tree.project(), site, bundlesOfTen);
        assertTrue(Files.isRegularFile(spare.resolve(GONE + ".html")), "the first site is the spare");
        assertTrue(Files.isDirectory(spare.resolve("pagefind-4")), "the spare's index has a fourth bundle");

        // a source goes, a summary changes (its fragment is another file), and the index needs fewer bundles
        SiteFolder.deleteTree(tree.content().resolve(GONE));
        tree.replace("sources/unomch-bulletin-2022-07/summary.md", "gives no author.", "gives no author, and an edit says so.");
        Briefing.Options bundlesOfForty = new Briefing.Options(true).withSearchBundle(40);
        Briefing.build(tree.project(), site, bundlesOfForty);

        Path fresh = work.resolve("fresh/site");
        Briefing.build(tree.project(), fresh, bundlesOfForty);
        assertFalse(Files.exists(site.resolve(GONE + ".html")), "the gone source's page is swept");
        assertFalse(Files.exists(site.resolve("pagefind-4")), "the bundle the index no longer needs is swept");
        assertTrue(BuiltSite.page(site, "sources/unomch-bulletin-2022-07.html").text().contains("an edit says so"));
        BuiltSite.assertSameFiles(fresh, site, "a site written over the spare and a site written into a new folder");
        assertEquals(fileCount(fresh), fileCount(site));
    }

    private static long fileCount(Path dir) throws Exception {
        try (var s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).count();
        }
    }
}
