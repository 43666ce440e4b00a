package briefing.emit.svg;

/**
 * An equirectangular projection of a longitude/latitude frame onto a picture {@code width} wide: longitudes shrink
 * by the cosine of the frame's middle latitude, so shapes near the equator (Mali lies at 10–25° N) keep their look.
 */
record Projection(double lonMin, double lonMax, double latMin, double latMax, double width) {
    Projection {
        if (!(lonMin < lonMax && latMin < latMax && width > 0)) throw new IllegalArgumentException("empty frame");
    }

    /** Mali and its neighbours: 14.5° W – 6.5° E, 7° N – 26° N. */
    static Projection mali(double width) {
        return new Projection(-14.5, 6.5, 7.0, 26.0, width);
    }

    private double scale() {
        return width / ((lonMax - lonMin) * StrictMath.cos(StrictMath.toRadians((latMin + latMax) / 2)));
    }

    double height() {
        return (latMax - latMin) * scale();
    }

    double x(double lon) {
        return (lon - lonMin) * scale() * StrictMath.cos(StrictMath.toRadians((latMin + latMax) / 2));
    }

    double y(double lat) {
        return (latMax - lat) * scale();
    }

    boolean contains(double lat, double lon) {
        return lat >= latMin && lat <= latMax && lon >= lonMin && lon <= lonMax;
    }
}
