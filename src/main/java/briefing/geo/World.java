package briefing.geo;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The countries of the world as the engine draws them: Natural Earth's 1:50m admin-0 outlines (public domain),
 * simplified once and shipped in the jar as {@code /geo/world.json} (see the README beside it). Loaded on first use and
 * kept for the life of the JVM; immutable and safe to share.
 */
public final class World {
    static final GeometryFactory FACTORY = new GeometryFactory();
    private static final String RESOURCE = "/geo/world.json";

    private final List<Country> countries;

    private World(List<Country> countries) {
        this.countries = List.copyOf(countries);
    }

    private static final class Holder {
        static final World WORLD = load();
    }

    /** The shipped world. */
    public static World get() {
        return Holder.WORLD;
    }

    /** Every country, by alpha-3 code (names for the few without). */
    public List<Country> countries() {
        return countries;
    }

    /** The country of an ISO 3166-1 alpha-2 or alpha-3 code, in any case. */
    public Optional<Country> byCode(String code) {
        return countries.stream().filter(c -> c.is(code.trim())).findFirst();
    }

    /** How far off a coast a place may lie and still count as in the country: outlines are simplified to about 2 km. */
    public static final double COAST = 0.1;

    /**
     * The country a point lies in, or the nearest within {@link #COAST} degrees (a port that the simplified coastline
     * leaves at sea); none for a point out at sea.
     */
    public Optional<Country> at(double lat, double lon) {
        double l = Frame.normalise(lon);
        Optional<Country> in = countries.stream().filter(c -> c.holds(lat, l)).findFirst();
        if (in.isPresent()) return in;
        Envelope near = new Envelope(l - COAST, l + COAST, lat - COAST, lat + COAST);
        return countries.stream().filter(c -> c.envelope().intersects(near)).map(c -> Map.entry(c, c.distance(lat, l)))
                .filter(e -> e.getValue() <= COAST).min(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    private static World load() {
        try (InputStream in = World.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            JsonNode root = new ObjectMapper().enable(JsonParser.Feature.ALLOW_COMMENTS).readTree(in);
            double unit = root.path("unit").asDouble(1);
            List<Country> out = new ArrayList<>();
            for (JsonNode c : root.get("countries")) {
                List<Polygon> polygons = new ArrayList<>();
                for (JsonNode p : c.get("polygons")) {
                    LinearRing shell = ring(p.get(0), unit);
                    LinearRing[] holes = new LinearRing[p.size() - 1];
                    for (int i = 1; i < p.size(); i++) holes[i - 1] = ring(p.get(i), unit);
                    polygons.add(FACTORY.createPolygon(shell, holes));
                }
                Geometry shape = FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
                // rounding to the resolution can make a ring touch itself; clipping needs valid polygons
                if (!shape.isValid()) shape = GeometryFixer.fix(shape);
                out.add(new Country(c.path("a2").asText(""), c.path("a3").asText(""), c.get("name").asText(), shape));
            }
            out.sort(Comparator.comparing(Country::key));
            return new World(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LinearRing ring(JsonNode flat, double unit) {
        int n = flat.size() / 2;
        Coordinate[] cs = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) cs[i] = new Coordinate(flat.get(2 * i).asDouble() * unit, flat.get(2 * i + 1).asDouble() * unit);
        cs[n] = cs[0].copy();
        return FACTORY.createLinearRing(cs);
    }
}
