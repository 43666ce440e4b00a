package briefing.emit.svg;

import briefing.Briefing;
import briefing.BuiltSite;
import briefing.Fixtures;
import briefing.geo.Basemap;
import briefing.geo.Frame;
import briefing.geo.World;
import briefing.i18n.Messages;
import briefing.link.LinkedCorpus;
import briefing.link.Linker;
import briefing.model.Place;
import briefing.model.Urls;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The map of places and the locators, on the rich fixture (a fictional mission in Paraguay's Chaco, with New York far
 * away) and the French one (on the Cambodia–Laos border): built as a reader gets them, and as Charts makes them.
 */
class MapChartTest {
    @TempDir
    static Path work;
    private static Path rich;
    private static Path french;
    private static LinkedCorpus linked;
    private static Charts charts;

    @BeforeAll
    static void build() throws Exception {
        rich = Fixtures.build(Fixtures.RICH, work.resolve("rich"));
        french = Fixtures.build(Fixtures.FRENCH, work.resolve("fr"));
        linked = Linker.link(Briefing.validate(Fixtures.portal(Fixtures.RICH).resolve("content")));
        charts = new Charts(linked, Messages.english());
    }

    private static List<Place> withCoordinates() {
        return linked.corpus().places().values().stream().filter(p -> p.coordinates().isPresent()).toList();
    }

    private static Element homeMap(Path site) {
        Element svg = BuiltSite.page(site, "index.html").selectFirst("svg.chart-map");
        assertNotNull(svg, "the home page has a map");
        return svg;
    }

    @Test
    void everyPlaceInTheFrameIsAMarkerLinkingItsPageAndNewYorkIsListedOutside() {
        Element svg = homeMap(rich);
        List<String> markers = svg.select("a").stream().map(a -> a.attr("href")).sorted().toList();
        List<String> expected = withCoordinates().stream().filter(p -> !p.id().equals("new-york")).map(p -> Urls.place(p.id())).sorted().toList();
        assertEquals(expected, markers, "the Chaco, Paraguay and its neighbours; not New York");
        assertEquals(12, markers.size());
        for (Element a : svg.select("a")) {
            assertEquals(1, a.select("circle").size(), "one circle per place");
            assertFalse(a.selectFirst("title").text().isBlank(), "each marker is named");
            assertTrue(Files.isRegularFile(rich.resolve(a.attr("href"))), "leads to a page: " + a.attr("href"));
        }
        Document home = BuiltSite.page(rich, "index.html");
        Element outside = home.select(".chart-data p.meta").stream().filter(p -> p.text().startsWith("Outside the map")).findFirst().orElseThrow();
        assertEquals(List.of(Urls.place("new-york")), outside.select("a").stream().map(a -> a.attr("href")).toList());
        assertEquals(12, home.select(".chart-data .chart-list li").size(), "the places beside the map");
        assertTrue(svg.selectFirst("desc").text().contains("1 place lies outside the map"));
    }

