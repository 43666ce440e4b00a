package briefing;

import briefing.link.LinkedCorpus;
import briefing.model.Actor;
import briefing.model.Corpus;
import briefing.model.Source;
import briefing.model.Urls;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static briefing.BuiltSite.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The smallest portal (one source, actor, place, event, figure and statement; no editorial page, no disagreement)
 * builds a whole site in which each page shows its one thing, and says what is not there rather than breaking.
 */
class MinimalPortalBuildTest {
    @TempDir
    static Path work;
    static Path site;
    static Corpus corpus;
    static LinkedCorpus linked;

    @BeforeAll
    static void build() throws Exception {
        site = Fixtures.build(Fixtures.MINIMAL, work);
        SiteContract.Plan plan = SiteContract.check(Fixtures.portal(Fixtures.MINIMAL), site);
        corpus = plan.corpus();
        linked = plan.linked();
    }

    @Test
    void theFixtureIsOneOfEachThing() {
        assertEquals(1, corpus.sources().size());
        assertEquals(1, corpus.actors().size());
        assertEquals(1, corpus.places().size());
        assertEquals(1, linked.events().size());
        assertEquals(Map.of("page", "the content has no editorial page besides the overview",
                        "document", "the content has no documents", "documents", "the content has no documents"), SiteContract.absentKinds(linked),
                "every kind of page but the editorial ones");
        assertTrue(linked.discrepancies().isEmpty());
    }

    @Test
    void theSourcePageShowsWhatIsKnownAndWhatIsNot() {
        Source s = corpus.sources().values().iterator().next();
        Document d = page(site, Urls.source(s.id()));
        assertEquals(s.title(), d.selectFirst("h1").text());
        int unknowns = (s.authors().isEmpty() ? 1 : 0) + (s.license().isEmpty() ? 1 : 0) + (s.url().isEmpty() ? 1 : 0);
        assertEquals(unknowns, d.select("dl.metadata dd .unknown").size(), d.select("dl.metadata").text());
        assertEquals(s.url().isPresent(), !d.select("a.original[rel~=external]").isEmpty(), "a link to the original iff it has one");
        assertEquals(s.events().size(), d.select("li.event").size());
        assertEquals(s.figures().size(), d.select("table.figures tbody tr").size());
        assertEquals(s.statements().size(), d.select("li.statement").size());
    }

    @Test
    void theActorPageShowsItsAliasesEventFigureAndStatement() {
        Actor a = corpus.actors().values().iterator().next();
        Document d = page(site, Urls.actor(a.id()));
        assertEquals(a.name(), d.selectFirst("h1").text());
        Element aliases = d.selectFirst(".aliases");
        assertNotNull(aliases);
        a.aliases().forEach(alias -> assertTrue(aliases.text().contains(alias), alias));
        assertEquals(linked.actors().get(a.id()).events().size(), d.select("li.event").size());
        assertEquals(linked.actors().get(a.id()).figures().size(), d.select("table.figures tbody tr").size());
        assertEquals(linked.actors().get(a.id()).statementsBy().size(), d.select("li.statement").size());
    }

    @Test
    void theHomePageHasItsKeyFigureLatestEventAndSource() {
        Document home = page(site, Urls.HOME);
        assertEquals(corpus.portal().title(), home.selectFirst("h1").text());
        // no key_measures in portal.yaml: every measure with a figure about the topic
        assertEquals(linked.figures().size(), home.select(".key-figures .card").size());
        assertEquals(1, home.select("#latest-title ~ ol.events > li.event").size());
        assertNotNull(home.selectFirst(".overview a[href=" + Urls.actor(corpus.actors().firstKey()) + "]"), "the overview's [[link]]");
        assertTrue(home.select("a[href^=pages/]").isEmpty(), "no editorial page to link to");
        assertNotNull(home.selectFirst("a[href=" + Urls.source(corpus.sources().firstKey()) + "]"));
    }

    @Test
    void noDisagreementIsShownAsNone() {
        Document d = page(site, Urls.DISCREPANCIES);
        assertTrue(d.select("section.discrepancy").isEmpty());
        assertFalse(d.select("main p").isEmpty(), "the page says there is none");
        for (String measure : linked.figures().keySet()) assertTrue(page(site, Urls.measure(measure)).select("tr.disputed").isEmpty());
    }

    @Test
    void theTimelineHasItsOneYear() {
        int year = linked.timeline().get(0).date().year();
        Document timeline = page(site, Urls.TIMELINE);
        assertEquals(1, timeline.select("li.event").size());
        assertNotNull(timeline.selectFirst("a[href=../" + Urls.year(year) + "]"));
        assertEquals(1, page(site, Urls.year(year)).select("li.event").size());
    }
}
