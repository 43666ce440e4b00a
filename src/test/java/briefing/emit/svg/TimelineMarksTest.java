package briefing.emit.svg;

import briefing.BuiltSite;
import briefing.ContentTree;
import briefing.Fixtures;
import briefing.i18n.Messages;
import briefing.link.LinkedCorpus;
import briefing.link.LinkedEvent;
import briefing.model.EdtfDate;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The timeline's marks come from the portal's vocabulary (on the rich fixture, whose events are tagged resolution,
 * mandate, agreement, withdrawal, attack and election): one lane per mark in use, in the vocabulary's order, a legend of
 * exactly those, nothing for the others, and an event tagged with two marks takes the first.
 */
class TimelineMarksTest {
    @TempDir
    Path tmp;

    /** The rich fixture with {@code marks} as its portal.yaml's timeline_marks (null: the defaults). */
    private LinkedCorpus rich(String marks) {
        ContentTree tree = Fixtures.copy(Fixtures.RICH, tmp.resolve("rich"));
        if (marks != null) tree.write("portal.yaml", tree.read("portal.yaml") + "timeline_marks:\n" + marks);
        return tree.linked();
    }

    private static Map<String, Object> chart(LinkedCorpus linked) {
        return new Charts(linked, Messages.english()).timeline("../");
    }

