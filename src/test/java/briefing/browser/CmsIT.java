package briefing.browser;

import briefing.Fixtures;
import briefing.Project;
import briefing.cli.Main;
import briefing.cms.LocalCms;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An editor's first source, written in the web CMS alone: {@code ./portal cms}'s server (the preview, Decap CMS and its
 * local backend on one origin) runs on a git clone of the rich fixture; Chromium creates an actor, then a source's
 * metadata, its facts (one event picking that actor and an existing place from the pickers) and its summary, each
 * published; then the clone builds, and the new source's page shows the event with the actor's link. The files the CMS
 * did not touch are as they were (git sees only the new ones).
 */
class CmsIT {
    private static final String ACTOR = "harbour-pilots-guild";
    private static final String SOURCE = "river-gazette-2022-pilots";

    @Test
    void anEditorAddsASourceInTheBrowserAndThePortalBuilds(@TempDir Path dir) throws Exception {
        Path repo = dir.resolve("portal");
        Fixtures.copy(Fixtures.RICH, repo);
        git(repo, "init", "-q");
        git(repo, "add", "-A");
        git(repo, "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "fixture");
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        try (LocalCms cms = LocalCms.start(repo, Project.engineHome().resolve("target/tools"), 0, "/", System.out);
             Playwright playwright = Browsers.playwright(); Browser browser = Browsers.chromium(playwright)) {
            Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 1000)).newPage();
            String origin = "http://localhost:" + cms.port();
            page.onPageError(e -> errors.add("page error: " + e));
            page.onDialog(d -> {
                step("dialog: " + d.message());
                d.accept();
            });
            page.onRequest(r -> {
                if (!r.url().startsWith(origin + "/") && !r.url().startsWith("data:")) errors.add("request elsewhere: " + r.url());
            });
            page.navigate(cms.adminUrl());
            step("click 'Login' (the local backend)");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Login")).click();

            newEntry(page, cms, "actors", "Actors");
            fill(page, "Name", "Harbour Pilots Guild");
            choose(page, "Kind", "organisation");
            fill(page, "Description", "Invented guild of river pilots, for the CMS test.");
            publish(page, repo.resolve("content/actors/" + ACTOR + ".yaml"));

            newEntry(page, cms, "sources", "Sources");
            fill(page, "Source id", SOURCE);
            fill(page, "Title", "Pilots stop work on the river (fictional)");
            fill(page, "Publisher", "River Gazette (fictional test publisher)");
            fill(page, "Published", "2022-08-03");
            choose(page, "Kind", "news");
            fill(page, "Language", "en");
            publish(page, repo.resolve("content/sources/" + SOURCE + "/source.yaml"));

            newEntry(page, cms, "facts", "Source facts");
            fill(page, "Source id", SOURCE);
            step("click 'Add events'");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add events")).click();
            fill(page, "Id", "pilots-strike-2022");
            fill(page, "Date", "2022-08-02");
            fill(page, "Title", "River pilots stop work at Filadelfia's landing");
            choose(page, "Actors (optional)", "Pilots");
            choose(page, "Places (optional)", "Filadelfia");
            publish(page, repo.resolve("content/sources/" + SOURCE + "/facts.yaml"));

            newEntry(page, cms, "summaries", "Source summaries");
            fill(page, "Source id", SOURCE);
            step("fill the summary's Markdown");
            page.locator("[contenteditable=true], .CodeMirror").first().click();
            page.keyboard().type("This invented article says the [[" + ACTOR + "|pilots' guild]] stopped work at the river landing"
                    + " for a day. Nothing in it happened.");
            publish(page, repo.resolve("content/sources/" + SOURCE + "/summary.md"));
            Browsers.screenshot(page, "cms-summary", false);
        }
        assertEquals(List.of(), errors, "no script error and nothing asked of another origin");

        for (String f : List.of("content/actors/" + ACTOR + ".yaml", "content/sources/" + SOURCE + "/source.yaml",
                "content/sources/" + SOURCE + "/facts.yaml", "content/sources/" + SOURCE + "/summary.md")) {
            System.out.println("== " + f + "\n" + Files.readString(repo.resolve(f), StandardCharsets.UTF_8));
        }
        String status = git(repo, "status", "--porcelain", "--untracked-files=all");
        System.out.println("git status:\n" + status);
        assertEquals(List.of("?? content/actors/" + ACTOR + ".yaml", "?? content/sources/" + SOURCE + "/facts.yaml",
                "?? content/sources/" + SOURCE + "/source.yaml", "?? content/sources/" + SOURCE + "/summary.md"),
                status.lines().filter(l -> !l.contains("target/")).sorted().toList(), "only the new files; every other file as it was");

        assertEquals(0, Main.run("build", "--project", repo.toString(), "--no-search", "--no-cms"), "the clone builds");
        String html = Files.readString(repo.resolve("target/site/sources/" + SOURCE + ".html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("River pilots stop work at Filadelfia"), "the source's page shows its event");
        assertTrue(html.contains("actors/" + ACTOR + ".html"), "and links the new actor");
        assertTrue(html.contains("places/filadelfia.html"), "and the existing place");
    }

    /** Opens a collection's form for a new entry, from the collection's list (as an editor clicks 'New'). */
    private static void newEntry(Page page, LocalCms cms, String collection, String label) {
        step("open " + label + ", then its form for a new entry");
        page.navigate(cms.adminUrl() + "#/collections/" + collection);
        page.getByText("Sort by").first().waitFor();
        page.navigate(cms.adminUrl() + "#/collections/" + collection + "/new");
        page.getByText("Writing in " + label + " collection").waitFor();
    }

    private static void step(String what) {
        System.out.println("cms test: " + what);
    }

    private static void fill(Page page, String label, String value) {
        step("fill '" + label + "' with '" + value + "'");
        // "Source id" is the start of its label (Decap words the one field that names the folder its own way)
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(!label.equals("Source id"))).fill(value);
    }

    /** Types into a select or picker and takes the first option it offers. */
    private static void choose(Page page, String label, String typed) {
        step("pick '" + typed + "' in '" + label + "'");
        Locator input = page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
        input.fill(typed);
        page.getByRole(AriaRole.OPTION).first().waitFor();
        input.press("Enter");
    }

    /** Publish, Publish now; waits for the file to be written. */
    private static void publish(Page page, Path file) throws InterruptedException {
        step("click 'Publish', then 'Publish now' -> " + file.getFileName());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish").setExact(true)).click();
        page.getByText("Publish now").click();
        for (int i = 0; i < 300 && !Files.isRegularFile(file); i++) Thread.sleep(100);
        assertTrue(Files.isRegularFile(file), "the CMS wrote " + file);
        page.getByText("Entry saved").first().waitFor();
        page.waitForURL(java.util.regex.Pattern.compile(".*/entries/.*")); // Decap opens the saved entry: then the next form
    }

    private static String git(Path repo, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "git " + String.join(" ", args) + ": " + out);
        return out;
    }
}
