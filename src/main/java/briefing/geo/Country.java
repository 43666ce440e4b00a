package briefing.geo;

import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * A country of the world's outlines: its ISO 3166-1 alpha-2 and alpha-3 codes (empty for the few Natural Earth features
 * without one, such as Kosovo or Somaliland), Natural Earth's English name, and its outline in longitude/latitude (x is
 * the longitude) as one or more polygons, with holes where another country lies inside it.
 */
public final class Country {
    private final String alpha2;
    private final String alpha3;
    private final String name;
    private final String partOf;
    private final Geometry shape;
    private PreparedGeometry prepared;
    private Geometry valid;

    Country(String alpha2, String alpha3, String name, String partOf, Geometry shape) {
        this.alpha2 = alpha2;
        this.alpha3 = alpha3;
        this.name = name;
        this.partOf = partOf;
        this.shape = shape;
    }

    /** "PY", or empty. */
    public String alpha2() {
        return alpha2;
    }

    /** "PRY", or empty. */
    public String alpha3() {
        return alpha3;
    }

    /** Natural Earth's English name: "Paraguay", "Kosovo". */
    public String name() {
        return name;
    }

    /** For a feature without a code of its own, the alpha-2 code of the country it is part of ("CY" for N. Cyprus); else empty. */
    public String partOf() {
        return partOf;
    }

    /** An id for sorting and CSS-free comparisons: the alpha-3 code, or the name when there is none. */
    public String key() {
        return alpha3.isEmpty() ? name : alpha3;
    }

    /** Whether {@code code} (alpha-2 or alpha-3, any case) is this country's. */
    public boolean is(String code) {
        return !code.isEmpty() && (code.equalsIgnoreCase(alpha2) || code.equalsIgnoreCase(alpha3));
    }

    /**
     * The outline in degrees, x longitude and y latitude, valid for clipping. Rounding the shipped outlines to their
     * resolution can make a ring touch itself; such a shape is mended here, once, when a map first needs it (checking
     * every country at load would cost a second for the few a map draws).
     */
    public synchronized Geometry shape() {
        if (valid == null) valid = shape.isValid() ? shape : GeometryFixer.fix(shape);
        return valid;
    }

    public Envelope envelope() {
        return shape.getEnvelopeInternal();
    }

    /** Whether the point lies in the country (on its border counts). */
    public boolean holds(double lat, double lon) {
        if (!shape.getEnvelopeInternal().intersects(new Coordinate(lon, lat))) return false;
        return prepared().covers(World.FACTORY.createPoint(new Coordinate(lon, lat)));
    }

    /**
     * The polygon of the country that holds the point (or, for a point just off its coast, the nearest one), as its
     * outline's extent: the mainland for a town in France, not the overseas departments.
     */
    public Envelope partAt(double lat, double lon) {
        Point p = World.FACTORY.createPoint(new Coordinate(lon, lat));
        // the first polygon that holds the point; else the nearest (the first of equally near ones)
        for (int i = 0; i < shape.getNumGeometries(); i++) {
            Geometry g = shape.getGeometryN(i);
            if (g.getEnvelopeInternal().intersects(p.getCoordinate())
                    && SimplePointInAreaLocator.locate(p.getCoordinate(), g) != Location.EXTERIOR) return g.getEnvelopeInternal();
        }
        Geometry nearest = null;
        double least = Double.POSITIVE_INFINITY;
        for (int i = 0; i < shape.getNumGeometries(); i++) {
            Geometry g = shape.getGeometryN(i);
            double d = g.distance(p);
            if (nearest == null || d < least) {
                nearest = g;
                least = d;
            }
        }
        return nearest == null ? shape.getEnvelopeInternal() : nearest.getEnvelopeInternal();
    }

    /** How far the point lies from the country, in degrees as drawn on the plane (0 inside it). */
    public double distance(double lat, double lon) {
        return holds(lat, lon) ? 0 : shape.distance(World.FACTORY.createPoint(new Coordinate(lon, lat)));
    }

    /** The extent of the country's largest polygon (its mainland). */
    public Envelope mainland() {
        return IntStream.range(0, shape.getNumGeometries()).mapToObj(shape::getGeometryN).max(Comparator.comparingDouble(Geometry::getArea))
                .map(Geometry::getEnvelopeInternal).orElse(shape.getEnvelopeInternal());
    }

    private synchronized PreparedGeometry prepared() {
        if (prepared == null) prepared = PreparedGeometryFactory.prepare(shape);
        return prepared;
    }

    @Override
    public String toString() {
        return key();
    }
}
