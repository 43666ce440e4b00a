package briefing.geo;

import java.util.List;

/**
 * What a map shows: a longitude/latitude box and the countries it highlights as its subject. Longitudes grow eastwards;
 * {@code west} lies in [-180, 180) and {@code east} may pass 180 when the frame crosses the antimeridian (a frame
 * around Fiji runs from 175 to 183, the last three degrees being 177–180° W).
 */
public record Frame(double west, double south, double east, double north, List<Country> focus) {
    public Frame {
        if (!(west < east && south < north && east - west <= 360 && south >= -90 && north <= 90 && west >= -180 && west < 180))
            throw new IllegalArgumentException("not a frame: " + west + " " + south + " " + east + " " + north);
        focus = List.copyOf(focus);
    }

    /** A longitude in [-180, 180). */
    public static double normalise(double lon) {
        double l = ((lon + 180) % 360 + 360) % 360 - 180;
        return l == 180 ? -180 : l;
    }

    /** The longitude as this frame counts it: {@code lon} plus or minus 360 as needed to lie nearest the frame's middle. */
    public double lon(double lon) {
        double mid = (west + east) / 2;
        return lon + 360 * Math.rint((mid - lon) / 360);
    }

    public boolean contains(double lat, double lon) {
        double l = lon(lon);
        return lat >= south && lat <= north && l >= west && l <= east;
    }

    public double midLat() {
        return (south + north) / 2;
    }

    /** How much a degree of longitude shrinks at the frame's middle latitude (never below 0.2, near the poles). */
    public double shrink() {
        return Math.max(0.2, StrictMath.cos(StrictMath.toRadians(midLat())));
    }

    /** Width over height as drawn. */
    public double aspect() {
        return (east - west) * shrink() / (north - south);
    }

    public Frame withFocus(List<Country> countries) {
        return new Frame(west, south, east, north, countries);
    }
}
