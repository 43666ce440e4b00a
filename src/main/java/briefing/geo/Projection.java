package briefing.geo;

import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * An equirectangular projection of a frame onto a picture {@code width} wide: longitudes shrink by the cosine of the
 * frame's middle latitude, so that shapes keep their look at the frame's latitudes (the frames of a briefing's map are
 * regional, where this differs little from a conformal projection). x grows eastwards, y southwards, from the top left.
 */
public record Projection(Frame frame, double width) {
    public Projection {
        if (!(width > 0)) throw new IllegalArgumentException("width " + width);
    }

    /** Pixels per degree of latitude. */
    public double scale() {
        return width / ((frame.east() - frame.west()) * frame.shrink());
    }

    public double height() {
        return (frame.north() - frame.south()) * scale();
    }

    public double x(double lon) {
        return (frame.lon(lon) - frame.west()) * frame.shrink() * scale();
    }

    public double y(double lat) {
        return (frame.north() - lat) * scale();
    }

    public boolean contains(double lat, double lon) {
        return frame.contains(lat, lon);
    }

    /** The projection as a transformation of geometries in degrees (longitudes already counted as the frame counts them). */
    AffineTransformation transformation() {
        double s = scale(), k = frame.shrink() * s;
        return new AffineTransformation(k, 0, -frame.west() * k, 0, -s, frame.north() * s);
    }
}
