package briefing.geo;

import briefing.model.Coordinates;
import briefing.model.MapSettings;
import briefing.model.Origin;
import briefing.model.Text;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a map's frame and focus follow from the places, and what portal.yaml's map setting changes. */
class FramingTest {
    private static final World WORLD = World.get();
    private static final Coordinates ASUNCION = new Coordinates(-25.28, -57.63), FILADELFIA = new Coordinates(-22.35, -60.03),
            BAHIA_NEGRA = new Coordinates(-20.23, -58.17), VILLAMONTES = new Coordinates(-21.26, -63.47),
            NEW_YORK = new Coordinates(40.75, -73.97), GENEVA = new Coordinates(46.2, 6.14);
    private static final List<Coordinates> CHACO = List.of(ASUNCION, FILADELFIA, BAHIA_NEGRA, VILLAMONTES);

    private static Frame frame(List<Coordinates> places, MapSettings settings) {
        return Framing.portal(places, settings, WORLD).orElseThrow();
    }

    private static MapSettings focus(String... codes) {
        return new MapSettings(Optional.empty(), List.of(codes).stream().map(c -> new Text(c, Origin.of("portal.yaml"))).toList());
    }

    private static List<String> codes(Frame f) {
        return f.focus().stream().map(Country::alpha3).toList();
    }

    @Test
    void farAwayPlacesAreLeftOutOfTheFrame() {
        List<Coordinates> places = new ArrayList<>(CHACO);
        places.add(NEW_YORK);
        places.add(GENEVA);
        Frame f = frame(places, MapSettings.AUTOMATIC);
        for (Coordinates c : CHACO) assertTrue(f.contains(c.lat(), c.lon()), c + " in " + f);
        assertFalse(f.contains(NEW_YORK.lat(), NEW_YORK.lon()));
        assertFalse(f.contains(GENEVA.lat(), GENEVA.lon()));
        assertTrue(f.east() - f.west() < 25 && f.north() - f.south() < 25, "a regional frame: " + f);
        assertEquals(frame(CHACO, MapSettings.AUTOMATIC), f, "the outliers change nothing");
    }

    @Test
    void theFrameTakesInTheWholeFocusCountryAndIsPadded() {
        Frame f = frame(CHACO, MapSettings.AUTOMATIC);
        assertEquals(List.of("PRY"), codes(f), "the country holding most places");
        // Paraguay spans about 62.6° W – 54.3° W and 27.6° S – 19.3° S, beyond the places (Encarnación, Pedro Juan Caballero ...)
        assertTrue(f.west() < -63.47 && f.east() > -54.3 && f.south() < -27.6 && f.north() > -19.3, f.toString());
        assertTrue(f.aspect() >= Framing.MIN_ASPECT - 1e-9 && f.aspect() <= Framing.MAX_ASPECT + 1e-9, "aspect " + f.aspect());
    }

    @Test
    void aCountryIsWidenedToItsPartThatHoldsPlacesNotItsOverseasTerritories() {
        Frame f = frame(List.of(new Coordinates(48.86, 2.35), new Coordinates(45.76, 4.84)), MapSettings.AUTOMATIC);  // Paris, Lyon
        assertEquals(List.of("FRA"), codes(f));
        assertTrue(f.contains(48.39, -4.49) && f.contains(43.7, 7.27), "Brest and Nice: the whole mainland " + f);
        assertFalse(f.contains(4.94, -52.33), "not Cayenne, French Guiana");
        assertTrue(f.east() - f.west() < 25, f.toString());
    }

    @Test
    void theEditorsFrameAndFocusWin() {
        MapSettings fixed = new MapSettings(Optional.of(new MapSettings.Frame(-70, -30, -50, -10, Origin.of("portal.yaml"))), List.of());
        Frame f = frame(List.of(ASUNCION, NEW_YORK), fixed);
        assertEquals(-70, f.west());
        assertEquals(-30, f.south());
        assertEquals(-50, f.east());
        assertEquals(-10, f.north());
        assertEquals(List.of("PRY"), codes(f), "the country holding most places inside the editor's frame");
        MapSettings both = new MapSettings(fixed.frame(), focus("BO").focus());
        assertEquals(List.of("BOL"), codes(frame(CHACO, both)));
    }

    @Test
    void theDefaultFocusIsARecognisedCountry() {
        // Kyrenia, Famagusta and Morphou lie in Natural Earth's "N. Cyprus", Nicosia's south and Larnaca in Cyprus
        List<Coordinates> island = List.of(new Coordinates(35.34, 33.32), new Coordinates(35.12, 33.94), new Coordinates(35.2, 32.99),
                new Coordinates(35.16, 33.36), new Coordinates(34.92, 33.63));
        Frame f = frame(island, MapSettings.AUTOMATIC);
        assertEquals(List.of("CYP"), codes(f), "the places of N. Cyprus count for Cyprus");
        Basemap map = Basemap.of(f, 600, WORLD);
        Basemap.Shape north = map.shapes().stream().filter(s -> s.country().name().equals("N. Cyprus")).findFirst().orElseThrow();
        assertTrue(north.focus(), "the area drawn apart from its country is highlighted with it");
        assertEquals(0, north.room(), "and not named apart");
    }

