package briefing.serve;

import briefing.BuiltSite;
import briefing.ContentTree;
import briefing.Fixtures;
import briefing.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An edit of a source's facts plans every page again; the preview shows that source's own page ahead of the rest, then
 * the rest, and ends, as always, equal byte for byte to a full build. An edit of a summary alone is shown in one step.
 */
class AheadPreviewTest {
    private static final String SOURCE = "sources/chaco-monitor-2021-one-year";
    private static final String TITLE = "Exploratory talks between the government and the armed movement open in Asunción";
    private static final String EDITED = "Exploratory talks between the government and the armed movement open quietly in Asunción";

    @TempDir
    Path tmp;

    private ContentTree tree;
    private LiveSite live;

    @AfterEach
    void forget() {
        LiveSite.remember(false);
    }

    private void start() throws Exception {
        tree = Fixtures.copy(Fixtures.RICH, tmp.resolve("project"));
        live = new LiveSite(Project.of(tree.project()), tmp.resolve("project/target/preview"), false);
        live.full();
    }

    /** The text of the site's page at {@code url} as it is now. */
    private String page(String url) throws Exception {
        return Files.readString(live.site().resolve(url));
    }

    @Test
    void anEditedEventTitleShowsOnItsSourcePageFirstThenEverywhere() throws Exception {
        start();
        String place = "places/asuncion.html";
        assertTrue(page(place).contains(TITLE) && page(SOURCE + ".html").contains(TITLE), "the event is listed on its place's page too");
        tree.replace(SOURCE + "/facts.yaml", TITLE, EDITED);
        List<String> ready = new ArrayList<>(); // at each call: what the source's page and the place's page show
        LiveSite.Update u = live.update(List.of(tree.content().resolve(SOURCE + "/facts.yaml")), () -> {
            try {
                ready.add(page(SOURCE + ".html").contains(EDITED) + " " + page(place).contains(EDITED));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertFalse(u.full());
        assertTrue(u.stages().contains("ahead"), u.summary());
        assertEquals(List.of("true false", "true true"), ready, "the source's page first, then the rest");
        assertSameAsFullBuild("after an event's title was edited");

        ready.clear();
        tree.replace(SOURCE + "/facts.yaml", EDITED, TITLE);
        live.update(List.of(tree.content().resolve(SOURCE + "/facts.yaml")), () -> ready.add("ready"));
        assertEquals(2, ready.size());
        assertTrue(page(place).contains(TITLE) && page(SOURCE + ".html").contains(TITLE));
        assertSameAsFullBuild("after the title was put back");
    }

    @Test
    void aSummaryEditIsShownInOneStep() throws Exception {
        start();
        tree.replace(SOURCE + "/summary.md", "The authors trace the road to the truce.", "The authors trace the long road to the truce.");
        List<String> ready = new ArrayList<>();
        LiveSite.Update u = live.update(List.of(tree.content().resolve(SOURCE + "/summary.md")), () -> ready.add("ready"));
        assertEquals(1, ready.size(), u.summary());
        assertFalse(u.stages().contains("ahead"), u.summary());
        assertTrue(page(SOURCE + ".html").contains("long road to the truce"));
    }

    /** The live site equals a full build of the project as it is now, file for file and byte for byte. */
    private void assertSameAsFullBuild(String why) throws Exception {
        LiveSite.remember(false); // the reference is made from scratch, as ./portal build makes it
        Path reference;
        try {
            reference = BuiltSite.build(tree.project(), tmp.resolve("reference-" + System.nanoTime()));
        } finally {
            LiveSite.remember(true);
        }
        BuiltSite.assertSameFiles(reference, live.site(), why);
    }
}
