package briefing.geo;

import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The countries a map draws, in the picture's pixels: each country that reaches into the frame, clipped to the frame
 * (plus a margin, so the cut edges fall outside the picture), projected, and simplified to the picture's resolution so
 * that a page carries no detail a reader cannot see. Each comes with where its name fits best: the centre of the
 * largest circle inside its visible part, and that circle's radius.
 */
public record Basemap(Projection projection, List<Shape> shapes) {
    /** One country as drawn: its outline in pixels, whether it is the map's subject, and room for its name. */
    public record Shape(Country country, boolean focus, Geometry outline, double labelX, double labelY, double room) {
    }

    /** Simplification tolerance and the smallest island kept, in pixels. */
    static final double TOLERANCE = 0.7;
    static final double MIN_AREA = 1.0;
    /** How far outside the picture outlines are kept, in pixels. */
    static final double MARGIN = 6;

    public Basemap {
        shapes = List.copyOf(shapes);
    }

    /** The map of {@code frame} at {@code width} pixels, with room for the countries' names. */
    public static Basemap of(Frame frame, double width, World world) {
        return of(frame, width, world, true);
    }

    /** The same; without names ({@code named} false: a locator) every shape's room is 0. */
    public static Basemap of(Frame frame, double width, World world, boolean named) {
        Projection p = new Projection(frame, width);
        double m = MARGIN / p.scale();
        Envelope box = new Envelope(0, width, 0, p.height());
        Geometry picture = World.FACTORY.toGeometry(box);
        List<Shape> shapes = new ArrayList<>();
        for (Country c : world.countries()) {
            List<Geometry> pieces = new ArrayList<>();
            // the world's outlines lie within ±180°: a frame across the antimeridian takes its far side a turn away
            for (int turn = -1; turn <= 1; turn++) {
                double shift = 360.0 * turn;
                Envelope clip = new Envelope(frame.west() - m - shift, frame.east() + m - shift, frame.south() - m, frame.north() + m);
                if (!clip.intersects(c.envelope())) continue;
                Geometry in = OverlayNGRobust.overlay(c.shape(), World.FACTORY.toGeometry(clip), OverlayNG.INTERSECTION);
                if (in.isEmpty()) continue;
                AffineTransformation t = AffineTransformation.translationInstance(shift, 0).compose(p.transformation());
                pieces.add(t.transform(in));
            }
            if (pieces.isEmpty()) continue;
            Geometry outline = TopologyPreservingSimplifier.simplify(World.FACTORY.buildGeometry(polygons(pieces)), TOLERANCE);
            List<Polygon> kept = polygons(List.of(outline)).stream().filter(g -> g.getArea() >= MIN_AREA).toList();
            if (kept.isEmpty()) continue;
            outline = World.FACTORY.createMultiPolygon(kept.toArray(Polygon[]::new));
            // an area the map data draws apart from its country (N. Cyprus) is highlighted with it, and not named apart
            boolean focus = frame.focus().contains(c) || frame.focus().stream().anyMatch(f -> f.is(c.partOf()));
            Polygon largest = !named || !c.partOf().isEmpty() ? null : polygons(List.of(OverlayNGRobust.overlay(outline, picture, OverlayNG.INTERSECTION))).stream()
                    .max(Comparator.comparingDouble(Geometry::getArea)).orElse(null);
            double lx = 0, ly = 0, room = 0;
            if (largest != null && largest.getArea() > 4) {
                MaximumInscribedCircle circle = new MaximumInscribedCircle(largest, 0.5);
                Point centre = circle.getCenter();
                lx = centre.getX();
                ly = centre.getY();
                room = circle.getRadiusLine().getLength();
            }
            shapes.add(new Shape(c, focus, outline, lx, ly, room));
        }
        // neighbours first, the subject drawn over them
        shapes.sort(Comparator.comparing(Shape::focus).thenComparing(s -> s.country().key()));
        return new Basemap(p, shapes);
    }

    @SuppressWarnings("unchecked")
    private static List<Polygon> polygons(List<Geometry> geometries) {
        List<Polygon> out = new ArrayList<>();
        for (Geometry g : geometries) out.addAll(PolygonExtracter.getPolygons(g));
        return out.stream().filter(x -> !x.isEmpty()).toList();
    }
}
