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
    void outlinesAreRelativePathsThatNeverDrift() {
        org.locationtech.jts.geom.GeometryFactory f = new org.locationtech.jts.geom.GeometryFactory();
        org.locationtech.jts.geom.Polygon square = f.createPolygon(f.createLinearRing(new org.locationtech.jts.geom.Coordinate[]{
                new org.locationtech.jts.geom.Coordinate(10.04, 20), new org.locationtech.jts.geom.Coordinate(10.04, 30.06),
                new org.locationtech.jts.geom.Coordinate(20.12, 30.06), new org.locationtech.jts.geom.Coordinate(20.12, 20),
                new org.locationtech.jts.geom.Coordinate(10.04, 20)}), new org.locationtech.jts.geom.LinearRing[]{
                f.createLinearRing(new org.locationtech.jts.geom.Coordinate[]{new org.locationtech.jts.geom.Coordinate(12, 22),
                        new org.locationtech.jts.geom.Coordinate(13, 22), new org.locationtech.jts.geom.Coordinate(12.5, 23.5),
                        new org.locationtech.jts.geom.Coordinate(12, 22)})});
        // each step between points rounded to tenths: the corners land where they are, whatever the sum of the steps
        assertEquals("M10 20l0 10.1 10.1 0 0-10.1zM12 22l1 0-.5 1.5z", Geo.path(square));
        assertEquals("", Geo.path(f.createPolygon(new org.locationtech.jts.geom.Coordinate[]{new org.locationtech.jts.geom.Coordinate(1, 1),
                new org.locationtech.jts.geom.Coordinate(1.01, 1), new org.locationtech.jts.geom.Coordinate(1, 1.01),
                new org.locationtech.jts.geom.Coordinate(1, 1)})), "a ring smaller than the rounding is left out");
    }

    @Test
    void escapesMarkup() {
        assertEquals("a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39;", Svg.esc("a & b <c> \"d\" 'e'"));
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
