package briefing.geo;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped world outlines and the projection the maps draw them with. */
class WorldTest {
    private static final World WORLD = World.get();

    @Test
    void everyCountryOfTheWorldWithItsCodes() {
        assertTrue(WORLD.countries().size() > 230, "Natural Earth's admin-0 countries: " + WORLD.countries().size());
        for (Country c : WORLD.countries()) {
            assertFalse(c.name().isBlank());
            assertTrue(c.alpha2().isEmpty() == c.alpha3().isEmpty(), c.name());
            assertTrue(c.shape().isValid(), c.name());
            assertFalse(c.shape().isEmpty(), c.name());
        }
        assertEquals("Paraguay", WORLD.byCode("PY").orElseThrow().name());
        assertEquals("Paraguay", WORLD.byCode("pry").orElseThrow().name());
        assertTrue(WORLD.byCode("XX").isEmpty());
        assertEquals("Kosovo", WORLD.byCode("XK").orElseThrow().name(), "Kosovo has the user-assigned codes in common use");
        Country northCyprus = WORLD.countries().stream().filter(c -> c.name().equals("N. Cyprus")).findFirst().orElseThrow();
        assertTrue(northCyprus.alpha3().isEmpty(), "Natural Earth's name kept where ISO 3166-1 has no code");
    }

    @Test
    void aPlaceInAFeatureWithoutACodeBelongsToTheNearestCountryWithOne() {
        assertEquals("N. Cyprus", WORLD.at(35.34, 33.32).orElseThrow().name(), "Kyrenia lies in Natural Earth's N. Cyprus");
        assertEquals("CY", WORLD.countryAt(35.34, 33.32).orElseThrow().alpha2(), "but counts for Cyprus");
        assertEquals("CY", WORLD.countryAt(34.92, 33.63).orElseThrow().alpha2(), "Larnaca");
        assertEquals("SO", WORLD.countryAt(9.56, 44.06).orElseThrow().alpha2(), "Hargeisa, in Somaliland, counts for Somalia");
        assertEquals("PY", WORLD.countryAt(-25.3, -57.6).orElseThrow().alpha2(), "a coded country is itself");
        assertTrue(WORLD.countryAt(0, -30).isEmpty(), "the open sea has no country");
        assertEquals("Siachen Glacier", WORLD.countryAt(35.5, 77.0).orElseThrow().name(), "a disputed feature part of no one stays itself");
    }

    @Test
    void outlinesHaveTheirShapeAtTheStatedResolution() {
        Envelope mali = WORLD.byCode("MLI").orElseThrow().envelope();
        // Mali spans about 12.2° W – 4.3° E and 10.1° N – 25.0° N
        assertEquals(-12.2, mali.getMinX(), 0.1);
        assertEquals(4.3, mali.getMaxX(), 0.1);
        assertEquals(10.1, mali.getMinY(), 0.1);
        assertEquals(25.0, mali.getMaxY(), 0.1);
        Country lesotho = WORLD.byCode("LS").orElseThrow(), southAfrica = WORLD.byCode("ZA").orElseThrow();
        assertTrue(lesotho.holds(-29.31, 27.48), "Maseru");
        assertFalse(southAfrica.holds(-29.31, 27.48), "Lesotho is a hole in South Africa");
        Country france = WORLD.byCode("FR").orElseThrow();
        assertTrue(france.shape().getNumGeometries() > 3, "France with Corsica and its overseas departments");
        assertEquals(-4.8, france.partAt(48.86, 2.35).getMinX(), 0.1, "the mainland holds Paris: Brittany is its western end");
    }

    @Test
    void pointsFindTheirCountryEvenOnASimplifiedCoast() {
        assertEquals("MLI", WORLD.at(12.64, -8.0).orElseThrow().alpha3());  // Bamako
        assertEquals("USA", WORLD.at(40.75, -73.97).orElseThrow().alpha3());  // Manhattan
        assertEquals("FJI", WORLD.at(-16.8, -179.97).orElseThrow().alpha3());  // east of the antimeridian
        assertEquals("FJI", WORLD.at(-16.8, 180.03).orElseThrow().alpha3(), "longitudes beyond 180 wrap");
        assertTrue(WORLD.at(0, -30).isEmpty(), "the Atlantic");
    }

    @Test
    void projectsKnownCoordinates() {
        Frame f = new Frame(-64, -28, -54, -18, List.of());
        Projection p = new Projection(f, 600);
        double shrink = Math.cos(Math.toRadians(-23));
        assertEquals(0, p.x(-64), 1e-9);
        assertEquals(600, p.x(-54), 1e-9);
        assertEquals(0, p.y(-18), 1e-9);
        assertEquals(p.height(), p.y(-28), 1e-9);
        // 10° of latitude are taller than 10° of longitude are wide, by 1 / cos(23°)
        assertEquals(600 / shrink, p.height(), 1e-9);
        // Asunción, 25.28° S 57.63° W: 6.37 of 10 degrees from the west edge, 7.28 of 10 from the top
        assertEquals(600 * 0.637, p.x(-57.63), 1e-9);
        assertEquals(p.height() * 0.728, p.y(-25.28), 1e-9);
        assertTrue(p.contains(-25.28, -57.63));
        assertFalse(p.contains(40.75, -73.97));
        assertEquals(p.x(-57.63), p.x(-57.63 + 360), 1e-9, "the same meridian however written");
    }
}
