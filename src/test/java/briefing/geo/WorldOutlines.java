package briefing.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives {@code src/main/resources/geo/world.json}, the world's country outlines the engine draws its maps with, from
 * Natural Earth's 1:50m admin-0 countries as the npm package world-atlas 2.0.2 ships them (TopoJSON,
 * {@code countries-50m.json}; ids are ISO 3166-1 numeric codes, names English) and Debian's ISO 3166-1 table
 * ({@code /usr/share/iso-codes/json/iso_3166-1.json}, package iso-codes) for the alpha-2 and alpha-3 codes.
 *
 * <p>Run once, by hand, when the outlines should change (see the README beside the resource):
 * <pre>
 * cd /tmp &amp;&amp; npm pack world-atlas@2.0.2 &amp;&amp; tar xzf world-atlas-2.0.2.tgz
 * mvn -B -q test-compile -Dportal.skip
 * java -cp target/test-classes:target/classes:$(cat target/classpath.txt) briefing.geo.WorldOutlines \
 *     /tmp/package/countries-50m.json /usr/share/iso-codes/json/iso_3166-1.json src/main/resources/geo/world.json 0.02
 * </pre>
 *
 * <p>Steps: decode the TopoJSON arcs (quantised, delta-encoded) to longitude/latitude; simplify each arc with
 * Douglas–Peucker at the given tolerance in degrees (per arc, so a border two countries share stays one line); join
 * each country's arcs into rings; round to 0.01° (written as whole hundredths of a degree); drop repeated points and rings left with fewer than three corners
 * (islands smaller than the resolution), keeping a country's largest ring unsimplified when all would go.
 */
public final class WorldOutlines {
    private static final GeometryFactory LINES = new GeometryFactory();

    private WorldOutlines() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: WorldOutlines countries-50m.json iso_3166-1.json out.json tolerance-degrees");
            System.exit(2);
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode topo = json.readTree(Path.of(args[0]).toFile());
        Map<String, JsonNode> iso = new HashMap<>();
        for (JsonNode c : json.readTree(Path.of(args[1]).toFile()).get("3166-1")) iso.put(c.get("numeric").asText(), c);
        double tolerance = Double.parseDouble(args[3]);