    @Test
    void focusByAlpha2OrAlpha3InAnyCase() {
        assertEquals(List.of("BOL"), codes(frame(CHACO, focus("BO"))));
        assertEquals(List.of("BOL"), codes(frame(CHACO, focus("bol"))));
        assertEquals(List.of("PRY", "BOL"), codes(frame(CHACO, focus("PY", "BOL"))));
        Frame bolivia = frame(CHACO, focus("BOL"));
        assertTrue(bolivia.north() > -14 && bolivia.west() < -68, "widened towards the rest of Bolivia: " + bolivia);
    }

    @Test
    void aHugeFocusCountryIsShownAroundItsPlacesOnly() {
        Frame f = frame(List.of(new Coordinates(43.32, 45.69), new Coordinates(43.23, 44.77)), focus("RU"));  // Grozny, Nazran
        assertEquals(List.of("RUS"), codes(f));
        assertTrue((f.east() - f.west()) < 40 && f.north() - f.south() < 30, "not all of Russia: " + f);
    }

    @Test
    void aOnePlacePortalGetsAMinimumSpan() {
        Frame f = frame(List.of(new Coordinates(-17.73, 168.32)), MapSettings.AUTOMATIC);  // Port Vila
        assertTrue(f.north() - f.south() >= Framing.MIN_SPAN - 1e-9, f.toString());
        assertTrue((f.east() - f.west()) * f.shrink() >= Framing.MIN_SPAN - 1e-9, f.toString());
        assertTrue(f.contains(-17.73, 168.32));
        assertEquals(List.of("VUT"), codes(f));
    }

    @Test
    void noPlaceWithCoordinatesNoMap() {
        assertTrue(Framing.portal(List.of(), MapSettings.AUTOMATIC, WORLD).isEmpty());
    }

    @Test
    void aFrameAcrossTheAntimeridianIsOneSmallFrame() {
        // Suva (178.44° E) and Taveuni's east coast (179.97° W): 2° apart, not 358°
        List<Coordinates> fiji = List.of(new Coordinates(-18.14, 178.44), new Coordinates(-16.8, -179.97), new Coordinates(-17.8, 177.4));
        Frame f = frame(fiji, MapSettings.AUTOMATIC);
        assertTrue(f.east() > 180 && f.west() < 180 && f.east() - f.west() < 15, f.toString());
        for (Coordinates c : fiji) assertTrue(f.contains(c.lat(), c.lon()), c.toString());
        assertEquals(List.of("FJI"), codes(f));
        Basemap map = assertDoesNotThrow(() -> Basemap.of(f, 600, WORLD));
        Basemap.Shape fj = map.shapes().stream().filter(s -> s.country().is("FJ")).findFirst().orElseThrow();
        double seam = map.projection().x(180);
        assertTrue(fj.outline().getEnvelopeInternal().getMinX() < seam && fj.outline().getEnvelopeInternal().getMaxX() > seam,
                "Fiji drawn on both sides of 180°");
        assertTrue(map.projection().x(-179.97) > map.projection().x(178.44), "179.97° W lies east of 178.44° E");
    }

    @Test
    void aLocatorFarFromThePortalShowsThePlacesCountryClampedAroundIt() {
        Frame ny = Framing.around(NEW_YORK.lat(), NEW_YORK.lon(), WORLD);
        assertEquals(List.of("USA"), codes(ny), "New York, on a coast the outlines simplify, lies in the United States");
        assertTrue(ny.contains(NEW_YORK.lat(), NEW_YORK.lon()));
        assertTrue(ny.east() - ny.west() <= Framing.LOCATOR_MAX_SPAN * (1 + 2 * Framing.PAD) / ny.shrink() + 1e-9, ny.toString());
        assertFalse(ny.contains(61.2, -149.9), "not Anchorage");
        Frame sea = Framing.around(-30, -30, WORLD);
        assertTrue(sea.focus().isEmpty() && sea.contains(-30, -30), "a point at sea gets a small frame of its own");
    }

    @Test
    void outliersNeedThreePlaces() {
        assertEquals(2, Framing.withoutOutliers(List.of(ASUNCION, NEW_YORK)).size(), "two places: which would be the outlier?");
        assertEquals(List.of(ASUNCION, FILADELFIA, BAHIA_NEGRA), Framing.withoutOutliers(List.of(ASUNCION, FILADELFIA, NEW_YORK, BAHIA_NEGRA)));
    }
}
