package briefing.validate;

import briefing.ContentTree;
import briefing.i18n.Messages;
import briefing.model.Corpus;
import briefing.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Counts in prose: placeholders the build fills in, and a warning where prose states another number of sources. */
class CountsTest {
    @TempDir
    Path tmp;

    @Test
    void placeholdersInTheTaglineAndPagesAreFilledWithTheCounts() {
        ContentTree t = ContentTree.minimal(tmp)
                .replace("portal.yaml", "tagline: ", "tagline: From {sources} sources, {events} events and {actors} actors, ")
                .replace("pages/methodology.md", "How the", "{places} places, {measures} measures. How the");
        Corpus c = t.corpus();
        Counts.of(c); // the numbers come from the corpus, not from this test
        Corpus filled = Counts.fill(c, Messages.english());
        assertTrue(filled.portal().tagline().startsWith("From " + c.sources().size() + " sources, " + Counts.of(c).get("events")
                + " events and " + c.actors().size() + " actors, "), filled.portal().tagline());
        assertTrue(filled.pages().get("methodology").body().text().contains(c.places().size() + " places, " + c.measures().size()
                + " measures."), filled.pages().get("methodology").body().text());
    }

    @Test
    void numbersAreWrittenTheLanguagesWay() {
        Messages fr = Messages.load("fr", java.util.Optional.empty());
        assertEquals("12 261 sources", Counts.fill("{sources} sources", java.util.Map.of("sources", 12261), fr).replace('\u202f', ' ').replace('\u00a0', ' '));
        assertEquals("12,261 sources", Counts.fill("{sources} sources", java.util.Map.of("sources", 12261), Messages.english()));
    }

    @Test
    void proseThatStatesAnotherNumberOfSourcesIsAWarning() {
        ContentTree t = ContentTree.minimal(tmp)
                .replace("pages/methodology.md", "How the", "Drawn from five sources. How the");
        int sources = t.corpus().sources().size();
        List<Problem> w = Counts.check(t.corpus(), Messages.english());
        assertEquals(List.of("content/pages/methodology.md:3:12: warning: 'five sources', but the portal has " + sources
                + " sources; write {sources} to say the count that is always right"), w.stream().map(Problem::toString).toList());
        t.replace("pages/methodology.md", "five sources", "{sources} sources");
        assertEquals(List.of(), Counts.check(t.corpus(), Messages.english()));
        t.replace("portal.yaml", "tagline: ", "tagline: 7 sources tell ");
        assertEquals(1, Counts.check(t.corpus(), Messages.english()).size());
    }

    @Test
    void aNumberOfSourcesInAComparisonIsNotAClaimAboutTheWhole() {
        ContentTree t = ContentTree.minimal(tmp)
                .replace("pages/methodology.md", "How the", "A date that seven sources give differently. How the");
        assertEquals(List.of(), Counts.check(t.corpus(), Messages.english()));
        t.replace("pages/methodology.md", "that seven sources give", "that these seven sources give");
        assertEquals(1, Counts.check(t.corpus(), Messages.english()).size());
    }
}
