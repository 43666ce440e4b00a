package briefing.emit.svg;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The projection, number formatting and layout the pictures rest on. */
class GeometryTest {
    @Test
    void projectsKnownCoordinates() {
        Projection p = Projection.mali(600);
        assertEquals(0, p.x(-14.5), 1e-9);
        assertEquals(600, p.x(6.5), 1e-9);
        assertEquals(0, p.y(26), 1e-9);
        assertEquals(p.height(), p.y(7), 1e-9);
        // longitudes shrink by cos(16.5°): 19° of latitude are taller than 21° of longitude are wide, less than 21/19
        assertEquals(600 * 19 / (21 * Math.cos(Math.toRadians(16.5))), p.height(), 1e-9);
        // Bamako, 12.64° N 8.0° W: 6.5 of 21 degrees from the west edge, 13.36 of 19 from the top
        assertEquals(600 * 6.5 / 21, p.x(-8.0), 1e-9);
        assertEquals(p.height() * 13.36 / 19, p.y(12.64), 1e-9);
        assertEquals("185.7", Svg.n(p.x(-8.0)));
        assertEquals("398.1", Svg.n(p.y(12.64)));
        assertTrue(p.contains(16.27, -0.04));  // Gao
        assertFalse(p.contains(56.13, -106.35));  // Canada
        assertFalse(p.contains(9.08, 8.68));  // Nigeria's centre lies east of the frame
    }

    @Test
    void numbersHaveOneDecimalWhateverTheLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertEquals("12", Svg.n(12.0));
            assertEquals("12.5", Svg.n(12.46));
            assertEquals("-3.1", Svg.n(-3.14));
            assertEquals("0", Svg.n(-0.04));
            assertEquals("1000000.1", Svg.n(1000000.08));
            assertEquals("12,261", Svg.number(12261));
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void escapesMarkup() {
        assertEquals("a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39;", Svg.esc("a & b <c> \"d\" 'e'"));
    }

    @Test
    void theOutlinesAreTheEightCountries() {
        List<String> names = Geo.countries().stream().map(Geo.Country::name).sorted().toList();
        assertEquals(List.of("Algeria", "Burkina Faso", "Côte d'Ivoire", "Guinea", "Mali", "Mauritania", "Niger", "Senegal"), names);
        Geo.Country mali = Geo.countries().stream().filter(c -> c.iso().equals("MLI")).findFirst().orElseThrow();
        double minLon = 180, maxLon = -180, minLat = 90, maxLat = -90;
        for (double[] r : mali.rings()) {
            for (int i = 0; i < r.length; i += 2) {
                minLon = Math.min(minLon, r[i]); maxLon = Math.max(maxLon, r[i]);
                minLat = Math.min(minLat, r[i + 1]); maxLat = Math.max(maxLat, r[i + 1]);
            }
        }
        // Mali spans about 12.2° W – 4.3° E and 10.1° N – 25.0° N
        assertEquals(-12.2, minLon, 0.2);
        assertEquals(4.3, maxLon, 0.2);
        assertEquals(10.1, minLat, 0.2);
        assertEquals(25.0, maxLat, 0.2);
    }

    @Test
    void layoutIsDeterministicAndFillsTheSquare() {
        List<NetworkChart.Node> nodes = List.of(new NetworkChart.Node("a", "A", 3, "actors/a.html"),
                new NetworkChart.Node("b", "B", 1, "actors/b.html"), new NetworkChart.Node("c", "C", 2, "actors/c.html"),
                new NetworkChart.Node("d", "D", 1, "actors/d.html"));
        List<NetworkChart.Edge> edges = List.of(new NetworkChart.Edge("a", "b", 2), new NetworkChart.Edge("a", "c", 1),
                new NetworkChart.Edge("c", "d", 1));
        double[][] one = NetworkChart.layout(nodes, edges), two = NetworkChart.layout(nodes, edges);
        for (int i = 0; i < one.length; i++) assertArrayEquals(one[i], two[i]);
        for (double[] p : one) assertTrue(p[0] >= 0 && p[0] <= 1 && p[1] >= 0 && p[1] <= 1);
        briefing.i18n.Messages en = briefing.i18n.Messages.english();
        assertEquals(NetworkChart.render(en, nodes, edges, ""), NetworkChart.render(en, List.of(nodes.get(3), nodes.get(1), nodes.get(2), nodes.get(0)),
                List.of(edges.get(2), edges.get(0), edges.get(1)), ""), "input order does not matter");
    }
}
