package briefing;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the editor's loop shows on the built pages: planned events labelled and kept out of the latest events, tags as
 * labels, counts filled into the tagline and pages, an [[id]] link quoted by name on the place page, HTML as text.
 */
class EditorLoopBuildTest {
    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() throws Exception {
        ContentTree tree = ContentTree.minimal(tmp.resolve("project")).withTemplatesAndAssets()
                .replace("sources/beta-2019/facts.yaml", "figures:", """
                          - id: kidal-vote
                            date: 2019-01-31
                            status: planned
                            title: A vote on Kidal is due
                            actors: [minusma]
                            places: [kidal]
                            tags: [election, kidal-watch]
                        figures:""")
                .replace("portal.yaml", "tagline: A tiny portal for tests", "tagline: \"{sources} sources, {events} events in a tiny portal\"")
                .replace("sources/beta-2019/summary.md", "MINUSMA was attacked in Kidal.",
                        "MINUSMA was attacked in [[kidal]]. It <b>left</b>.");
        site = BuiltSite.build(tree.project(), tmp.resolve("out"));
    }

    private static Element event(Document d, String id) {
        return d.selectFirst("#event-" + id);
    }

    @Test
    void aPlannedEventIsLabelledAndLeftOutOfTheLatest() {
        Document home = BuiltSite.page(site, "index.html");
        String latest = home.select("main ol.events").text();
        assertFalse(latest.contains("A vote on Kidal is due"), latest);
        assertTrue(latest.contains("Attack in Kidal"), latest);
        Document year = BuiltSite.page(site, "timeline/2019.html");
        assertEquals("Planned", event(year, "kidal-vote").select(".event-date .planned").text());
        assertTrue(event(year, "kidal-attack").select(".planned").isEmpty(), "what happened is not labelled");
    }

    @Test
    void tagsAreSmallLabelsOnEventLists() {
        Document year = BuiltSite.page(site, "timeline/2019.html");
        // tags without a label of their own are shown as their id made readable
        assertEquals(List.of("Election", "Kidal watch"), event(year, "kidal-vote").select(".event-tags .tag").eachText());
        assertEquals("Tags", event(year, "kidal-vote").select(".event-tags .label").text());
    }

    @Test
    void countsAreFilledIntoTheTagline() {
        Document home = BuiltSite.page(site, "index.html");
        assertTrue(home.select(".tagline").text().startsWith("2 sources, 3 events "), home.select(".tagline").text());
    }

    @Test
    void anExplicitLinkIsQuotedByNameOnThePlacePageAndHtmlStaysText() {
        Document kidal = BuiltSite.page(site, "places/kidal.html");
        assertTrue(kidal.select("main").text().contains("MINUSMA was attacked in Kidal."), kidal.select("main").text());
        Document source = BuiltSite.page(site, "sources/beta-2019.html");
        assertTrue(source.select("main").text().contains("It <b>left</b>."), "shown as text");
        assertTrue(source.select("main b").isEmpty(), "never live markup");
    }

    @Test
    void aSourcesPageShowsItsOwnTitleOfASharedEventAndTheOthersAsVariants() {
        // minusma-created: "MINUSMA is created" in alpha-2013 (the more precise date: the title kept), "MINUSMA set up" in beta-2019
        Element onBeta = event(BuiltSite.page(site, "sources/beta-2019.html"), "minusma-created");
        assertEquals("MINUSMA set up", onBeta.select(".event-title").text(), "the source's own words");
        assertEquals("Also reported as \u201cMINUSMA is created\u201d (Alpha Press, 2 May 2013)", onBeta.select(".event-variants").text());
        Element onAlpha = event(BuiltSite.page(site, "sources/alpha-2013.html"), "minusma-created");
        assertEquals("MINUSMA is created", onAlpha.select(".event-title").text());
        assertEquals("Also reported as \u201cMINUSMA set up\u201d (Beta Weekly, 28 January 2019 – 1 February 2019)", onAlpha.select(".event-variants").text());
        Element inTimeline = event(BuiltSite.page(site, "timeline/2013.html"), "minusma-created");
        assertEquals("MINUSMA is created", inTimeline.select(".event-title").text(), "one title elsewhere");
        assertEquals("Also reported as \u201cMINUSMA set up\u201d (Beta Weekly, 28 January 2019 – 1 February 2019)", inTimeline.select(".event-variants").text());
        assertTrue(event(BuiltSite.page(site, "timeline/2019.html"), "kidal-attack").select(".event-variants").isEmpty(),
                "an event one source reports has no variants");
    }
}
