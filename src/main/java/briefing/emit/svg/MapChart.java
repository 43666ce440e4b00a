package briefing.emit.svg;

import briefing.geo.Basemap;
import briefing.geo.Country;
import briefing.geo.Frame;
import briefing.geo.Projection;
import briefing.i18n.Messages;
import org.locationtech.jts.geom.Coordinate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The map of the portal's places: country outlines from Natural Earth (the frame's subject highlighted, its neighbours
 * drawn and named), one circle per place with coordinates inside the frame, its area proportional to the place's
 * events, each linked to the place's page. Countries and regions, which count every event within them, are dashed
 * rings drawn beneath the towns. Also a place's small locator map.
 */
final class MapChart {
    /** A place as the map needs it; {@code href} is relative to the site root, {@code kindLabel} as readers see it. */
    record Spot(String id, String name, String kind, String kindLabel, double lat, double lon, int events, String href, boolean area) {
        /** A spot whose kind is an area when it is a country or region (the engine's default areas). */
        Spot(String id, String name, String kind, String kindLabel, double lat, double lon, int events, String href) {
            this(id, name, kind, kindLabel, lat, lon, events, href, briefing.model.Vocabulary.DEFAULT_AREAS.contains(kind));
        }
    }

    static final double WIDTH = 600;
    static final double LOCATOR_WIDTH = 240;
    /** Font sizes as the stylesheet sets them (.cname, .cname-focus, .lbl), and how much larger on phones. */
    private static final double NAME_SIZE = 13;
    private static final double FOCUS_SCALE = 1.35;
    /** A name that does not fit is tried at this share of its size (.cname-s). */
    private static final double SMALL = 0.8;
    private static final double LABEL_SIZE = 13;
    /** How much larger labels are drawn for phones, where the map shows at about half its size. */
    private static final double NARROW = 1.6;

    private MapChart() {
    }

    /** A marker's radius: 3 for a place without events, growing with the square root of the count (area ∝ events). */
    static double radius(int events) {
        return 3 + 1.6 * Math.sqrt(events);
    }

    /** The spots a map of {@code frame} shows, in drawing order: areas first, then larger before smaller. */
    static List<Spot> inFrame(List<Spot> spots, Frame frame) {
        return spots.stream().filter(s -> frame.contains(s.lat(), s.lon()))
                .sorted(Comparator.comparing((Spot s) -> !s.area()).thenComparing(Comparator.comparingInt(Spot::events).reversed())
                        .thenComparing(Spot::id)).toList();
    }

    /** The countries a map is about, named in the language and joined as a list ("Cambodia and Laos"); empty if none. */
    static String subject(Basemap map, Messages text) {
        List<String> names = map.projection().frame().focus().stream().map(c -> name(c, text)).toList();
        return names.isEmpty() ? "" : text.list(names);
    }

