package briefing;

import briefing.cli.Main;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A portal kept outside the engine overrides one template or one stylesheet with a file of the same name, and only
 * that file: every other page and asset is the engine's.
 */
class ProjectLayeringTest {
    @TempDir
    Path tmp;

    @Test
    void aPortalsOwnTemplateAndStylesheetReplaceTheEnginesFilesOfTheSameNameOnly() throws Exception {
        Path plain = BuiltSite.build(Fixtures.portal(Fixtures.MINIMAL), tmp.resolve("plain"));

        ContentTree own = Fixtures.copy(Fixtures.MINIMAL, tmp.resolve("own"));
        Path portal = own.project();
        Files.createDirectories(portal.resolve("templates"));
        Files.writeString(portal.resolve("templates/figures.ftl"), """
                <#ftl output_format="HTML" strip_whitespace=true>
                <#import "layout.ftl" as layout>
                <@layout.page title="Numbers" section="figures" description="The portal's own figures page.">
                <h1 id="own-figures">Our numbers</h1>
                <ul><#list content.page.measures as x><li>${x.name}</li></#list></ul>
                </@layout.page>
                """);
        Files.createDirectories(portal.resolve("assets/css"));
        Files.writeString(portal.resolve("assets/css/site.css"), "/* the portal's own stylesheet */ body{background:#fff}\n");
        Path site = BuiltSite.build(portal, tmp.resolve("built"));

        Document figures = BuiltSite.page(site, "figures/index.html");
        assertEquals("Our numbers", figures.select("h1#own-figures").text(), "the portal's template renders its page");
        assertFalse(figures.select("header, nav").isEmpty(), "through the engine's layout, which it did not override");
        assertFalse(figures.select("main li").isEmpty());
        assertEquals(Files.readString(portal.resolve("assets/css/site.css")), Files.readString(site.resolve("css/site.css")));

        List<String> files = BuiltSite.files(site);
        assertEquals(BuiltSite.files(plain), files, "the same pages and assets");
        for (String f : files) {
            if (f.equals("figures/index.html") || f.equals("css/site.css")) continue;
            assertArrayEquals(Files.readAllBytes(plain.resolve(f)), Files.readAllBytes(site.resolve(f)), f + " is the engine's");
        }
        assertTrue(Files.readString(plain.resolve("css/site.css")).length() > 1000, "the engine's stylesheet elsewhere");
    }

    @Test
    void buildWithProjectWritesIntoThePortalsTarget() throws Exception {
        ContentTree own = Fixtures.copy(Fixtures.MINIMAL, tmp.resolve("elsewhere"));
        assertEquals(0, Main.run("build", "--project", own.project().toString(), "--no-search"));
        assertTrue(Files.isRegularFile(own.project().resolve("target/site/index.html")));
        assertFalse(Files.exists(own.project().resolve("templates")), "the engine's templates are used where they are");
    }
}
