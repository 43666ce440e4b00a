package briefing.cli;

import briefing.Briefing;
import briefing.BuiltSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code portal init}: an empty portal, kept anywhere, that validates, builds with sensible pages, and takes new sources. */
class InitTest {
    @TempDir
    Path tmp;
    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();
    private final ByteArrayOutputStream out = console.out;
    private final ByteArrayOutputStream err = console.err;

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static final List<String> PAGES = List.of("index.html", "timeline/index.html", "actors/index.html", "places/index.html",
            "figures/index.html", "sources/index.html", "discrepancies/index.html", "search/index.html", "data/index.html",
            "404.html", "feed.xml", "sitemap.xml");

    @Test
    void anInitialisedPortalValidatesAndBuildsIntoItsOwnTarget() throws Exception {
        Path portal = tmp.resolve("my portal");
        assertEquals(0, Main.run("init", portal.toString(), "--title", "Harbour \"Watch\": a test"), errors());
        InitLanguagesTest.replacePlaceholders(portal);
        assertEquals(0, Main.run("validate", "--project", portal.toString()), errors());
        assertEquals(0, Main.run("build", "--project", portal.toString(), "--no-search"), errors());
        Path site = portal.resolve("target/site");
        for (String page : PAGES) assertTrue(Files.size(site.resolve(page)) > 0, page);

        Document home = BuiltSite.page(site, "index.html");
        assertEquals("Harbour \"Watch\": a test", home.select("h1").text());
        assertEquals("en", home.select("html").attr("lang"));
        assertTrue(home.select(".overview").text().contains("new-source"), "the overview says what to do next");
        assertTrue(home.select("svg").isEmpty(), "no map without places");
        assertEquals(2, home.select("p.empty").size(), "no events, no sources yet");

        Document timeline = BuiltSite.page(site, "timeline/index.html");
        assertTrue(timeline.select("main svg").isEmpty(), "no chart without events");
        assertFalse(timeline.select("main p.empty").text().isEmpty());
        for (String index : List.of("actors/index.html", "places/index.html", "figures/index.html", "sources/index.html")) {
            Document d = BuiltSite.page(site, index);
            assertEquals(1, d.select("main p.empty").size(), index + " says there is nothing yet");
            assertTrue(d.select("main svg").isEmpty(), index + " draws no empty picture");
        }
    }

    @Test
    void aFrenchPortalStartsInFrench() throws Exception {
        Path portal = tmp.resolve("fr");
        assertEquals(0, Main.run("init", portal.toString(), "--language", "fr"), errors());
        assertTrue(Files.readString(portal.resolve("content/portal.yaml")).contains("\nlanguage: fr\n"));
        InitLanguagesTest.replacePlaceholders(portal);
        assertEquals(0, Main.run("build", "--project", portal.toString(), "--no-search"), errors());
        Document home = BuiltSite.page(portal.resolve("target/site"), "index.html");
        assertEquals("fr", home.select("html").attr("lang"));
        assertEquals("Portail remplacé", home.select("h1").text());
        assertTrue(home.select(".overview p").get(1).text().startsWith("Ce portail est neuf et encore vide."), home.select(".overview").text());
        assertTrue(home.select("p.empty").text().startsWith("Aucun événement"));
    }

    @Test
    void aNewSourceInAnInitialisedPortalFailsOnlyOnItsPlaceholders() throws Exception {
        Path portal = tmp.resolve("p");
        assertEquals(0, Main.run("init", portal.toString()));
        assertEquals(0, Main.run("new-source", "first-report-2021", "--project", portal.toString()), errors());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("./portal validate --project " + portal));
        // the two scaffolds fit together: what is left to do is filling in the TODOs, and nothing else
        var e = org.junit.jupiter.api.Assertions.assertThrows(briefing.model.ContentException.class,
                () -> Briefing.validate(portal.resolve("content")));
        assertTrue(e.problems().stream().allMatch(p -> p.message().contains("placeholder")), e.problems()::toString);
    }

    @Test
    void everySchemaLineResolvesToACopiedSchema() throws Exception {
        Path portal = tmp.resolve("p");
        assertEquals(0, Main.run("init", portal.toString()));
        assertEquals(0, Main.run("new-source", "first-report-2021", "--project", portal.toString()));
        Pattern line = Pattern.compile("# yaml-language-server: \\$schema=(\\S+)");
        int checked = 0;
        try (var files = Files.walk(portal.resolve("content"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Matcher m = line.matcher(Files.readString(f));
                assertTrue(m.find(), f + " names its schema");
                assertTrue(Files.isRegularFile(f.getParent().resolve(m.group(1)).normalize()), f + ": " + m.group(1));
                checked++;
            }
        }
        assertEquals(4, checked, "portal.yaml, measures.yaml, source.yaml, facts.yaml");
        try (var files = Files.list(BuiltSite.projectRoot().resolve("schemas"))) {
            assertEquals(files.map(f -> f.getFileName().toString().replace(".schema.json", "")).sorted().toList(), InitCommand.SCHEMAS,
                    "init copies every schema the engine has");
        }
        assertEquals("target/\n", Files.readString(portal.resolve(".gitignore")));
        for (String dir : List.of("actors", "places", "sources")) assertTrue(Files.isDirectory(portal.resolve("content").resolve(dir)), dir);
    }

    @Test
    void initNeverWritesIntoAFolderThatHoldsSomething() throws Exception {
        Path portal = Files.createDirectories(tmp.resolve("taken"));
        Files.writeString(portal.resolve("notes.txt"), "mine");
        assertEquals(1, Main.run("init", portal.toString()));
        assertTrue(errors().contains(portal + " already exists and is not an empty folder; nothing was written"), errors());
        try (var files = Files.list(portal)) {
            assertEquals(List.of(portal.resolve("notes.txt")), files.toList());
        }
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertEquals(0, Main.run("init", empty.toString()), "an empty folder is fine");
        assertEquals(1, Main.run("init", tmp.resolve("x").toString(), "--language", "xx"));
        assertTrue(errors().contains("no scaffold in language 'xx'"), errors());
        assertFalse(Files.exists(tmp.resolve("x")));
    }
}
