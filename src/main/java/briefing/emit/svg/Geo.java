package briefing.emit.svg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The outlines of Mali and its neighbours, derived once from Natural Earth (public domain) and kept in
 * {@code src/main/resources/geo/west-africa.json}; see the README beside it.
 */
final class Geo {
    /** A country: ISO code, name, outer rings as flat lon/lat lists, and where its name is written. */
    record Country(String iso, String name, List<double[]> rings, double labelLon, double labelLat) {
    }

    private static final String RESOURCE = "/geo/west-africa.json";
    private static List<Country> cache;

    private Geo() {
    }

    static synchronized List<Country> countries() {
        if (cache == null) cache = load();
        return cache;
    }

    private static List<Country> load() {
        try (InputStream in = Geo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            JsonNode root = new ObjectMapper().readTree(in);
            List<Country> out = new ArrayList<>();
            for (JsonNode c : root.get("countries")) {
                List<double[]> rings = new ArrayList<>();
                for (JsonNode r : c.get("rings")) {
                    double[] ring = new double[r.size()];
                    for (int i = 0; i < ring.length; i++) ring[i] = r.get(i).asDouble();
                    rings.add(ring);
                }
                JsonNode label = c.get("label");
                out.add(new Country(c.get("iso").asText(), c.get("name").asText(), List.copyOf(rings),
                        label.get(0).asDouble(), label.get(1).asDouble()));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A ring as an SVG path ("M x y L ... Z"), projected. */
    static String path(double[] ring, Projection p) {
        StringBuilder b = new StringBuilder();
        String last = "";
        for (int i = 0; i < ring.length; i += 2) {
            String pt = Svg.n(p.x(ring[i])) + " " + Svg.n(p.y(ring[i + 1]));
            if (pt.equals(last)) continue;
            b.append(i == 0 ? "M" : "L").append(pt);
            last = pt;
        }
        return b.append('Z').toString();
    }
}
