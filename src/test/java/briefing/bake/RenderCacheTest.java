package briefing.bake;

import briefing.Briefing;
import briefing.BuiltSite;
import briefing.ContentTree;
import briefing.Fixtures;
import briefing.files.SiteException;
import briefing.model.ContentException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds that reuse the last site (--cache) give the same site, byte for byte, as a full build of the same content, and
 * render again exactly what an edit reaches: an edited source's pages, every page after a template or interface text
 * changed, every page when the manifest is unreadable or the previous page's file was changed.
 */
class RenderCacheTest {
    private static final String SOURCE = "sources/unomch-bulletin-2022-07";

    @TempDir
    Path work;
    private ContentTree tree;
    private Path site;
    private Path cache;

    @BeforeEach
    void portal() {
        tree = Fixtures.copy(Fixtures.RICH, work.resolve("portal"));
        site = work.resolve("out/site");
        cache = work.resolve("out/cache");
    }

    private Briefing.Report cached() throws Exception {
        return Briefing.build(tree.project(), site, new Briefing.Options(false).withCache(cache));
    }

    /** The site a build without the cache makes of the portal as it is now, in a folder of its own. */
    private Path full() throws Exception {
        return BuiltSite.build(tree.project(), work.resolve("full-" + System.nanoTime()));
    }

    @Test
    void anEditedSourceRebuildsToTheSameBytesAsAFullBuild() throws Exception {
        Briefing.Report first = cached();
        assertEquals(0, first.reused(), "nothing to reuse the first time");
        assertTrue(Files.isRegularFile(cache.resolve(RenderCache.MANIFEST)), "the manifest is saved after the build");
        Briefing.Report same = cached();
        assertEquals(same.pages(), same.reused(), "unchanged content: every page reused");
        assertTrue(same.summary().contains("(" + same.pages() + " pages reused)"), same.summary());

        tree.replace(SOURCE + "/summary.md", "gives no author.", "gives no author, and an edit says so.");
        Briefing.Report edited = cached();
        assertTrue(BuiltSite.page(site, SOURCE + ".html").text().contains("an edit says so"), "the edited source's page is new");
        assertTrue(edited.reused() > edited.pages() / 2, "most pages reused: " + edited.reused() + " of " + edited.pages());
        assertTrue(edited.reused() < edited.pages(), "the edited source's pages rendered again");
        BuiltSite.assertSameFiles(full(), site, "a cached build after an edit and a full build");
    }

    @Test
    void aBilingualPortalReusesBothEditions() throws Exception {
        tree = Fixtures.copy(Fixtures.BILINGUAL, work.resolve("bilingual"));
        Briefing.Report first = cached();
        Briefing.Report again = cached();
        assertEquals(0, first.reused());
        assertEquals(again.pages(), again.reused(), "each edition's pages, by their own urls");
        BuiltSite.assertSameFiles(full(), site, "a bilingual portal rebuilt from the cache");
    }

    @Test
    void aChangedTemplateRendersEveryPageAgain() throws Exception {
        String template = Files.readString(BuiltSite.projectRoot().resolve("templates/source.ftl")) + "<!-- the portal's own -->\n";
        // a template is read by pages of every type (through the layout): all rendered
        afterAChangeEveryPageIsRenderedAgain("templates/source.ftl", template, "<!-- the portal's own -->");
    }

    @Test
    void aChangedInterfaceTextRendersThePagesAgain() throws Exception {
        // in every page's footer, printed by the template: the interface text is every page's
        afterAChangeEveryPageIsRenderedAgain("i18n/en.properties", "layout.footer.cites = Cited and renamed for the test\n",
                "Cited and renamed for the test");
    }

    /** Writes the portal's file {@code rel} after a cached build: the next one renders every page, and shows {@code shown}. */
    private void afterAChangeEveryPageIsRenderedAgain(String rel, String text, String shown) throws Exception {
        cached();
        Path file = tree.project().resolve(rel);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Briefing.Report again = cached();
        assertTrue(Files.readString(site.resolve(SOURCE + ".html")).contains(shown), "the change is on the page");
        assertEquals(0, again.reused(), "every page rendered after " + rel + " changed");
        BuiltSite.assertSameFiles(full(), site, "a cached build after " + rel + " changed");
    }

    @Test
    void aCorruptManifestMeansAFullBuildWithTheSameSite() throws Exception {
        cached();
        Files.writeString(cache.resolve(RenderCache.MANIFEST), Files.readAllLines(cache.resolve(RenderCache.MANIFEST)).get(0) + "\n"
                + "index.html\tnot-a-hash\n");
        Briefing.Report again = cached();
        assertEquals(0, again.reused(), "an unreadable manifest: every page rendered, no error");
        BuiltSite.assertSameFiles(full(), site, "a build after a corrupt manifest");
        assertEquals(again.pages(), cached().reused(), "the manifest written again whole");
    }

    @Test
    void aPreviousPageChangedOnDiskIsRenderedNotCopied() throws Exception {
        cached();
        // one letter changed, the length kept: the checksum, not the size, tells
        String home = Files.readString(site.resolve("index.html"));
        int at = home.indexOf("</title>") - 1;
        Files.writeString(site.resolve("index.html"), home.substring(0, at) + (home.charAt(at) == 'x' ? 'y' : 'x') + home.substring(at + 1));
        Briefing.Report again = cached();
        assertEquals(again.pages() - 1, again.reused(), "only the changed file's page rendered");
        assertEquals(home, Files.readString(site.resolve("index.html")));
        BuiltSite.assertSameFiles(full(), site, "a build over a site changed by hand");
    }

    @Test
    void aFailedBuildLeavesTheManifestAndTheSite() throws Exception {
        cached();
        byte[] manifest = Files.readAllBytes(cache.resolve(RenderCache.MANIFEST));
        byte[] home = Files.readAllBytes(site.resolve("index.html"));
        tree.replace(SOURCE + "/source.yaml", "license: CC0 1.0", "license: [CC0 1.0");
        assertThrows(ContentException.class, this::cached);
        assertArrayEquals(manifest, Files.readAllBytes(cache.resolve(RenderCache.MANIFEST)));
        assertTrue(Arrays.equals(home, Files.readAllBytes(site.resolve("index.html"))));
    }

    @Test
    void theCacheMayNotLiveWhereABuildReadsOrReplaces() {
        for (Path dir : new Path[] {site.resolve("cache"), tree.content().resolve("cache"), site.getParent()}) {
            SiteException e = assertThrows(SiteException.class,
                    () -> Briefing.build(tree.project(), site, new Briefing.Options(false).withCache(dir)), dir.toString());
            assertTrue(e.getMessage().contains("choose another --cache"), e.getMessage());
        }
    }
}
