package briefing.link;

import briefing.ContentTree;
import briefing.model.EdtfDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkerTest {
    @TempDir
    Path tmp;

    @Test
    void sameEventIdInTwoSourcesIsOneEventCitingBoth() {
        LinkedCorpus l = ContentTree.minimal(tmp).linked();
        assertEquals(List.of("kidal-attack", "minusma-created"), List.copyOf(l.events().keySet()));
        LinkedEvent e = l.events().get("minusma-created");
        assertEquals(List.of("alpha-2013", "beta-2019"), e.sources());
        assertEquals(EdtfDate.parse("2013-04-25"), e.date(), "the most precise report's date");
        assertEquals("MINUSMA is created", e.title(), "the title of the report that gives that date");
        assertEquals(List.of("minusma", "un-security-council"), e.actors(), "the union of the reports' actors");
        assertEquals(EdtfDate.parse("2013-04"), e.reports().get(1).date(), "each report keeps its own date");
        assertFalse(e.datesDisagree(), "2013-04 contains 2013-04-25");
        assertEquals(List.of(), l.discrepancies());
    }

    @Test
    void disjointDatesAreAnEventDateDiscrepancy() {
        LinkedCorpus l = ContentTree.minimal(tmp).replace("sources/beta-2019/facts.yaml", "date: 2013-04\n", "date: 2013-05\n").linked();
        assertTrue(l.events().get("minusma-created").datesDisagree());
        assertEquals(1, l.discrepancies().size());
        Discrepancy d = l.discrepancies().get(0);
        assertEquals(Discrepancy.Kind.EVENT_DATE, d.kind());
        assertEquals("date-minusma-created", d.id());
        assertEquals(Optional.of("minusma-created"), d.eventId());
        assertEquals(List.of("alpha-2013 25 April 2013", "beta-2019 May 2013"),
                d.versions().stream().map(v -> v.sourceId() + " " + v.value()).toList());
    }

    @Test
    void differentFiguresForOneMeasureSubjectAndMonthAreAFigureDiscrepancy() {
        LinkedCorpus l = ContentTree.minimal(tmp).replace("sources/beta-2019/facts.yaml", "value: 11200", "value: 12640").linked();
        assertEquals(1, l.discrepancies().size());
        Discrepancy d = l.discrepancies().get(0);
        assertEquals(Discrepancy.Kind.FIGURE, d.kind());
        assertEquals("figure-troops-minusma-2013-04", d.id());
        assertEquals(Optional.of("troops"), d.measure());
        assertEquals(Optional.of("minusma"), d.subject());
        assertEquals(List.of("alpha-2013=11200", "beta-2019=12640"),
                d.versions().stream().map(v -> v.sourceId() + "=" + v.value()).toList());
        assertTrue(l.figures().get("troops").stream().allMatch(DatedFigure::disputed));
    }

    @Test
    void sameValueWrittenDifferentlyIsNoDiscrepancy() {
        LinkedCorpus l = ContentTree.minimal(tmp).replace("sources/beta-2019/facts.yaml", "value: 11200", "value: 11200.0").linked();
        assertEquals(List.of(), l.discrepancies());
        assertFalse(l.figures().get("troops").stream().anyMatch(DatedFigure::disputed));
    }

    @Test
    void differentMonthsOrSubjectsAreNoDiscrepancy() {
        LinkedCorpus months = ContentTree.minimal(tmp.resolve("a"))
                .replace("sources/beta-2019/facts.yaml", "as_of: 2013-04-25", "as_of: 2013-05-02")
                .replace("sources/beta-2019/facts.yaml", "value: 11200", "value: 12640").linked();
        assertEquals(List.of(), months.discrepancies(), "a figure may change from one month to the next");
        LinkedCorpus subjects = ContentTree.minimal(tmp.resolve("b"))
                .replace("sources/beta-2019/facts.yaml", "    subject: minusma", "    subject: wagner-group")
                .replace("sources/beta-2019/facts.yaml", "value: 11200", "value: 1000").linked();
        assertEquals(List.of(), subjects.discrepancies());
    }

    @Test
    void figuresAreGroupedByMeasureInAsOfOrder() {
        LinkedCorpus l = ContentTree.minimal(tmp).linked();
        assertEquals(List.of("troops"), List.copyOf(l.figures().keySet()), "only measures that have figures");
        assertEquals(List.of("2013-04", "2013-04-25"),
                l.figures().get("troops").stream().map(f -> f.asOf().edtf()).toList());
    }

    @Test
    void timelineIsInDateOrderWithLessPreciseDatesFirst() {
        LinkedCorpus l = ContentTree.minimal(tmp).replace("sources/beta-2019/facts.yaml", "figures:", """
                  - id: year-only-2019
                    date: 2019
                    title: Something in 2019
                    actors: [minusma]
                  - id: early-2013
                    date: 2013-01-11
                    title: Early 2013
                figures:""").linked();
        assertEquals(List.of("early-2013", "minusma-created", "year-only-2019", "kidal-attack"),
                l.timeline().stream().map(LinkedEvent::id).toList());
        assertEquals(List.of("minusma-created", "year-only-2019", "kidal-attack"), l.actors().get("minusma").events(),
                "an actor's events are in date order");
    }

    @Test
    void actorBacklinks() {
        LinkedCorpus l = ContentTree.minimal(tmp).linked();
        EntityLinks minusma = l.actors().get("minusma");
        assertEquals(List.of("minusma-created", "kidal-attack"), minusma.events());
        assertEquals(List.of(new EntityLinks.Count("un-security-council", 1), new EntityLinks.Count("wagner-group", 1)),
                minusma.companions());
        assertEquals(2, minusma.figures().size());
        assertEquals(1, minusma.statementsAbout().size());
        assertEquals(List.of(), minusma.statementsBy());
        assertEquals(1, l.actors().get("un-security-council").statementsBy().size());
        assertEquals(List.of(), l.actors().get("wagner-group").figures());
    }

    @Test
    void companionsAreCountedAndSortedByCount() {
        LinkedCorpus l = ContentTree.minimal(tmp).replace("sources/beta-2019/facts.yaml", "figures:", """
                  - id: second-attack
                    date: 2019-02
                    title: Another attack
                    actors: [wagner-group, minusma]
                figures:""").linked();
        assertEquals(List.of(new EntityLinks.Count("wagner-group", 2), new EntityLinks.Count("un-security-council", 1)),
                l.actors().get("minusma").companions());
    }

    @Test
    void placeEventsIncludeEventsInPlacesWithinIt() {
        LinkedCorpus l = ContentTree.minimal(tmp).linked();
        assertEquals(List.of("minusma-created", "kidal-attack"), l.places().get("mali").events());
        assertEquals(List.of("kidal-attack"), l.places().get("kidal-region").events());
        assertEquals(List.of("kidal-attack"), l.places().get("kidal").events());
        assertEquals(List.of("kidal-region"), l.places().get("mali").within(), "the places directly within it");
        assertEquals(List.of("kidal"), l.places().get("kidal-region").within());
        assertEquals(List.of(), l.places().get("mali").figures(), "figures are about actors");
    }

    @Test
    void mentionsCarryTheirSentenceAndSource() {
        LinkedCorpus l = ContentTree.minimal(tmp).linked();
        List<Mention> minusma = l.actors().get("minusma").mentions();
        assertEquals(List.of("alpha-2013: The UN Security Council created MINUSMA on 25 April 2013.",
                "beta-2019: MINUSMA was attacked in Kidal."), minusma.stream().map(m -> m.sourceId() + ": " + m.sentence()).toList());
        Mention first = minusma.get(0);
        assertEquals("MINUSMA", first.sentence().substring(first.start(), first.end()));
        assertEquals(List.of("Wagner arrived in Mali much later."),
                l.actors().get("wagner-group").mentions().stream().map(Mention::sentence).toList());
        assertEquals(List.of("Kidal"), l.places().get("kidal").mentions().stream()
                .map(m -> m.sentence().substring(m.start(), m.end())).toList());
    }

    @Test
    void aSentenceNamingAnActorTwiceIsOneMention() {
        LinkedCorpus l = ContentTree.minimal(tmp).write("sources/beta-2019/summary.md",
                "MINUSMA and MUNUSMA are one mission. MINUSMA left.\n").linked();
        assertEquals(List.of("MINUSMA and MUNUSMA are one mission.", "MINUSMA left."),
                l.actors().get("minusma").mentions().stream().filter(m -> m.sourceId().equals("beta-2019")).map(Mention::sentence).toList());
    }

    @Test
    void summariesLinkMentionsAndTimelineDates() {
        LinkedCorpus l = ContentTree.minimal(tmp).linked();
        String html = l.summaries().get("alpha-2013").html();
        assertTrue(html.contains("<a href=\"../actors/minusma.html\" class=\"xref xref-actor\">MINUSMA</a>"), html);
        assertTrue(html.contains("<a href=\"../actors/un-security-council.html\" class=\"xref xref-actor\">UN Security Council</a>"), html);
        assertTrue(html.contains("<a href=\"../timeline/2013.html#month-2013-04\" class=\"xref xref-date\">25 April 2013</a>"), html);
        String page = l.pages().get("methodology").html();
        assertTrue(page.contains("<a href=\"../actors/minusma.html\" class=\"xref xref-actor\">MINUSMA</a>"), page);
    }
}
