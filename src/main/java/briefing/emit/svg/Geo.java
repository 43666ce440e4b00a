package briefing.emit.svg;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Outlines already in pixels (see {@link briefing.geo.Basemap}) written as SVG path data, compactly: each ring starts
 * with an absolute "M x y" and goes on with relative steps ("l dx dy ..."), taken between points rounded to a tenth of a
 * pixel so that the rounding never drifts. Holes are rings of the same path; the stylesheet fills with the even-odd rule.
 */
final class Geo {
    private Geo() {
    }

    /** The path data of every polygon of {@code outline}; empty when nothing is left after rounding. */
    static String path(Geometry outline) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < outline.getNumGeometries(); i++) {
            if (!(outline.getGeometryN(i) instanceof Polygon p)) continue;
            ring(b, p.getExteriorRing());
            for (int h = 0; h < p.getNumInteriorRing(); h++) ring(b, p.getInteriorRingN(h));
        }
        return b.toString();
    }

    private static void ring(StringBuilder b, LineString ring) {
        Coordinate[] cs = ring.getCoordinates();
        long[] xs = new long[cs.length], ys = new long[cs.length];
        int n = 0;
        for (Coordinate c : cs) {
            long x = Math.round(c.x * 10), y = Math.round(c.y * 10);
            if (n > 0 && xs[n - 1] == x && ys[n - 1] == y) continue;
            xs[n] = x;
            ys[n++] = y;
        }
        if (n > 1 && xs[n - 1] == xs[0] && ys[n - 1] == ys[0]) n--;  // "z" closes it
        if (n < 3) return;
        b.append('M').append(tenths(xs[0])).append(' ').append(tenths(ys[0])).append('l');
        for (int i = 1; i < n; i++) {
            long dx = xs[i] - xs[i - 1], dy = ys[i] - ys[i - 1];
            if (i > 1 && dx >= 0) b.append(' ');
            b.append(tenths(dx));
            if (dy >= 0) b.append(' ');
            b.append(tenths(dy));
        }
        b.append('z');
    }

    /** 123 → "12.3", -5 → "-.5", 40 → "4". */
    private static String tenths(long t) {
        long a = Math.abs(t);
        String s = (a / 10 == 0 && a % 10 != 0 ? "" : String.valueOf(a / 10)) + (a % 10 == 0 ? "" : "." + (a % 10));
        return t < 0 ? "-" + s : s;
    }
}
