package briefing.security;

import briefing.ContentTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing outside the project reaches the site: a symbolic link in content/, assets/, templates/ or i18n/ that leads out
 * of the portal and the engine (or into a hidden folder such as .git) is an error at its path, exit 1, the last good site
 * left byte for byte as it was, and the linked file's text appears nowhere. Links that stay inside are fine.
 */
class ReadsStayInsideTest {
    private static final String SECRET = "TOP-SECRET-" + "7f3a"; // the text of the file outside the project
    private static final String REFUSED = ": error: a link to a file outside the project; copy the file in instead";

    @TempDir
    Path tmp;
    private ContentTree tree;
    private Path project;
    private Path site;
    private Path outside;
    private Map<String, String> goodSite;

    @BeforeEach
    void aGoodSiteAndAFileOutside() throws IOException {
        tree = ContentTree.minimal(tmp.resolve("portal"));
        project = tree.project();
        site = project.resolve("target/site");
        outside = tmp.resolve("elsewhere/secret.txt");
        Files.createDirectories(outside.getParent());
        Files.writeString(outside, "name: " + SECRET + "\nkind: mission\ndescription: " + SECRET + "\n" + SECRET + " = x\n");
        assertEquals(0, CommandRun.build(project).exit());
        goodSite = CommandRun.snapshot(site);
    }

    /** The link at {@code rel} (under the project) is refused with its path, and nothing changed. */
    private void refused(String rel) {
        CommandRun run = CommandRun.build(project).assertRefused(1, rel + REFUSED);
        assertFalse(run.printed().contains(SECRET), "the file's text is not shown either");
        assertEquals(goodSite, CommandRun.snapshot(site), "the last good site, byte for byte");
        assertEquals(java.util.List.of("site", "site.jbake"), CommandRun.names(site.getParent()), "no staging or old folder left");
        if (rel.startsWith("content") || rel.startsWith("i18n")) { // what validate reads, it refuses the same way
            CommandRun.of("validate", "--project", project.toString()).assertRefused(1, rel + REFUSED);
        }
    }

    private void link(String rel, Path target) throws IOException {
        Path l = project.resolve(rel);
        Files.createDirectories(l.getParent());
        Files.deleteIfExists(l);
        Files.createSymbolicLink(l, target);
    }

    @Test
    void aPageLinkedOutOfContentIsRefused() throws IOException {
        link("content/pages/leak.md", outside);
        refused("content/pages/leak.md");
    }

    @Test
    void aSummaryLinkedOutIsRefused() throws IOException {
        link("content/sources/alpha-2013/summary.md", outside);
        refused("content/sources/alpha-2013/summary.md");
    }

    @Test
    void anActorLinkedOutIsRefused() throws IOException {
        link("content/actors/minusma.yaml", outside);
        refused("content/actors/minusma.yaml");
    }

    @Test
    void aSourceFolderLinkedOutIsOneProblem() throws IOException {
        Files.writeString(outside.resolveSibling("source.yaml"), "title: " + SECRET + "\n");
        link("content/sources/gamma-2020", outside.getParent());
        refused("content/sources/gamma-2020");
    }

    @Test
    void aLinkIntoGitIsRefusedThoughInsideTheFolder() throws IOException {
        // CI's checkout keeps its token in .git/config: a hidden folder is outside what a build may read
        Files.createDirectories(project.resolve(".git"));
        Files.writeString(project.resolve(".git/config"), "[http]\n\textraheader = AUTHORIZATION: basic " + SECRET + "\n");
        link("content/pages/config.md", Path.of("../../.git/config"));
        refused("content/pages/config.md");
    }

    @Test
    void anAssetLinkedOutIsRefused() throws IOException {
        link("assets/leak.txt", outside);
        refused("assets/leak.txt");
    }

    @Test
    void anAssetsFolderLinkedOutIsRefused() throws IOException {
        link("assets", outside.getParent());
        refused("assets");
    }

    @Test
    void aPortalTemplateLinkedOutIsRefused() throws IOException {
        link("templates/notfound.ftl", outside);
        refused("templates/notfound.ftl");
    }

    @Test
    void interfaceTextLinkedOutIsRefused() throws IOException {
        link("i18n/en.properties", outside);
        refused("i18n/en.properties");
    }

    @Test
    void linksThatStayInsideAreFine() throws IOException {
        Path common = project.resolve("common/notes.md");
        Files.createDirectories(common.getParent());
        Files.writeString(common, "# Shared notes\n\nWritten once, linked twice.\n");
        link("content/pages/notes.md", Path.of("../../common/notes.md"));
        link("assets/common", Path.of("../common"));
        CommandRun run = CommandRun.build(project);
        assertEquals(0, run.exit(), run.printed());
        assertTrue(Files.readString(site.resolve("pages/notes.html")).contains("Written once, linked twice."));
        assertTrue(Files.isRegularFile(site.resolve("common/notes.md")), "a linked folder inside the project is copied as a folder");
    }
}
