package briefing;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sources that disagree are shown side by side, on the discrepancies page and on the pages concerned. */
class DiscrepancyBuildTest {
    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() throws Exception {
        ContentTree tree = ContentTree.minimal(tmp.resolve("project")).withTemplatesAndAssets()
                // beta says 12,000 troops in the same month alpha says 11,200: a figure discrepancy
                .replace("sources/beta-2019/facts.yaml", "value: 11200", "value: 12000")
                // and dates the attack in Kidal to February where alpha (below) says January: a date discrepancy
                .replace("sources/alpha-2013/facts.yaml", "figures:", """
                          - id: kidal-attack
                            date: 2019-02-03
                            title: Attack on MINUSMA in Kidal
                            actors: [minusma]
                            places: [kidal]
                        figures:""");
        site = BuiltSite.build(tree.project(), tmp.resolve("out"));
    }

    @Test
    void theDiscrepanciesPageShowsEachSourcesVersion() {
        Document d = BuiltSite.page(site, "discrepancies/index.html");
        assertEquals(2, d.select("section.discrepancy").size(), d.select("main").text());
        String text = d.select("main").text();
        assertTrue(text.contains("11,200") && text.contains("12,000"), text);
        assertTrue(text.contains("20 January 2019") && text.contains("3 February 2019"), text);
        assertTrue(d.select("section.discrepancy a[href$=sources/alpha-2013.html]").size() >= 2, "each version cites its source");
        assertTrue(d.select("section.discrepancy a[href$=sources/beta-2019.html]").size() >= 2, "each version cites its source");
    }

    @Test
    void theMeasureAndTheEventSayTheSourcesDisagree() {
        Document measure = BuiltSite.page(site, "figures/troops.html");
        assertEquals(2, measure.select("tr.disputed").size(), "both values are marked disputed");
        assertEquals(1, measure.select("section.discrepancy").size());
        Document year = BuiltSite.page(site, "timeline/2019.html");
        assertTrue(year.selectFirst("#event-kidal-attack").hasClass("disputed"), "the event is marked");
        assertTrue(year.selectFirst("#event-kidal-attack").text().contains("3 February 2019"), "both dates shown");
        Document actor = BuiltSite.page(site, "actors/minusma.html");
        assertTrue(actor.select("section.discrepancy").size() >= 1, "the actor's page lists the disagreements about it");
    }
}