    private static List<String> lanes(Map<String, Object> chart) {
        return ChartsTest.all(ChartsTest.parse((String) chart.get("svg")), "text").stream()
                .filter(t -> t.getAttribute("class").equals("lane-name")).map(Element::getTextContent).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> column(Map<String, Object> chart, String list, String key) {
        return ((List<Map<String, Object>>) chart.get(list)).stream().map(m -> (String) m.get(key)).toList();
    }

    /** The tooltips of the chart's marks: "label, date: title". */
    private static List<String> markTooltips(Map<String, Object> chart) {
        return ChartsTest.all(ChartsTest.parse((String) chart.get("svg")), "a").stream()
                .filter(a -> a.getAttribute("href").contains("#event-"))
                .map(a -> a.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent()).toList();
    }

    private static long shownWithTag(LinkedCorpus linked, String tag) {
        return linked.timeline().stream().filter(e -> e.tags().contains(tag) && e.date().anchor().precision() != EdtfDate.Precision.YEAR).count();
    }

    @Test
    void theDefaultMarksInUseGetALaneEach() {
        Map<String, Object> chart = chart(rich(null));
        assertEquals(List.of("Resolution", "Agreement", "Election", "Withdrawal"), lanes(chart));
        assertEquals(lanes(chart), column(chart, "legend", "label"));
    }

    @Test
    void aPortalsOwnMarksAreExactlyTheLanesAndTheLegend() {
        LinkedCorpus linked = rich("""
                  attack: {label: Armed attack, symbol: triangle-open}
                  coup: {label: Coup attempt, symbol: circle}
                  election: {label: Vote, symbol: square}
                """);
        Map<String, Object> chart = chart(linked);
        assertEquals(List.of("Armed attack", "Vote"), lanes(chart), "marks in use, in the vocabulary's order");
        assertEquals(List.of("Armed attack", "Vote"), column(chart, "legend", "label"));
        String svg = (String) chart.get("svg");
        for (String absent : List.of("Coup attempt", "Resolution", "Withdrawal", "Agreement")) {
            assertFalse(svg.contains(absent), absent + " is not a mark of this portal or not in use");
            assertFalse(chart.toString().contains(absent), absent);
        }
        List<String> tooltips = markTooltips(chart);
        assertEquals(shownWithTag(linked, "attack"), tooltips.stream().filter(t -> t.startsWith("Armed attack, ")).count());
        assertEquals(shownWithTag(linked, "election"), tooltips.stream().filter(t -> t.startsWith("Vote, ")).count());
        assertEquals(tooltips.size(), ((List<?>) chart.get("marks")).stream().filter(m -> (Boolean) ((Map<?, ?>) m).get("shown")).count(),
                "the data list has every mark the chart draws");
        assertTrue(svg.contains("class=\"mark mark-0 open\""), "the first mark is a hollow shape in the first colour");
        assertTrue(svg.contains("class=\"mark mark-2\""), "colours follow the vocabulary's order, not the lanes'");
    }

    @Test
    void anEventWithTwoMarkedTagsTakesTheFirst() {
        LinkedCorpus withdrawalFirst = rich("""
                  withdrawal: {label: Departure, symbol: triangle}
                  resolution: {label: Council vote, symbol: diamond}
                """);
        LinkedEvent both = withdrawalFirst.timeline().stream()
                .filter(e -> e.tags().containsAll(List.of("resolution", "withdrawal")) && e.date().anchor().precision() != EdtfDate.Precision.YEAR)
                .findFirst().orElseThrow(() -> new AssertionError("the rich fixture has an event tagged resolution and withdrawal"));
        List<String> tooltips = markTooltips(chart(withdrawalFirst));
        assertTrue(tooltips.stream().anyMatch(t -> t.startsWith("Departure, ") && t.endsWith(": " + both.title())), tooltips.toString());
        assertFalse(tooltips.stream().anyMatch(t -> t.startsWith("Council vote, ") && t.endsWith(": " + both.title())));
        assertEquals(1, tooltips.stream().filter(t -> t.endsWith(": " + both.title())).count(), "one mark per event");
    }

    @Test
    void noMarksInUseLeaveNoLanesAndNoLegend() {
        Map<String, Object> chart = chart(rich("""
                  coup: {label: Coup attempt, symbol: circle}
                """));
        assertEquals(List.of(), lanes(chart));
        assertEquals(List.of(), column(chart, "legend", "label"));
        assertEquals(List.of(), column(chart, "marks", "kind"));
        assertTrue(markTooltips(chart).isEmpty());
        String svg = (String) chart.get("svg");
        assertFalse(svg.contains("Coup attempt"));
        assertFalse(svg.contains("marked"), "the description does not speak of marks");
        assertFalse(svg.contains("class=\"guide\""));
    }

    @Test
    void noEventDatedToAMonthMeansNoChart() {
        ContentTree tree = ContentTree.empty(tmp.resolve("empty")).write("portal.yaml", """
                title: Empty
                tagline: Nothing yet
                language: en
                base_path: /
                """);
        assertNull(chart(tree.linked()));
    }

    @Test
    void theTimelinePageShowsTheLegendAndCaptionOfTheMarksInUse() throws Exception {
        ContentTree tree = Fixtures.copy(Fixtures.RICH, tmp.resolve("rich"));
        tree.write("portal.yaml", tree.read("portal.yaml") + """
                timeline_marks:
                  attack: {label: Armed attack, symbol: triangle-open}
                  coup: {label: Coup attempt, symbol: circle}
                """);
        Path site = BuiltSite.build(tree.project(), tmp.resolve("out"));
        Document d = BuiltSite.page(site, "timeline/index.html");
        assertEquals(List.of("Armed attack"), d.select("figure.chart-figure ul.chart-legend li").eachText());
        assertEquals(1, d.select("figure.chart-figure ul.chart-legend li svg polygon").size(), "each entry shows its symbol");
        String page = d.select("main").text();
        assertFalse(page.contains("Coup attempt"));
        assertTrue(d.select("figcaption").text().contains("marked events above the bars"));
        int level = 1;
        for (org.jsoup.nodes.Element h : d.select("main h1, main h2, main h3, main h4, main h5, main h6")) {
            int next = Integer.parseInt(h.tagName().substring(1));
            assertTrue(next <= level + 1, "heading level skipped at " + h.outerHtml());
            level = next;
        }
    }

    /** Sixty years of events: the year labels thin out (every 5 or 10 years) instead of running into each other. */
    @Test
    void yearLabelsNeverRunIntoEachOther() {
        ContentTree tree = Fixtures.copy(Fixtures.RICH, tmp.resolve("long"));
        tree.write("sources/old-archive/source.yaml", "title: An archive (fictional)\npublisher: Archive Press (fictional)\n"
                + "published: 2020\nkind: reference\nlanguage: en\n");
        tree.write("sources/old-archive/summary.md", "A fictional archive that dates an older dispute to March 1964.\n");
        tree.write("sources/old-archive/facts.yaml", "events:\n  - id: first-dispute\n    date: 1964-03\n    title: A first dispute\n");
        Map<String, Object> chart = chart(tree.linked());
        List<Element> years = ChartsTest.all(ChartsTest.parse((String) chart.get("svg")), "text").stream()
                .filter(t -> t.getAttribute("class").equals("tick year")).toList();
        assertTrue(years.size() >= 5 && years.size() <= 25, "a label every few years: " + years.size());
        for (int i = 1; i < years.size(); i++) {
            double gap = Double.parseDouble(years.get(i).getAttribute("x")) - Double.parseDouble(years.get(i - 1).getAttribute("x"));
            assertTrue(gap >= 40, "labels " + years.get(i - 1).getTextContent() + " and " + years.get(i).getTextContent() + " are " + gap + " apart");
        }
        assertEquals("1965", years.get(0).getTextContent(), "labels fall on round years");
        assertEquals(1, TimelineChart.labelEvery(80));
        assertEquals(5, TimelineChart.labelEvery(13));
    }
}
