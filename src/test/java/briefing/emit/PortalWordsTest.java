package briefing.emit;

import briefing.BuiltSite;
import briefing.Fixtures;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A portal's own words on its pages: tags by their labels (never raw ids), editorial pages titled as their editor wrote
 * them, a place kind the portal declares an area drawn as one, and feed ids tied to the portal, not to the engine.
 */
class PortalWordsTest {
    @TempDir
    Path tmp;

    @Test
    void tagsTitlesAreasAndFeedIds() throws Exception {
        Path project = tmp.resolve("p");
        Fixtures.copy(Fixtures.MINIMAL, project);
        Path content = project.resolve("content");
        Path portal = content.resolve("portal.yaml");
        Files.writeString(portal, Files.readString(portal) + """
                url: https://example.org
                tags: {deployment: Despliegue de observadores}
                place_kinds: {departamento: {label: Departamento, area: true}, island: Island}
                """);
        Path facts = content.resolve("sources/unotv-2022-first-report/facts.yaml");
        Files.writeString(facts, Files.readString(facts).replace("tags: [deployment]", "tags: [deployment, resolution, dejacion-de-armas]"));
        Files.writeString(content.resolve("places/shefa.yaml"), "name: Shefa (fictional province)\nkind: departamento\nlat: -17.6\nlon: 168.4\n");
        Files.writeString(content.resolve("places/efate.yaml"), "name: Efate (fictional)\nkind: island\nlat: -17.65\nlon: 168.4\n");
        Files.writeString(content.resolve("pages/metodologia.md"), "---\ntitle: \"Metodología\"\n---\n\nCómo se hizo.\n");
        Files.writeString(content.resolve("pages/glosario.md"), "# Glosario de términos\n\nPalabras.\n");
        Files.writeString(content.resolve("pages/notas.md"), "Sin título propio.\n");

        Path site = BuiltSite.build(project, tmp.resolve("out"));

        Document source = BuiltSite.page(site, "sources/unotv-2022-first-report.html");
        String tags = source.select(".event-tags .tag").eachText().toString();
        assertEquals("[Dejacion de armas, Despliegue de observadores, Resolution]", tags, "labels (the mark's for resolution), never ids");

        Document methodology = BuiltSite.page(site, "pages/metodologia.html");
        assertEquals("Metodología", methodology.select("h1").text());
        assertFalse(methodology.select("main").text().contains("title:"), "the front matter is not shown");
        Document glossary = BuiltSite.page(site, "pages/glosario.html");
        assertEquals("Glosario de términos", glossary.select("h1").text());
        assertEquals(1, glossary.select("main h1, main h2").stream().filter(h -> h.text().equals("Glosario de términos")).count(),
                "the heading is the title, not shown twice");
        assertEquals("Notas", BuiltSite.page(site, "pages/notas.html").select("h1").text(), "no title of its own: the file name");
        Document home = BuiltSite.page(site, "index.html");
        assertTrue(home.select("footer a").eachText().contains("Metodología"), home.select("footer").text());

        Document places = BuiltSite.page(site, "places/index.html");
        assertEquals(1, places.select("circle.mk-area").size(), "the declared area is a ring, the island and the city are not");

        String feed = Files.readString(site.resolve("feed.xml"));
        assertFalse(feed.contains("2013") || feed.contains("briefing.invalid"), "nothing fixed in the engine");
        assertTrue(feed.contains("<id>https://example.org/minimal-test/#event:unotv-arrives</id>"), feed);
    }
}
