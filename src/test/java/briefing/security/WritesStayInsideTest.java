package briefing.security;

import briefing.BuiltSite;
import briefing.ContentTree;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build writes only its own site: {@code --out} refuses the project, content/ or any folder holding them, the engine's
 * folders, a file, and a folder holding files that are not a site it wrote (each site carries a marker); a site that
 * cannot be swapped in (read-only) leaves the last good site as it was and nothing beside it, says why in one sentence,
 * exits 2, and the next build after the cause is fixed works.
 */
class WritesStayInsideTest {
    @TempDir
    Path tmp;
    private Path project;
    private Map<String, String> content;

    @BeforeEach
    void aPortal() {
        ContentTree tree = ContentTree.minimal(tmp.resolve("portal"));
        project = tree.project();
        content = CommandRun.snapshot(tree.content());
    }

    private CommandRun refusedOut(String out, String why) {
        String shown = project.resolve(out).normalize().toString();
        CommandRun run = CommandRun.build(project, "--out", out).assertRefused(2, "error: cannot build into " + shown + ": " + why);
        assertEquals(content, CommandRun.snapshot(project.resolve("content")), "the content is as it was");
        return run;
    }

    @Test
    void contentIsRefused() {
        refusedOut("content", "it is inside the portal's content/ folder; choose another --out (the default is target/site)");
        refusedOut("content/pages", "it is inside the portal's content/ folder; choose another --out (the default is target/site)");
    }

    @Test
    void theProjectAndTheFoldersHoldingItAreRefused() {
        refusedOut(".", "it is the portal's own folder; choose another --out (the default is target/site)");
        refusedOut("..", "it holds the portal's folder; choose another --out (the default is target/site)");
    }

    @Test
    void theEnginesFoldersAreRefused() {
        Path engine = BuiltSite.projectRoot();
        for (String f : List.of("src", "templates", "assets", "schemas")) {
            Path out = engine.resolve(f);
            CommandRun.build(project, "--out", out.toString()).assertRefused(2, "error: cannot build into " + out + ": it is inside the engine's "
                    + f + "/ folder; choose another --out (the default is target/site)");
        }
        CommandRun.build(project, "--out", engine.toString()).assertRefused(2, "error: cannot build into " + engine
                + ": it is the engine's own folder; choose another --out (the default is target/site)");
    }

