package briefing.emit.svg;

import briefing.Briefing;
import briefing.Fixtures;
import briefing.link.LinkedCorpus;
import briefing.link.Linker;
import briefing.model.Urls;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pictures drawn from the rich fixture portal: well-formed, accessible, linked, deterministic. */
class ChartsTest {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static LinkedCorpus linked;
    private static Charts charts;

    @BeforeAll
    static void link() throws Exception {
        linked = Linker.link(Briefing.validate(Fixtures.portal(Fixtures.RICH).resolve("content")));
        charts = new Charts(linked, briefing.i18n.Messages.english());
    }

    /** Parses an SVG string as namespace-aware XML, failing the test when it is not well-formed. */
    static Document parse(String svg) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + svg.substring(0, Math.min(300, svg.length())), e);
        }
    }

    static List<Element> all(Document d, String name) {
        NodeList nl = d.getElementsByTagNameNS(SVG_NS, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nl.getLength(); i++) out.add((Element) nl.item(i));
        return out;
    }

    private static String svg(Map<String, Object> model) {
        assertNotNull(model);
        return (String) model.get("svg");
    }

    /** Every picture the portal draws, as the pages get them. */
    private static List<String> everySvg(Charts c) {
        List<String> out = new ArrayList<>();
        out.add(svg(c.placesMap("")));
        out.add(svg(c.placesMap("../")));
        out.add(svg(c.timeline("../")));
        out.add(svg(c.network("../")));
        linked.figures().keySet().forEach(m -> out.add(svg(c.measure(m, "../"))));
        linked.corpus().places().keySet().forEach(p -> {
            Map<String, Object> l = c.locator(p);
            if (l != null) out.add(svg(l));
        });
        return out;
    }

    @Test
    void everyPictureIsWellFormedAccessibleAndSelfContained() {
        List<String> svgs = everySvg(charts);
        assertTrue(svgs.size() >= 4 + linked.figures().size(), "maps, timeline, network, a chart per measure, locators: " + svgs.size());
        for (String s : svgs) {
            Document d = parse(s);
            Element root = d.getDocumentElement();
            assertEquals("svg", root.getLocalName());
            assertEquals(SVG_NS, root.getNamespaceURI());
            // a picture without links is an image; one with links keeps svg's own role (graphics-document), as the
            // HTML checker forbids role="group" on svg and role="img" would hide the links
            assertEquals(all(d, "a").isEmpty() ? "img" : "", root.getAttribute("role"));
            String title = root.getAttribute("aria-labelledby"), desc = root.getAttribute("aria-describedby");
            Element first = (Element) root.getElementsByTagNameNS(SVG_NS, "title").item(0);
            Element second = (Element) root.getElementsByTagNameNS(SVG_NS, "desc").item(0);
            assertEquals(title, first.getAttribute("id"));
            assertEquals(desc, second.getAttribute("id"));
            assertFalse(first.getTextContent().isBlank());
            assertFalse(second.getTextContent().isBlank());
            assertTrue(root.getAttribute("viewBox").startsWith("0 0 "));
            assertTrue(all(d, "script").isEmpty() && all(d, "image").isEmpty() && all(d, "foreignObject").isEmpty());
            for (Element a : all(d, "a")) {
                String href = a.getAttribute("href");
                assertFalse(href.isEmpty() || href.contains("://") || href.startsWith("/"), "relative link: " + href);
                Element tip = (Element) a.getElementsByTagNameNS(SVG_NS, "title").item(0);
                assertTrue(tip != null && !tip.getTextContent().isBlank(), "every link has a name: " + href);
            }
        }
    }

    @Test
    void sameContentGivesTheSameBytes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        LinkedCorpus again = Linker.link(Briefing.validate(Fixtures.copy(Fixtures.RICH, tmp).content()));
        assertEquals(everySvg(charts), everySvg(new Charts(again, briefing.i18n.Messages.english())));
        assertEquals(charts.network("../"), new Charts(again, briefing.i18n.Messages.english()).network("../"));
    }

    @Test
    void coordinatesHaveOneDecimalAtMost() {
        for (String s : everySvg(charts)) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:[xy][12]?|c[xy]|r|width|height)=\"(-?[0-9.]+)\"").matcher(s);
            while (m.find()) assertTrue(m.group(1).matches("-?\\d+(\\.\\d)?"), m.group());
        }
    }

    @Test
    void aMeasureChartHasOnePointPerFigureLinkedToItsSource() {
        linked.figures().forEach((measure, figures) -> {
            Map<String, Object> model = charts.measure(measure, "../");
            Document d = parse(svg(model));
            List<Element> links = all(d, "a");
            assertEquals(figures.size(), links.size(), measure);
            assertEquals(figures.size(), model.get("points"));
            List<String> sources = figures.stream().map(f -> "../" + Urls.source(f.figure().sourceId())).sorted().toList();
            assertEquals(sources, links.stream().map(a -> a.getAttribute("href")).sorted().toList(), measure);
            long hollow = links.stream().filter(a -> a.getElementsByTagNameNS(SVG_NS, "*").getLength() > 0
                    && ((Element) a.getLastChild()).getAttribute("class").contains("open")).count();
            long bounds = figures.stream().filter(f -> !f.figure().qualifier().value().equals("exactly")).count();
            assertEquals(bounds, hollow, measure + ": bounds and estimates are hollow");
            assertEquals(figures.stream().map(f -> f.figure().sourceId()).distinct().count(), ((List<?>) model.get("legend")).size());
        });
    }

    /** The class of a mark without its fill ("open" marks a bound or an estimate, not a source). */
    private static String series(Element mark) {
        return mark.getAttribute("class").replaceAll("\\bopen\\b", "").replaceAll("\\s+", " ").strip();
    }

    @Test
    void sourcesDifferInShapeAndColour() {
        // on every chart with several sources, marks of different sources differ in colour class and in shape
        int charted = 0;
        for (String measure : linked.figures().keySet()) {
            List<Element> links = all(parse(svg(charts.measure(measure, ""))), "a");
            List<Element> marks = links.stream().map(a -> (Element) a.getLastChild()).toList();
            List<String> hrefs = links.stream().map(a -> a.getAttribute("href")).toList();
            if (hrefs.stream().distinct().count() < 2) continue;
            charted++;
            for (int i = 0; i < marks.size(); i++) {
                for (int j = 0; j < marks.size(); j++) {
                    if (hrefs.get(i).equals(hrefs.get(j))) {
                        assertEquals(series(marks.get(i)), series(marks.get(j)), measure + ": one source, one series");
                        assertEquals(marks.get(i).getTagName(), marks.get(j).getTagName(), measure + ": one source, one shape");
                    } else {
                        assertFalse(series(marks.get(i)).equals(series(marks.get(j))), measure + ": " + hrefs.get(i) + " vs " + hrefs.get(j));
                        String a = marks.get(i).getTagName() + marks.get(i).getAttribute("points").split(" ").length;
                        String b = marks.get(j).getTagName() + marks.get(j).getAttribute("points").split(" ").length;
                        assertFalse(a.equals(b), measure + ": different shapes for different sources");
                    }
                }
            }
        }
        assertTrue(charted > 0, "the fixture has a measure given by several sources");
        assertFalse(Svg.shape(0, 5, 5, 3, null).equals(Svg.shape(1, 5, 5, 3, null)));
    }

    @Test
    void timelineMarksLinkToTheirEvents() {
        Map<String, Object> model = charts.timeline("../");
        Document d = parse(svg(model));
        TreeSet<String> events = new TreeSet<>(), months = new TreeSet<>();
        for (Element a : all(d, "a")) {
            String href = a.getAttribute("href");
            assertTrue(href.startsWith("../timeline/"), href);
            if (href.contains("#event-")) events.add(href);
            else if (href.contains("#month-")) months.add(href);
            else throw new AssertionError(href);
        }
        // what the chart draws is what its data table lists: every mark shown on the chart, and nothing else
        TreeSet<String> shown = new TreeSet<>();
        for (Object m : (List<?>) model.get("marks")) {
            Map<?, ?> mark = (Map<?, ?>) m;
            if (Boolean.TRUE.equals(mark.get("shown"))) shown.add("../" + mark.get("href"));
        }
        assertEquals(shown, events);
        // the portal's first timeline mark (resolutions, by default) is marked on every event dated to a month or a day
        String first = linked.corpus().portal().vocabulary().timelineMarks().get(0).id();
        List<briefing.link.LinkedEvent> tagged = linked.timeline().stream().filter(e -> e.tags().contains(first)
                && e.date().anchor().precision() != briefing.model.EdtfDate.Precision.YEAR).toList();
        assertFalse(tagged.isEmpty(), "the fixture has events tagged " + first);
        tagged.forEach(e -> assertTrue(events.contains("../" + Urls.event(e.id(), e.date().year())), e.id()));
        assertEquals(((List<?>) model.get("months")).size(), months.size(), "one bar per month with events");
        assertEquals(linked.timeline().stream().filter(e -> e.date().anchor().precision() != briefing.model.EdtfDate.Precision.YEAR)
                .map(e -> e.date().anchor().year() * 100 + e.date().anchor().month()).distinct().count(), months.size());
    }

    @Test
    void networkNodesAreActorsWithCompanions() {
        Map<String, Object> model = charts.network("../");
        Document d = parse(svg(model));
        List<String> hrefs = all(d, "a").stream().map(a -> a.getAttribute("href")).sorted().toList();
        List<String> expected = linked.actors().values().stream().filter(l -> !l.companions().isEmpty())
                .map(l -> "../" + Urls.actor(l.id())).sorted().toList();
        assertEquals(expected, hrefs);
        assertFalse(hrefs.isEmpty());
        for (Element c : all(d, "circle")) {
            double x = Double.parseDouble(c.getAttribute("cx")), y = Double.parseDouble(c.getAttribute("cy"));
            assertTrue(x > 0 && x < NetworkChart.WIDTH && y > 0 && y < NetworkChart.HEIGHT, "inside the picture");
        }
    }

    @Test
    void textIsEscaped() {
        FigureChart.Point p = new FigureChart.Point(5, "5", "at-least", "people", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31),
                "January 2020", "<x>", "S & T", 0, "sources/s.html");
        parse(FigureChart.render(briefing.i18n.Messages.english(), "M <1>", "people & more", List.of(p), ""));
    }
}