        List<double[]> raw = arcs(topo);
        List<double[]> simple = raw.stream().map(a -> simplify(a, tolerance)).toList();
        List<String> lines = new ArrayList<>();
        int kept = 0, dropped = 0;
        List<JsonNode> features = new ArrayList<>();
        topo.get("objects").get("countries").get("geometries").forEach(features::add);
        features.sort(Comparator.comparing((JsonNode g) -> g.path("properties").path("name").asText()));
        for (JsonNode g : features) {
            String name = g.path("properties").path("name").asText();
            JsonNode code = g.has("id") ? iso.get(g.get("id").asText()) : null;
            // Kosovo has no ISO 3166-1 entry; XK/XKX are the user-assigned codes in common use (CLDR names XK)
            if (code == null && name.equals("Kosovo")) code = json.readTree("{\"alpha_2\":\"XK\",\"alpha_3\":\"XKX\"}");
            List<JsonNode> polygons = new ArrayList<>();
            if (g.get("type").asText().equals("Polygon")) polygons.add(g.get("arcs"));
            else if (g.get("type").asText().equals("MultiPolygon")) g.get("arcs").forEach(polygons::add);
            else continue;
            StringBuilder b = new StringBuilder("{");
            if (code != null) b.append("\"a2\":\"").append(code.get("alpha_2").asText()).append("\",\"a3\":\"")
                    .append(code.get("alpha_3").asText()).append("\",");
            // features without a code that are part of a recognised country, for "the country of a place"
            String of = Map.of("N. Cyprus", "CY", "Somaliland", "SO", "Indian Ocean Ter.", "AU").get(name);
            if (of != null) b.append("\"of\":\"").append(of).append("\",");
            b.append("\"name\":").append(json.writeValueAsString(name)).append(",\"polygons\":[");
            List<String> written = new ArrayList<>();
            double[] largest = null;
            double largestArea = -1;
            for (JsonNode polygon : polygons) {
                double[] full = clean(ring(polygon.get(0), raw));
                double area = Math.abs(area(full));
                if (area > largestArea) {
                    largestArea = area;
                    largest = full;
                }
                List<double[]> whole = new ArrayList<>();
                for (int r = 0; r < polygon.size(); r++) whole.add(ring(polygon.get(r), simple));
                for (List<double[]> piece : cut(whole)) {
                    List<String> rings = new ArrayList<>();
                    for (int r = 0; r < piece.size(); r++) {
                        double[] ring = clean(piece.get(r));
                        if (ring.length < 8) {  // fewer than three corners: gone at this resolution (and so are its holes)
                            dropped++;
                            if (r == 0) break;
                            continue;
                        }
                        kept++;
                        rings.add(numbers(ring));
                    }
                    if (!rings.isEmpty()) written.add("[" + String.join(",", rings) + "]");
                }
            }
            if (written.isEmpty() && largest != null && largest.length >= 8) written.add("[" + numbers(largest) + "]");
            if (written.isEmpty()) {
                System.err.println("no outline left: " + name);
                continue;
            }
            b.append(String.join(",", written)).append("]}");
            lines.add(b.toString());
        }
        try (Writer w = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
            w.write("{\"source\":\"Made with Natural Earth: 1:50m admin 0 countries (public domain), from world-atlas 2.0.2"
                    + " countries-50m.json\",\"resolution\":" + tolerance + ",\"unit\":0.01,\"countries\":[\n");
            w.write(String.join(",\n", lines));
            w.write("\n]}\n");
        }
        System.err.println(lines.size() + " countries, " + kept + " rings kept, " + dropped + " dropped, "
                + Files.size(Path.of(args[2])) + " bytes");
    }

    /**
     * A polygon (shell, then holes) as plane polygons within ±180°. world-atlas joins what Natural Earth cut at the
     * antimeridian (Fiji, Chukotka, Antarctica), so a ring may step from 179.9° to -179.9°: such a ring is made
     * continuous (179.9 then 180.1), closed along the pole when it winds around one (Antarctica), and cut into its
     * parts on either side of the antimeridian.
     */
    static List<List<double[]>> cut(List<double[]> rings) {
        double[] shell = continuous(rings.get(0));
        List<double[]> inner = new ArrayList<>(rings.subList(1, rings.size()));
        if (shell[shell.length - 2] != shell[0] && alongPole(shell)) {
            // Antarctica is written as a ring along the pole with its coast as a hole winding the other way: the coast,
            // closed along the pole, is the shell
            for (double[] h : inner) {
                double[] c = continuous(h);
                if (c[c.length - 2] != c[0]) {
                    shell = c;
                    inner.remove(h);
                    break;
                }
            }
        }
        int n = shell.length;
        double winding = shell[n - 2] - shell[0];
        boolean crosses = winding != 0;
        for (int i = 0; i < n; i += 2) crosses |= shell[i] < -180 || shell[i] > 180;
        if (!crosses) return List.of(rings);
        List<Coordinate> cs = new ArrayList<>();
        for (int i = 0; i < n; i += 2) cs.add(new Coordinate(shell[i], shell[i + 1]));
        if (winding != 0) {  // around a pole: close the ring along it
            double pole = shell[1] < 0 ? -90 : 90;
            cs.add(new Coordinate(shell[n - 2], pole));
            cs.add(new Coordinate(shell[0], pole));
        }
        cs.add(cs.get(0).copy());
        double mid = cs.stream().mapToDouble(c -> c.x).average().orElse(0);
        List<LinearRing> holes = new ArrayList<>();
        for (double[] h : inner) {
            double[] c = continuous(h);
            double shift = 360 * Math.rint((mid - c[0]) / 360);
            Coordinate[] hc = new Coordinate[c.length / 2];
            for (int i = 0; i < hc.length; i++) hc[i] = new Coordinate(c[2 * i] + shift, c[2 * i + 1]);
            if (!hc[0].equals2D(hc[hc.length - 1])) {  // a hole around a pole: Antarctica's ice shelves hold none such
                System.err.println("hole winds around a pole; dropped");
                continue;
            }
            holes.add(LINES.createLinearRing(hc));
        }
        Geometry polygon = GeometryFixer.fix(LINES.createPolygon(LINES.createLinearRing(cs.toArray(Coordinate[]::new)),
                holes.toArray(LinearRing[]::new)));
        List<List<double[]>> out = new ArrayList<>();
        for (int turn = -1; turn <= 1; turn++) {
            Geometry side = polygon.intersection(LINES.toGeometry(new Envelope(-180 + 360 * turn, 180 + 360 * turn, -90, 90)));
            for (Object o : PolygonExtracter.getPolygons(side)) {
                Polygon p = (Polygon) o;
                if (p.isEmpty()) continue;
                List<double[]> parts = new ArrayList<>();
                parts.add(flat(p.getExteriorRing().getCoordinates(), -360 * turn));
                for (int h = 0; h < p.getNumInteriorRing(); h++) parts.add(flat(p.getInteriorRingN(h).getCoordinates(), -360 * turn));
                out.add(parts);
            }
        }
        return out;
    }

    private static boolean alongPole(double[] ring) {
        for (int i = 1; i < ring.length; i += 2) if (Math.abs(ring[i]) < 89.9) return false;
        return true;
    }

    /** A ring's longitudes without jumps across the antimeridian: each step is the short way round. */
    private static double[] continuous(double[] ring) {
        double[] out = ring.clone();
        double offset = 0;
        for (int i = 2; i < ring.length; i += 2) {
            double step = ring[i] - ring[i - 2];
            if (step > 180) offset -= 360;
            else if (step < -180) offset += 360;
            out[i] = ring[i] + offset;
        }
        return out;
    }

    private static double[] flat(Coordinate[] cs, double shift) {
        double[] out = new double[cs.length * 2];
        for (int i = 0; i < cs.length; i++) {
            out[2 * i] = cs[i].x + shift;
            out[2 * i + 1] = cs[i].y;
        }
        return out;
    }

    /** The arcs as flat lon/lat arrays: TopoJSON quantises positions and writes each one as a delta from the previous. */
    private static List<double[]> arcs(JsonNode topo) {
        JsonNode t = topo.get("transform");
        double sx = t.get("scale").get(0).asDouble(), sy = t.get("scale").get(1).asDouble();
        double tx = t.get("translate").get(0).asDouble(), ty = t.get("translate").get(1).asDouble();
        List<double[]> out = new ArrayList<>();
        for (JsonNode arc : topo.get("arcs")) {
            double[] a = new double[arc.size() * 2];
            long x = 0, y = 0;
            for (int i = 0; i < arc.size(); i++) {
                x += arc.get(i).get(0).asLong();
                y += arc.get(i).get(1).asLong();
                a[2 * i] = x * sx + tx;
                a[2 * i + 1] = y * sy + ty;
            }
            out.add(a);
        }
        return out;
    }

    /**
     * Douglas–Peucker on one arc, taken with continuous longitudes so that an arc across the antimeridian is simplified
     * as the line it is; steps longer than 90° of longitude (along the pole) are split so that each stays the short way
     * round; the end points stay exactly as they were, as the neighbouring arcs share them.
     */
    private static double[] simplify(double[] arc, double tolerance) {
        double[] c = continuous(arc);
        Coordinate[] cs = new Coordinate[c.length / 2];
        for (int i = 0; i < cs.length; i++) cs[i] = new Coordinate(c[2 * i], c[2 * i + 1]);
        Geometry line = DouglasPeuckerSimplifier.simplify(LINES.createLineString(cs), tolerance);
        Coordinate[] s = line.getNumPoints() >= 2 ? line.getCoordinates() : new Coordinate[]{cs[0], cs[cs.length - 1]};
        // DP keeps a subsequence of the arc's points: write each with its own longitude (180 stays 180, -180 stays -180)
        List<double[]> dense = new ArrayList<>();
        int at = 0;
        for (int k = 0; k < s.length; k++) {
            if (k > 0) {
                int parts = (int) Math.ceil(Math.abs(s[k].x - s[k - 1].x) / 90);
                for (int j = 1; j < parts; j++) {
                    double x = s[k - 1].x + (s[k].x - s[k - 1].x) * j / parts;
                    dense.add(new double[]{x - 360 * Math.floor((x + 180) / 360), s[k - 1].y + (s[k].y - s[k - 1].y) * j / parts});
                }
            }
            while (!cs[at].equals2D(s[k])) at++;
            dense.add(new double[]{arc[2 * at], arc[2 * at + 1]});
        }
        double[] out = new double[dense.size() * 2];
        for (int i = 0; i < dense.size(); i++) {
            out[2 * i] = dense.get(i)[0];
            out[2 * i + 1] = dense.get(i)[1];
        }
        return out;
    }

    /** A ring from its arc indexes: a negative index ~i is arc i reversed; consecutive arcs share their end point. */
    private static double[] ring(JsonNode indexes, List<double[]> arcs) {
        List<Double> out = new ArrayList<>();
        for (JsonNode n : indexes) {
            int i = n.asInt();
            double[] a = arcs.get(i < 0 ? ~i : i);
            int points = a.length / 2;
            for (int k = 0; k < points; k++) {
                int p = i < 0 ? points - 1 - k : k;
                if (k == 0 && !out.isEmpty()) continue;  // the previous arc ended here
                out.add(a[2 * p]);
                out.add(a[2 * p + 1]);
            }
        }
        double[] r = new double[out.size()];
        for (int k = 0; k < r.length; k++) r[k] = out.get(k);
        return r;
    }

    /** Rounded to 0.01°, without repeated points, closed. */
    private static double[] clean(double[] ring) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < ring.length; i += 2) {
            double x = round(ring[i]), y = round(ring[i + 1]);
            int n = out.size();
            if (n >= 2 && out.get(n - 2) == x && out.get(n - 1) == y) continue;
            out.add(x);
            out.add(y);
        }
        int n = out.size();
        if (n >= 2 && !(out.get(0).equals(out.get(n - 2)) && out.get(1).equals(out.get(n - 1)))) {
            out.add(out.get(0));
            out.add(out.get(1));
        }
        double[] r = new double[out.size()];
        for (int k = 0; k < r.length; k++) r[k] = out.get(k);
        return r;
    }

    private static double round(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_EVEN).doubleValue();
    }

    private static double area(double[] ring) {
        double a = 0;
        for (int i = 0; i + 3 < ring.length; i += 2) a += ring[i] * ring[i + 3] - ring[i + 2] * ring[i + 1];
        return a / 2;
    }

    /** "[-1217,1462,...]": lon, lat, lon, lat ... in hundredths of a degree, the closing point left out (the reader closes rings). */
    private static String numbers(double[] ring) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < ring.length - 2; i++) {
            if (i > 0) b.append(',');
            b.append(Math.round(ring[i] * 100));
        }
        return b.append(']').toString();
    }
}
