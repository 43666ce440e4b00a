package briefing.geo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

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
    /** {@link #countryAt}'s answers so far, by point: the portal's frame, its locators and their captions ask for the same places. */
    private final Map<List<Double>, Optional<Country>> found = new java.util.concurrent.ConcurrentHashMap<>();
    /** Beyond this many points the answers are no longer kept (a JVM that builds many portals). */
    private static final int KEEP = 100_000;

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

    /**
     * Reads the resource with Jackson's streaming parser: {@code {"unit": u, "countries": [{"a2", "a3", "name",
     * "polygons": [[[x, y, ...] ...] ...]}, ...]}} with coordinates as whole multiples of {@code unit}.
     */
    /**
     * The recognised country a point lies in: as {@link #at}, except that a point in one of the few Natural Earth
     * features without an ISO code that the resource marks as part of a country ({@code "of"}: N. Cyprus of Cyprus,
     * Somaliland of Somalia) counts for that country. Used where the engine chooses or names "the" country of a place:
     * the default focus of a map, a locator's description.
     */
    public Optional<Country> countryAt(double lat, double lon) {
        List<Double> point = List.of(lat, lon);
        Optional<Country> known = found.get(point);
        if (known != null) return known;
        Optional<Country> country = at(lat, lon).map(c -> c.partOf().isEmpty() ? c : byCode(c.partOf()).orElse(c));
        if (found.size() < KEEP) found.put(point, country);
        return country;
    }

    private static World load() {
        try (InputStream in = World.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            JsonParser p = new JsonFactory().createParser(in);
            double unit = 1;
            List<Country> out = new ArrayList<>();
            expect(p.nextToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("unit")) unit = p.getDoubleValue();
                else if (field.equals("countries")) {
                    while (p.nextToken() == JsonToken.START_OBJECT) out.add(country(p, unit));
                } else p.skipChildren();
            }
            out.sort(Comparator.comparing(Country::key));
            return new World(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Country country(JsonParser p, double unit) throws IOException {
        String a2 = "", a3 = "", name = "", of = "";
        List<Polygon> polygons = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "a2" -> a2 = p.getText();
                case "a3" -> a3 = p.getText();
                case "name" -> name = p.getText();
                case "of" -> of = p.getText();
                case "polygons" -> {
                    while (p.nextToken() == JsonToken.START_ARRAY) {
                        List<LinearRing> rings = new ArrayList<>();
                        while (p.nextToken() == JsonToken.START_ARRAY) rings.add(ring(p, unit));
                        polygons.add(FACTORY.createPolygon(rings.get(0), rings.subList(1, rings.size()).toArray(LinearRing[]::new)));
                    }
                }
                default -> p.skipChildren();
            }
        }
        return new Country(a2, a3, name, of, FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new)));
    }

    /** One ring written flat, x y x y ...; JTS wants it closed. */
    private static LinearRing ring(JsonParser p, double unit) throws IOException {
        List<Coordinate> cs = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            double x = p.getDoubleValue() * unit;
            p.nextToken();
            cs.add(new Coordinate(x, p.getDoubleValue() * unit));
        }
        cs.add(cs.get(0).copy());
        return FACTORY.createLinearRing(cs.toArray(Coordinate[]::new));
    }

    private static void expect(JsonToken got, JsonToken wanted) throws IOException {
        if (got != wanted) throw new IOException("world outlines: expected " + wanted + ", got " + got);
    }
}