    @Test
    void aForeignFolderOrAFileIsRefusedAndLeftAlone() throws IOException {
        Path foreign = tmp.resolve("notes");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("todo.txt"), "mine");
        CommandRun.build(project, "--out", foreign.toString()).assertRefused(2, "error: cannot build into " + foreign
                + ": it holds files that are not a site built by this generator; choose an empty or new folder for --out");
        assertEquals(Map.of("todo.txt", java.util.Base64.getEncoder().encodeToString("mine".getBytes())), CommandRun.snapshot(foreign));
        assertEquals(List.of("notes", "portal"), CommandRun.names(tmp), "nothing written beside it");
        Path file = foreign.resolve("todo.txt");
        CommandRun.build(project, "--out", file.toString()).assertRefused(2, "error: cannot build into " + file
                + ": it is a file, not a folder; choose another --out");
    }

    @Test
    void aSiteItWroteIsMarkedAndReplacedByTheNextBuild() {
        Path site = tmp.resolve("published/site");
        assertEquals(0, CommandRun.build(project, "--out", site.toString()).exit());
        assertTrue(Files.isRegularFile(site.resolve(".portal-site")), "the marker");
        CommandRun again = CommandRun.build(project, "--out", site.toString());
        assertEquals(0, again.exit(), again.printed());
        assertEquals(List.of("site", "site.jbake", "site.spare"), CommandRun.names(site.getParent()), "the previous site is the spare");
        assertTrue(Files.isRegularFile(site.resolveSibling("site.spare").resolve(".portal-site")), "the spare is marked as a site");
        Map<String, String> built = CommandRun.snapshot(site);
        CommandRun third = CommandRun.build(project, "--out", site.toString());
        assertEquals(0, third.exit(), third.printed());
        assertEquals(built, CommandRun.snapshot(site), "a site written over the spare is the same site");
        assertEquals(List.of("site", "site.jbake", "site.spare"), CommandRun.names(site.getParent()));
    }

    /** Makes {@code dir} read-only for this process, whatever it is: immutable as root (who ignores permissions), else chmod. */
    private static void readOnly(Path dir, boolean on) throws Exception {
        if (isRoot()) {
            Process p = new ProcessBuilder("chattr", on ? "+i" : "-i", dir.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            Assumptions.assumeTrue(p.waitFor() == 0, "chattr is needed to make a folder read-only for root");
        } else {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString(on ? "r-xr-xr-x" : "rwxr-xr-x"));
        }
        if (on) {
            boolean writable;
            try {
                Files.delete(Files.createFile(dir.resolve("probe")));
                writable = true;
            } catch (IOException e) {
                writable = false;
            }
            Assumptions.assumeFalse(writable, "this file system cannot make " + dir + " read-only");
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    @Test
    void aReadOnlySiteIsLeftAsItWasAndTheNextBuildWorks() throws Exception {
        Path site = project.resolve("target/site");
        assertEquals(0, CommandRun.build(project).exit());
        Map<String, String> good = CommandRun.snapshot(site);
        ContentTree.at(project).replace("sources/beta-2019/summary.md", "attacked", "attacked again");
        readOnly(site, true);
        try {
            CommandRun.build(project).assertRefused(2, "error: cannot build into " + project.resolve("target/site") + ": " + site
                    + " is read-only, so the new site could not replace the old one; make it writable (chmod -R u+w " + site + ") and build again");
        } finally {
            readOnly(site, false);
        }
        assertEquals(good, CommandRun.snapshot(site), "the last good site, byte for byte");
        assertEquals(List.of("site", "site.jbake"), CommandRun.names(site.getParent()), "no staging or old folder left");
        CommandRun later = CommandRun.build(project);
        assertEquals(0, later.exit(), later.printed());
        assertTrue(Files.readString(site.resolve("sources/beta-2019.html")).contains("attacked again"));
    }

    @Test
    void aReadOnlyParentIsLeftAsItWas() throws Exception {
        Path site = project.resolve("target/site");
        assertEquals(0, CommandRun.build(project).exit());
        Map<String, String> good = CommandRun.snapshot(site);
        Path target = site.getParent();
        readOnly(target, true);
        try {
            CommandRun.build(project).assertRefused(2, "error: cannot build into " + site + ": " + target
                    + " is read-only, so the new site could not replace the old one; make it writable (chmod -R u+w " + target + ") and build again");
        } finally {
            readOnly(target, false);
        }
        assertEquals(good, CommandRun.snapshot(site));
        assertEquals(List.of("site", "site.jbake"), CommandRun.names(target));
        assertEquals(0, CommandRun.build(project).exit());
    }

    @Test
    void aSpareThatCannotBeWrittenOverIsSaidAndTheNextBuildClearsIt() throws Exception {
        Assumptions.assumeTrue(isRoot(), "only root can make one file unwritable in a writable folder (chattr +i)");
        Path site = project.resolve("target/site");
        assertEquals(0, CommandRun.build(project).exit());
        assertEquals(0, CommandRun.build(project).exit()); // the first site is now the spare, which the next build writes over
        Map<String, String> good = CommandRun.snapshot(site);
        Path stuck = site.resolveSibling("site.spare").resolve("index.html");
        Path staged = site.resolveSibling("site.staging").resolve("index.html");
        readOnly(stuck, true);
        try {
            CommandRun failed = CommandRun.build(project);
            assertEquals(2, failed.exit(), failed.printed());
            assertTrue(failed.err().contains("a page could not be made") && failed.err().contains("index.html: cannot be written to " + staged
                    + " (Operation not permitted)"), failed.err());
            assertTrue(!failed.err().contains("\tat "), "no stack trace: " + failed.err());
        } finally {
            readOnly(staged, false);
        }
        assertEquals(good, CommandRun.snapshot(site), "the site is as it was");
        assertEquals(0, CommandRun.build(project).exit());
        assertEquals(List.of("site", "site.jbake", "site.spare"), CommandRun.names(site.getParent()), "what the failed build left is gone");
    }
}