    @Test
    void everyPlacePageWithCoordinatesHasALocatorNewYorkToo() throws Exception {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> pages = Files.list(rich.resolve("places"))) {
            for (Path page : pages.sorted().toList()) {
                String id = page.getFileName().toString().replace(".html", "");
                Place place = linked.corpus().places().get(id);
                if (place == null) continue;  // the index
                Element locator = BuiltSite.page(rich, "places/" + id + ".html").selectFirst("svg.chart-locator");
                assertEquals(place.coordinates().isPresent(), locator != null, id);
                if (locator == null) continue;
                ids.add(id);
                assertEquals("img", locator.attr("role"));
                assertTrue(locator.selectFirst("title").text().contains(place.name()), id);
                assertEquals(2, locator.select("circle").size(), "the place marked: " + id);
            }
        }
        assertEquals(withCoordinates().stream().map(Place::id).sorted().toList(), ids);
        Element ny = BuiltSite.page(rich, "places/new-york.html").selectFirst("svg.chart-locator");
        assertTrue(ny.selectFirst("desc").text().contains("United States"), ny.selectFirst("desc").text());
        assertTrue(ny.selectFirst("desc").text().contains("40.75° N, 73.97° W"));
        assertFalse(ny.selectFirst("desc").text().contains("Paraguay"), "a map of its own, around New York");
        Element filadelfia = BuiltSite.page(rich, "places/filadelfia.html").selectFirst("svg.chart-locator");
        assertTrue(filadelfia.selectFirst("desc").text().contains("Paraguay"), "inside the portal's frame: the portal's map");
    }

    @Test
    void theTextAlternativeAndCaptionNameParaguayNeverMali() {
        Element svg = homeMap(rich);
        String text = svg.selectFirst("title").text() + " " + svg.selectFirst("desc").text();
        assertTrue(svg.selectFirst("title").text().contains("Paraguay"), text);
        assertTrue(svg.selectFirst("desc").text().contains("Paraguay and neighbouring countries"), text);
        assertTrue(svg.selectFirst("desc").text().contains("12 places"), text);
        String caption = BuiltSite.page(rich, "index.html").selectFirst(".chart-figure-map figcaption").text();
        assertTrue(caption.contains("Paraguay"), caption);
        for (String s : List.of(text, caption, svg.outerHtml())) assertFalse(s.contains("Mali") || s.contains("MALI"), s);
    }

    @Test
    void theFocusCountryIsHighlightedAndItsNeighboursNamed() {
        Element svg = homeMap(rich);
        assertEquals(1, svg.select("path.land.focus").size(), "Paraguay alone is the subject");
        assertTrue(svg.select("path.land").size() >= 4, "with Bolivia, Brazil and Argentina around it");
        List<String> names = svg.select(".lbl-wide text.cname").eachText();
        assertTrue(names.containsAll(List.of("PARAGUAY", "BOLIVIA", "BRAZIL", "ARGENTINA")), names.toString());
        assertEquals(List.of("PARAGUAY"), svg.select(".lbl-wide text.cname-focus").eachText());
        // no country name covers a marker
        for (Element t : svg.select(".lbl-wide text.cname")) {
            double fs = 13 * (t.hasClass("cname-focus") ? 1.35 : 1) * (t.hasClass("cname-s") ? 0.8 : 1);
            double w = Labels.textWidth(t.text(), fs) * 1.15, x = Double.parseDouble(t.attr("x")), y = Double.parseDouble(t.attr("y"));
            for (Element c : svg.select("a circle")) {
                double cx = Double.parseDouble(c.attr("cx")), cy = Double.parseDouble(c.attr("cy"));
                assertFalse(Math.abs(cx - x) < w / 2 && cy < y + fs * 0.2 && cy > y - fs * 0.9, t.text() + " covers a marker at " + cx + "," + cy);
            }
        }
    }

    @Test
    void markersGrowWithEvents() {
        Element svg = homeMap(rich);
        double asuncion = radius(svg, "asuncion"), bahiaNegra = radius(svg, "bahia-negra");
        int a = linked.places().get("asuncion").events().size(), b = linked.places().get("bahia-negra").events().size();
        assertTrue(a > b && asuncion > bahiaNegra, asuncion + " vs " + bahiaNegra);
        assertEquals(MapChart.radius(a), asuncion, 0.051);
    }

    private static double radius(Element svg, String id) {
        return Double.parseDouble(svg.selectFirst("a[href=" + Urls.place(id) + "] circle").attr("r"));
    }

    @Test
    void theFrenchPortalsMapSpeaksFrench() {
        Messages fr = Messages.load("fr", Optional.empty()), en = Messages.english();
        Document home = BuiltSite.page(french, "index.html");
        assertEquals(fr.get("map.heading"), home.selectFirst("#map-section-title").text());
        Element svg = homeMap(french);
        assertEquals(fr.get("map.title", "countries", "Cambodge"), svg.selectFirst("title").text());
        assertTrue(svg.selectFirst("desc").text().startsWith("Carte (Cambodge et pays voisins)"), svg.selectFirst("desc").text());
        assertTrue(svg.select("text.cname").eachText().containsAll(List.of("CAMBODGE", "VIÊT NAM")), "French country names");
        Element locator = BuiltSite.page(french, "places/pakse.html").selectFirst("svg.chart-locator");
        assertTrue(locator.selectFirst("desc").text().contains("15,12° N, 105,80° E"), locator.selectFirst("desc").text());
        String section = home.selectFirst(".chart-section").text() + " " + svg.select("title, desc").text() + " " + locator.select("title, desc").text();
        for (String key : en.raw("map.").keySet()) {
            String english = en.raw("map.").get(key);
            if (english.contains("{") || english.length() < 3 || english.equals(fr.raw("map.").get(key))) continue;
            assertFalse(section.contains(english), "English left on the French map: " + english);
        }
        assertFalse(section.contains("event"), section);
    }

    @Test
    void theSameContentGivesTheSameMaps() throws Exception {
        Charts again = new Charts(Linker.link(Briefing.validate(Fixtures.portal(Fixtures.RICH).resolve("content"))), Messages.english());
        assertEquals(charts.placesMap(""), again.placesMap(""));
        assertEquals(charts.placesMap("../"), again.placesMap("../"));
        for (Place p : withCoordinates()) assertEquals(charts.locator(p.id()), again.locator(p.id()), p.id());
    }

    @Test
    void mapsHoldNoScriptAndNothingFromElsewhere() {
        List<String> svgs = new ArrayList<>();
        svgs.add((String) charts.placesMap("").get("svg"));
        svgs.add((String) charts.placesMap("../").get("svg"));
        for (Place p : withCoordinates()) svgs.add((String) charts.locator(p.id()).get("svg"));
        for (String s : svgs) {
            org.w3c.dom.Document d = ChartsTest.parse(s);
            assertTrue(ChartsTest.all(d, "script").isEmpty() && ChartsTest.all(d, "image").isEmpty()
                    && ChartsTest.all(d, "foreignObject").isEmpty() && ChartsTest.all(d, "use").isEmpty());
            assertFalse(s.contains("url(") || s.contains("xlink:") || s.contains("javascript:"), "no reference to anything else");
            org.w3c.dom.NodeList every = d.getElementsByTagName("*");
            for (int i = 0; i < every.getLength(); i++) {
                org.w3c.dom.NamedNodeMap attributes = every.item(i).getAttributes();
                for (int k = 0; k < attributes.getLength(); k++) {
                    String name = attributes.item(k).getNodeName();
                    assertFalse(name.startsWith("on") || name.equals("style"), "no handler or inline style: " + name);
                }
            }
            for (org.w3c.dom.Element a : ChartsTest.all(d, "a")) {
                String href = a.getAttribute("href");
                assertFalse(href.contains("://") || href.startsWith("/") || href.startsWith("#"), href);
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:[xy]|c[xy]|r|width|height)=\"(-?[0-9.]+)\"").matcher(s);
            while (m.find()) assertTrue(m.group(1).matches("-?\\d+(\\.\\d)?"), "one decimal at most: " + m.group());
        }
    }

    @Test
    void aPortalWithoutCoordinatesHasNoMap() throws Exception {
        Path copy = work.resolve("no-coordinates");
        Fixtures.copy(Fixtures.RICH, copy);
        try (Stream<Path> places = Files.list(copy.resolve("content/places"))) {
            for (Path f : places.toList()) {
                Files.write(f, Files.readAllLines(f).stream().filter(l -> !l.startsWith("lat:") && !l.startsWith("lon:")).toList());
            }
        }
        Charts none = new Charts(Linker.link(Briefing.validate(copy.resolve("content"))), Messages.english());
        assertEquals(null, none.placesMap(""));
        assertEquals(null, none.locator("filadelfia"));
        Path site = BuiltSite.build(copy, work.resolve("no-coordinates-site"));
        assertTrue(BuiltSite.page(site, "index.html").select("svg.chart-map").isEmpty());
        assertTrue(BuiltSite.page(site, "places/filadelfia.html").select("svg.chart-locator, .coords").isEmpty());
        assertFalse(BuiltSite.page(site, "places/filadelfia.html").select("h1").isEmpty(), "the page is there, without a map");
    }

    @Test
    void textIsEscaped() {
        MapChart.Spot odd = new MapChart.Spot("odd", "Fort <A> & \"B\"", "town", "town", -22, -60, 2, "places/odd.html");
        Frame frame = new Frame(-64, -28, -54, -18, List.of(World.get().byCode("PY").orElseThrow()));
        Basemap map = Basemap.of(frame, MapChart.WIDTH, World.get());
        String s = MapChart.overview(map, MapChart.paths(map), List.of(odd), "", Messages.english());
        org.w3c.dom.Document d = ChartsTest.parse(s);
        assertTrue(s.contains("Fort &lt;A&gt; &amp; &quot;B&quot;"));
        assertEquals("Fort <A> & \"B\" (town): 2 events",
                ((org.w3c.dom.Element) ChartsTest.all(d, "a").get(0).getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0)).getTextContent());
    }
}
