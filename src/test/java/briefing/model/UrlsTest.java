package briefing.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UrlsTest {

    @Test
    void rootLeadsBackToTheSiteRoot() {
        assertEquals("", Urls.root(Urls.HOME));
        assertEquals("../", Urls.root(Urls.actor("minusma")));
        assertEquals("../", Urls.root(Urls.TIMELINE));
        assertEquals("../../", Urls.root("a/b/c.html"));
    }

    @Test
    void rootPlusUrlIsTheTargetSeenFromThePage() {
        String from = Urls.source("alpha");
        assertEquals("../actors/minusma.html", Urls.root(from) + Urls.actor("minusma"));
    }

    @Test
    void pagesOfEachKind() {
        assertEquals("sources/alpha.html", Urls.source("alpha"));
        assertEquals("places/kidal.html", Urls.place("kidal"));
        assertEquals("timeline/2013.html", Urls.year(2013));
        assertEquals("figures/troops.html", Urls.measure("troops"));
        assertEquals("timeline/2013.html#event-minusma-created", Urls.event("minusma-created", 2013));
        assertEquals("timeline/2013.html#month-2013-04", Urls.month(2013, 4));
    }

    @Test
    void overviewIsTheHomePage() {
        assertEquals(Urls.HOME, Urls.page(Urls.OVERVIEW));
        assertEquals("pages/methodology.html", Urls.page("methodology"));
    }
}
