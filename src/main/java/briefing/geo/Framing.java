package briefing.geo;

import briefing.model.Coordinates;
import briefing.model.MapSettings;
import briefing.model.Text;
import org.locationtech.jts.geom.Envelope;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a portal's map looks, computed from its places:
 * <ol>
 * <li>drop far-away places (a Council meeting in New York, talks in Geneva, the capitals of contributing countries):
 * those further from the median point than {@value #OUTLIER_FACTOR} times the median distance, and at least
 * {@value #OUTLIER_FLOOR}°;</li>
 * <li>take the box around the rest;</li>
 * <li>highlight the countries {@code map.focus} names, or else the one holding most of those places;</li>
 * <li>widen the box to the part of each such country that holds places (mainland France, not its overseas departments),
 * but by no more than the box's own size or {@value #WIDEN_MIN}° on each side;</li>
 * <li>pad it by {@value #PAD} of its size, make it at least {@value #MIN_SPAN}° across (a one-town portal) and between
 * {@value #MIN_ASPECT} and {@value #MAX_ASPECT} times as wide as tall.</li>
 * </ol>
 * {@code map.frame} replaces steps 1–2 and 4–5. Longitudes are taken across the widest gap between places, so a portal
 * about Fiji gets one frame across the antimeridian rather than one around the world.
 */
public final class Framing {
    static final double OUTLIER_FACTOR = 4;
    static final double OUTLIER_FLOOR = 12;
    static final double WIDEN_MIN = 8;
    static final double PAD = 0.08;
    static final double MIN_SPAN = 4;
    static final double MIN_ASPECT = 0.8;
    static final double MAX_ASPECT = 1.6;
    /** A locator of a place outside the portal's frame shows its country's part, but no more than this across. */
    static final double LOCATOR_MAX_SPAN = 24;
    static final double LOCATOR_MIN_SPAN = 8;

    private Framing() {
    }

    /** The portal's frame, or empty when no place has coordinates and portal.yaml sets no frame. */
    public static Optional<Frame> portal(List<Coordinates> places, MapSettings settings, World world) {
        List<Country> named = settings.focus().stream().map(Text::value).map(world::byCode).flatMap(Optional::stream).distinct().toList();
        if (settings.frame().isPresent()) {
            MapSettings.Frame f = settings.frame().get();
            Frame box = new Frame(Frame.normalise(f.west()), f.south(), Frame.normalise(f.west()) + (f.east() - f.west()), f.north(), List.of());
            return Optional.of(box.withFocus(named.isEmpty()
                    ? busiest(places.stream().filter(p -> box.contains(p.lat(), p.lon())).toList(), world) : named));
        }
        if (places.isEmpty()) return Optional.empty();
        List<Coordinates> kept = withoutOutliers(places);
        // each place's country, found once (on every core) for the busiest country and the parts that hold places
        List<Optional<Country>> countries = kept.parallelStream().map(p -> world.countryAt(p.lat(), p.lon())).toList();
        List<Country> focus = named.isEmpty() ? busiest(kept, world) : named;
        double[] lons = unwrap(kept.stream().mapToDouble(Coordinates::lon).toArray());
        Envelope box = new Envelope();
        for (int i = 0; i < kept.size(); i++) box.expandToInclude(lons[i], kept.get(i).lat());
        Envelope places0 = new Envelope(box);
        double growX = Math.max(WIDEN_MIN, places0.getWidth()), growY = Math.max(WIDEN_MIN, places0.getHeight());
        Envelope cap = new Envelope(places0.getMinX() - growX, places0.getMaxX() + growX, places0.getMinY() - growY, places0.getMaxY() + growY);
        for (Country c : focus) {
            List<Envelope> parts = java.util.stream.IntStream.range(0, kept.size()).parallel()
                    .filter(i -> countries.get(i).filter(c::equals).isPresent())
                    .mapToObj(i -> c.partAt(kept.get(i).lat(), kept.get(i).lon())).distinct().toList();
            if (parts.isEmpty()) parts = List.of(c.mainland());
            for (Envelope part : parts) {
                double shift = 360 * Math.rint((places0.centre().x - part.centre().x) / 360);
                Envelope moved = new Envelope(part.getMinX() + shift, part.getMaxX() + shift, part.getMinY(), part.getMaxY());
                Envelope clipped = moved.intersection(cap);
                if (!clipped.isNull()) box.expandToInclude(clipped);
            }
        }
        return Optional.of(shape(box, PAD, MIN_SPAN, focus));
    }

    /**
     * A frame for a place's locator when the place lies outside the portal's frame: the part of its country that holds
     * it (New York: the United States without Alaska), no more than {@value #LOCATOR_MAX_SPAN}° across around the place,
     * the country highlighted.
     */
    public static Frame around(double lat, double lon, World world) {
        Optional<Country> country = world.countryAt(lat, lon);
        double l = Frame.normalise(lon);
        Envelope part = country.map(c -> c.partAt(lat, l)).orElse(new Envelope(l, l, lat, lat));
        double half = LOCATOR_MAX_SPAN / 2;
        Envelope box = new Envelope(Math.max(part.getMinX(), l - half), Math.min(part.getMaxX(), l + half),
                Math.max(part.getMinY(), lat - half), Math.min(part.getMaxY(), lat + half));
        return shape(box, PAD, LOCATOR_MIN_SPAN, country.map(List::of).orElse(List.of()));
    }

    /** Padded, at least {@code minSpan} across, within the aspect ratios, inside the latitudes a map can show. */
    private static Frame shape(Envelope box, double pad, double minSpan, List<Country> focus) {
        double cx = box.centre().x, cy = box.centre().y;
        double h = Math.max(box.getHeight() * (1 + 2 * pad), minSpan);
        cy = Math.max(-85 + h / 2, Math.min(85 - h / 2, cy));
        double shrink = Math.max(0.2, StrictMath.cos(StrictMath.toRadians(cy)));
        double w = Math.max(box.getWidth() * (1 + 2 * pad), minSpan / shrink);  // in degrees of longitude
        if (w * shrink > h * MAX_ASPECT) h = w * shrink / MAX_ASPECT;
        if (w * shrink < h * MIN_ASPECT) w = h * MIN_ASPECT / shrink;
        h = Math.min(h, 170);
        cy = Math.max(-85 + h / 2, Math.min(85 - h / 2, cy));
        w = Math.min(w, 360);
        double west = Frame.normalise(cx - w / 2);
        return new Frame(west, cy - h / 2, west + w, cy + h / 2, focus);
    }

    /** The places left when far-away ones are set aside; all of them when there are fewer than three. */
    static List<Coordinates> withoutOutliers(List<Coordinates> places) {
        if (places.size() < 3) return places;
        double[] lons = unwrap(places.stream().mapToDouble(Coordinates::lon).toArray());
        double midLat = median(places.stream().mapToDouble(Coordinates::lat).toArray()), midLon = median(lons);
        double[] d = places.stream().mapToDouble(p -> degrees(p.lat(), p.lon(), midLat, midLon)).toArray();
        double limit = Math.max(OUTLIER_FACTOR * median(d), OUTLIER_FLOOR);
        List<Coordinates> kept = new ArrayList<>();
        for (int i = 0; i < d.length; i++) if (d[i] <= limit) kept.add(places.get(i));
        return kept;
    }

    /** The country holding most of the places (ties: the first by code), or none when none holds any. */
    static List<Country> busiest(List<Coordinates> places, World world) {
        Map<Country, Integer> counts = new LinkedHashMap<>();
        for (Coordinates p : places) world.countryAt(p.lat(), p.lon()).ifPresent(c -> counts.merge(c, 1, Integer::sum));
        return counts.entrySet().stream().max(Comparator.comparingInt((Map.Entry<Country, Integer> e) -> e.getValue())
                .thenComparing(e -> e.getKey().key(), Comparator.reverseOrder())).map(e -> List.of(e.getKey())).orElse(List.of());
    }

    /**
     * Longitudes made continuous: cut the circle at the widest gap between them, so that 178° E and 179° W become 178
     * and 181 rather than lying 357° apart. Normalised so that the westernmost lies in [-180, 180).
     */
    static double[] unwrap(double[] lons) {
        if (lons.length == 0) return lons;
        double[] sorted = Arrays.stream(lons).map(Frame::normalise).sorted().toArray();
        double widest = sorted[0] + 360 - sorted[sorted.length - 1], start = sorted[0];
        for (int i = 0; i + 1 < sorted.length; i++) {
            if (sorted[i + 1] - sorted[i] > widest) {
                widest = sorted[i + 1] - sorted[i];
                start = sorted[i + 1];
            }
        }
        double from = start;
        return Arrays.stream(lons).map(Frame::normalise).map(l -> l < from ? l + 360 : l).toArray();
    }

    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /** The great-circle distance between two points, in degrees of arc. */
    static double degrees(double lat1, double lon1, double lat2, double lon2) {
        double p1 = StrictMath.toRadians(lat1), p2 = StrictMath.toRadians(lat2), dl = StrictMath.toRadians(lon2 - lon1), dp = p2 - p1;
        double a = StrictMath.pow(StrictMath.sin(dp / 2), 2) + StrictMath.cos(p1) * StrictMath.cos(p2) * StrictMath.pow(StrictMath.sin(dl / 2), 2);
        return StrictMath.toDegrees(2 * StrictMath.asin(Math.min(1, StrictMath.sqrt(a))));
    }
}
