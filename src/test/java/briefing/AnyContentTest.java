package briefing;

import briefing.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generic checks RealContentIT runs over the repository's content/, run here over other portals' content put where
 * content/ goes and built as {@code mvn package} builds it (the command line's {@code build}, into target/site): they
 * pass for any valid content, and they fail when a page is missing, unplanned or broken.
 */
class AnyContentTest {
    @TempDir
    Path tmp;

    /** A project folder holding the fixture's content/ and nothing else, built by the CLI into its target/site. */
    private Path built(String fixture) {
        Path project = Fixtures.copy(fixture, tmp.resolve(fixture)).project();
        assertEquals(0, Main.run("build", "--project", project.toString(), "--no-search"), "the CLI builds " + fixture);
        return project;
    }

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.MINIMAL, Fixtures.FRENCH, Fixtures.BILINGUAL})
    void theGenericChecksPassForAnyValidContent(String fixture) throws Exception {
        Path project = built(fixture);
        Path site = project.resolve("target/site");
        SiteContract.Plan plan = SiteContract.check(project, site);

        Samples samples = Samples.of(plan.linked());
        assertEquals(SiteContract.absentKinds(plan.linked()), samples.absent(), "absent exactly when the content has none");
        Set<String> htmlKinds = new TreeSet<>();
        plan.pages().stream().filter(p -> p.url().endsWith(".html") && !p.type().equals("notfound")).forEach(p -> htmlKinds.add(p.type()));
        assertEquals(htmlKinds, new TreeSet<>(samples.kinds()), "a sample of every kind of HTML page the content has");
        SiteContract.checkSamples(site, samples);
        assertTrue(BuiltSite.page(site, "404.html").body().hasClass("page-notfound"));
    }

    @Test
    void theGenericChecksFailOnAMissingAnUnplannedOrABrokenPage() throws Exception {
        Path project = built(Fixtures.MINIMAL);
        Path site = project.resolve("target/site");
        SiteContract.Plan plan = SiteContract.check(project, site);
        String actorPage = plan.pagesOf("actor").get(0);
        String sourcePage = plan.pagesOf("source").get(0);

        Path moved = tmp.resolve("moved.html");
        Files.move(site.resolve(actorPage), moved);
        assertThrows(AssertionError.class, () -> SiteContract.check(project, site), "a planned page is missing");
        Files.move(moved, site.resolve(actorPage));

        Files.writeString(site.resolve(actorPage), "");
        assertThrows(AssertionError.class, () -> SiteContract.check(project, site), "a planned page is empty");
        assertEquals(0, Main.run("build", "--project", project.toString(), "--no-search"));

        Files.writeString(site.resolve("actors/stray.html"), "<!doctype html><title>stray</title><h1>stray</h1>");
        assertThrows(AssertionError.class, () -> SiteContract.check(project, site), "a page nobody planned");
        Files.delete(site.resolve("actors/stray.html"));

        Samples samples = Samples.of(plan.linked());
        SiteContract.checkSamples(site, samples);
        Files.copy(site.resolve("404.html"), site.resolve(actorPage), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThrows(AssertionError.class, () -> SiteContract.checkSamples(site, samples), "a sample that is the 404 page");
        assertEquals(0, Main.run("build", "--project", project.toString(), "--no-search"));

        String html = Files.readString(site.resolve(sourcePage));
        Files.writeString(site.resolve(sourcePage), html.replace("</main>", "<a href=\"../actors/nobody.html\">x</a></main>"));
        AssertionError e = assertThrows(AssertionError.class, () -> SiteContract.check(project, site), "a broken link");
        assertTrue(e.getMessage().contains("nobody.html"), e.getMessage());
    }

    @Test
    void samplesAreChosenFromTheContent() throws Exception {
        SiteContract.Plan plan = SiteContract.plan(Fixtures.portal(Fixtures.RICH));
        Samples samples = Samples.of(plan.linked());
        assertEquals(java.util.Map.of(), samples.absent());
        List<String> urls = new ArrayList<>(samples.pages().stream().map(Samples.Sample::url).toList());
        String actor = Samples.mostEvents(plan.linked().actors()).orElseThrow();
        int most = plan.linked().actors().get(actor).events().size();
        assertTrue(plan.linked().actors().values().stream().allMatch(a -> a.events().size() <= most));
        assertTrue(urls.contains("actors/" + actor + ".html"), urls.toString());
        String name = plan.corpus().actors().get(actor).name();
        assertTrue(urls.stream().anyMatch(u -> u.startsWith("search/index.html?q=")
                && java.net.URLDecoder.decode(u.substring(u.indexOf("q=") + 2), java.nio.charset.StandardCharsets.UTF_8).equals(name)),
                "the search sample looks for a real actor's name: " + urls);
    }
}