    /**
     * A country's name in the language; for the few Natural Earth features without an ISO code (N. Cyprus, Somaliland),
     * the bundle's {@code map.feature.<name>}; else Natural Earth's English name.
     */
    static String name(Country c, Messages text) {
        if (c.alpha2().isEmpty()) return text.find("map.feature." + c.name().toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "")).orElse(c.name());
        return text.countryName(c.alpha2()).orElse(c.name());
    }

    /** The map with every place in the frame; links start with {@code root}. */
    static String overview(Basemap map, List<String> paths, List<Spot> spots, String root, Messages text) {
        Projection p = map.projection();
        Frame frame = p.frame();
        List<Spot> shown = inFrame(spots, frame);
        long outside = spots.stream().filter(s -> !frame.contains(s.lat(), s.lon())).count();
        String countries = subject(map, text);
        String title = countries.isEmpty() ? text.get("map.title.plain") : text.get("map.title", "countries", countries);
        String desc = (countries.isEmpty() ? text.get("map.desc.plain", "count", shown.size())
                : text.get("map.desc", "countries", countries, "count", shown.size()))
                + (outside == 0 ? "" : " " + text.get("map.desc.outside", "count", outside)) + " " + text.get("map.desc.list");
        StringBuilder b = new StringBuilder();
        Svg.open(b, "map", "chart-map", WIDTH, p.height(), title, desc, shown.isEmpty() ? "img" : null);
        outlines(b, map, paths, null);
        b.append("<g class=\"places\">");
        for (Spot s : shown) {
            double x = p.x(s.lon()), y = p.y(s.lat()), r = s.area() ? Math.max(5, radius(s.events())) : radius(s.events());
            String tip = text.get("map.marker", "name", s.name(), "kind", s.kindLabel(), "count", s.events());
            String mark = "<circle class=\"" + (s.area() ? "mk mk-area" : "mk") + (s.events() == 0 ? " mk-none" : "")
                    + "\" cx=\"" + Svg.n(x) + "\" cy=\"" + Svg.n(y) + "\" r=\"" + Svg.n(r) + "\"/>";
            Svg.link(b, root + s.href(), null, tip, mark);
        }
        b.append("</g>");
        // two sets of names: every one at the wide size, and on phones (where the map shrinks) fewer at a larger size;
        // the stylesheet shows one set or the other
        labels(b, map, shown, 1, 0, "lbl-wide", text);
        labels(b, map, shown, NARROW, 2, "lbl-narrow", text);
        b.append("</svg>");
        return b.toString();
    }

    /** Country names, then place names (busiest places first), each clear of every marker and of the names before it. */
    private static void labels(StringBuilder b, Basemap map, List<Spot> shown, double scale, int minEvents, String cls, Messages text) {
        Projection p = map.projection();
        // country names keep clear of every circle and ring; place names may cross a ring (the place lies within it)
        Labels names = new Labels(WIDTH, p.height()), labels = new Labels(WIDTH, p.height());
        for (Spot s : shown) {
            names.obstacle(p.x(s.lon()), p.y(s.lat()), s.area() ? Math.max(5, radius(s.events())) : radius(s.events()));
            labels.obstacle(p.x(s.lon()), p.y(s.lat()), s.area() ? 2 : radius(s.events()));
        }
        b.append("<g class=\"").append(cls).append("\" aria-hidden=\"true\">");
        List<Basemap.Shape> named = map.shapes().stream().filter(s -> s.room() > 0)
                .sorted(Comparator.comparing((Basemap.Shape s) -> !s.focus()).thenComparing(Comparator.comparingDouble(Basemap.Shape::room).reversed())
                        .thenComparing(s -> s.country().key())).toList();
        for (Basemap.Shape s : named) countryName(b, names, labels, s, scale, text);
        List<Spot> towns = new ArrayList<>(shown.stream().filter(s -> !s.area() && s.events() >= minEvents).toList());
        towns.sort(Comparator.comparingInt(Spot::events).reversed().thenComparing(Spot::id));
        for (Spot s : towns) {
            Labels.Placed at = labels.place(s.name(), p.x(s.lon()), p.y(s.lat()), radius(s.events()), LABEL_SIZE * scale);
            if (at != null) b.append("<text class=\"lbl\" ").append(at.attributes()).append(">").append(Svg.esc(s.name())).append("</text>");
        }
        b.append("</g>");
    }

    /**
     * A country's name in capitals, centred where the country has most room, or a little above, below or aside when a
     * marker is there, smaller when it does not fit; left out when the country shows too little of itself for the name.
     */
    private static void countryName(StringBuilder b, Labels names, Labels labels, Basemap.Shape s, double scale, Messages text) {
        String name = name(s.country(), text).toUpperCase(text.locale());
        double[][] offsets = {{0, 0}, {0, -1.2}, {0, 1.2}, {-0.25, 0}, {0.25, 0}, {0, -2.4}, {0, 2.4}};
        for (double size : new double[]{1, SMALL}) {
            double fs = NAME_SIZE * scale * (s.focus() ? FOCUS_SCALE : 1) * size;
            double w = Labels.textWidth(name, fs) * 1.15;  // letter-spaced
            if (s.room() < fs * 0.55 || w > s.room() * 4.4) continue;
            for (double[] o : offsets) {
                double cx = s.labelX() + o[0] * w, cy = s.labelY() + o[1] * fs;
                cx = Math.max(w / 2 + 2, Math.min(WIDTH - w / 2 - 2, cx));
                double x0 = cx - w / 2, y0 = cy - fs * 0.5, x1 = cx + w / 2, y1 = cy + fs * 0.5;
                if (!names.free(x0, y0, x1, y1)) continue;
                if (!inside(s, cx, cy) || !inside(s, x0 + w * 0.06, cy) || !inside(s, x1 - w * 0.06, cy)) continue;  // on its own country
                names.obstacle(x0, y0, x1, y1);
                labels.obstacle(x0, y0, x1, y1);
                b.append("<text class=\"cname").append(s.focus() ? " cname-focus" : "").append(size < 1 ? " cname-s" : "")
                        .append("\" x=\"").append(Svg.n(cx)).append("\" y=\"").append(Svg.n(cy + fs * 0.35))
                        .append("\" text-anchor=\"middle\">").append(Svg.esc(name)).append("</text>");
                return;
            }
        }
    }

    /** False where the point is off the shape, or where the shape (cut at the frame, e.g. across the date line) is not a valid polygon. */
    private static boolean inside(Basemap.Shape s, double x, double y) {
        try {
            return s.outline().covers(s.outline().getFactory().createPoint(new Coordinate(x, y)));
        } catch (org.locationtech.jts.geom.TopologyException e) {
            return false; // the name is then placed elsewhere or left out, as for a country too small to hold it
        }
    }

    /** A small map marking one place: the portal's map when the place lies in its frame, else a map around the place. */
    static String locator(Basemap map, List<String> paths, Spot spot, Messages text) {
        Projection p = map.projection();
        String where = text.get("map.coordinates", "lat", Math.abs(spot.lat()), "ns", text.get(spot.lat() < 0 ? "map.south" : "map.north"),
                "lon", Math.abs(spot.lon()), "ew", text.get(spot.lon() < 0 ? "map.west" : "map.east"));
        // the country the place lies in, not the map's subject: Larnaca is in Cyprus whatever the portal is about
        String country = briefing.geo.World.get().countryAt(spot.lat(), spot.lon()).map(c -> name(c, text)).orElse("");
        StringBuilder b = new StringBuilder();
        Svg.open(b, "locator", "chart-locator", LOCATOR_WIDTH, p.height(), text.get("map.locator.title", "name", spot.name()),
                country.isEmpty() || spot.kind().equals("country") ? text.get("map.locator.desc.plain", "name", spot.name(), "where", where)
                        : text.get("map.locator.desc", "country", country, "name", spot.name(), "where", where), "img");
        outlines(b, map, paths, spot.kind().equals("country") ? spot : null);
        double x = p.x(spot.lon()), y = p.y(spot.lat());
        b.append("<circle class=\"here-ring\" cx=\"").append(Svg.n(x)).append("\" cy=\"").append(Svg.n(y)).append("\" r=\"9\"/>")
                .append("<circle class=\"here\" cx=\"").append(Svg.n(x)).append("\" cy=\"").append(Svg.n(y)).append("\" r=\"3.5\"/>");
        return b.append("</svg>").toString();
    }

    /**
     * Each shape's path data, in the map's order (empty for a shape that rounds away to nothing): the same on every map
     * drawn on this basemap, so made once per basemap.
     */
    static List<String> paths(Basemap map) {
        return map.shapes().stream().map(s -> Geo.path(s.outline())).toList();
    }

    /**
     * The sea, then the neighbours, then the subject on top ({@code paths}: the shapes' {@link #paths}); the country
     * holding {@code here} (a country) is filled as it.
     */
    private static void outlines(StringBuilder b, Basemap map, List<String> paths, Spot here) {
        Projection p = map.projection();
        b.append("<g class=\"countries\" aria-hidden=\"true\"><rect class=\"sea\" x=\"0\" y=\"0\" width=\"")
                .append(Svg.n(p.width())).append("\" height=\"").append(Svg.n(p.height())).append("\"/>");
        for (int i = 0; i < map.shapes().size(); i++) {
            Basemap.Shape s = map.shapes().get(i);
            String d = paths.get(i);
            if (d.isEmpty()) continue;
            String cls = s.focus() ? "land focus" : "land";
            if (here != null && s.country().holds(here.lat(), Frame.normalise(here.lon()))) cls += " land-here";
            b.append("<path class=\"").append(cls).append("\" d=\"").append(d).append("\"/>");
        }
        b.append("</g>");
    }
}
