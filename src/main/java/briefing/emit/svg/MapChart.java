package briefing.emit.svg;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The map of Mali and its neighbours: outlines from Natural Earth, one circle per place of the registry that lies in
 * the frame, its area proportional to the place's events, each linked to the place's page. Countries and regions,
 * which count every event within them, are dashed rings drawn beneath the towns.
 */
final class MapChart {
    /** A place as the map needs it; {@code href} is relative to the site root. */
    record Spot(String id, String name, String kind, double lat, double lon, int events, String href) {
        boolean area() {
            return AREAS.contains(kind);
        }
    }

    static final double WIDTH = 600;
    private static final Set<String> AREAS = Set.of("country", "region");
    private static final double NAME_SIZE = 13;
    private static final double LABEL_SIZE = 13;
    /** How much larger labels are drawn for phones, where the map shows at about half its size. */
    private static final double NARROW = 1.6;

    private MapChart() {
    }

    /** A marker's radius: 3 for a place without events, growing with the square root of the count (area ∝ events). */
    static double radius(int events) {
        return 3 + 1.6 * Math.sqrt(events);
    }

    /** The spots a map of {@code projection} shows, in drawing order: areas first, then larger before smaller. */
    static List<Spot> inFrame(List<Spot> spots, Projection projection) {
        return spots.stream().filter(s -> projection.contains(s.lat(), s.lon()))
                .sorted(Comparator.comparing((Spot s) -> !s.area()).thenComparing(Comparator.comparingInt(Spot::events).reversed())
                        .thenComparing(Spot::id)).toList();
    }

    /** The map with every place in the frame; links start with {@code root}. */
    static String overview(List<Spot> spots, String root) {
        Projection p = Projection.mali(WIDTH);
        List<Spot> shown = inFrame(spots, p);
        List<Spot> outside = spots.stream().filter(s -> !p.contains(s.lat(), s.lon())).sorted(Comparator.comparing(Spot::id)).toList();
        String desc = "Map of Mali and its neighbours with " + Svg.count(shown.size(), "place", "places")
                + " of the briefing marked; a larger circle means more events. Dashed rings are countries and regions, which count"
                + " every event within them."
                + (outside.isEmpty() ? "" : " " + Svg.count(outside.size(), "place lies", "places lie") + " outside the map.")
                + " The same places are listed with their event counts next to the map.";
        StringBuilder b = new StringBuilder();
        Svg.open(b, "map", "chart-map", WIDTH, p.height(), "Places in the briefing on a map of Mali", desc, shown.isEmpty() ? "img" : null);
        outlines(b, p, null, true);
        b.append("<g class=\"places\">");
        for (Spot s : shown) {
            double x = p.x(s.lon()), y = p.y(s.lat()), r = s.area() ? Math.max(5, radius(s.events())) : radius(s.events());
            String tip = s.name() + " (" + kindLabel(s.kind()) + "): " + Svg.count(s.events(), "event", "events");
            String mark = "<circle class=\"" + (s.area() ? "mk mk-area" : "mk") + (s.events() == 0 ? " mk-none" : "")
                    + "\" cx=\"" + Svg.n(x) + "\" cy=\"" + Svg.n(y) + "\" r=\"" + Svg.n(r) + "\"/>";
            Svg.link(b, root + s.href(), null, tip, mark);
        }
        b.append("</g>");
        // two sets of labels: every town at the wide size, and on phones (where the map shrinks) the busiest at a
        // larger size; the stylesheet shows one set or the other
        labels(b, shown, p, LABEL_SIZE, 1, 0, "lbl-wide");
        labels(b, shown, p, LABEL_SIZE * NARROW, NARROW, 2, "lbl-narrow");
        b.append("</svg>");
        return b.toString();
    }

    /** Place labels of one size, busiest places first, clear of every marker and country name. */
    private static void labels(StringBuilder b, List<Spot> shown, Projection p, double size, double nameScale, int minEvents, String cls) {
        Labels labels = new Labels(WIDTH, p.height());
        for (Geo.Country c : Geo.countries()) {
            double fs = (c.iso().equals("MLI") ? NAME_SIZE * 1.35 : NAME_SIZE) * nameScale;
            double w = nameWidth(c, fs), x0 = nameStart(c, p) - (nameAnchor(c, p).equals("middle") ? w / 2 : nameAnchor(c, p).equals("end") ? w : 0);
            double y = p.y(c.labelLat());
            labels.obstacle(x0, y - fs, x0 + w, y + fs * 0.3);
        }
        for (Spot s : shown) labels.obstacle(p.x(s.lon()), p.y(s.lat()), s.area() ? 2 : radius(s.events()));
        List<Spot> named = new ArrayList<>(shown.stream().filter(s -> !s.area() && s.events() >= minEvents).toList());
        named.sort(Comparator.comparingInt(Spot::events).reversed().thenComparing(Spot::id));
        b.append("<g class=\"").append(cls).append("\" aria-hidden=\"true\">");
        for (Spot s : named) {
            Labels.Placed at = labels.place(s.name(), p.x(s.lon()), p.y(s.lat()), radius(s.events()), size);
            if (at != null) b.append("<text class=\"lbl\" ").append(at.attributes()).append(">").append(Svg.esc(s.name())).append("</text>");
        }
        b.append("</g>");
    }

    /** A small map marking one place; null when the place lies outside the frame. */
    static String locator(Spot spot) {
        Projection p = Projection.mali(240);
        if (!p.contains(spot.lat(), spot.lon())) return null;
        String where = "%s° %s, %s° %s".formatted(String.format(Locale.ROOT, "%.2f", Math.abs(spot.lat())), spot.lat() < 0 ? "S" : "N",
                String.format(Locale.ROOT, "%.2f", Math.abs(spot.lon())), spot.lon() < 0 ? "W" : "E");
        StringBuilder b = new StringBuilder();
        Svg.open(b, "locator", "chart-locator", 240, p.height(), "Where " + spot.name() + " is",
                "Small map of Mali and its neighbours marking " + spot.name() + " at " + where + ".", "img");
        outlines(b, p, spot.name(), false);
        double x = p.x(spot.lon()), y = p.y(spot.lat());
        b.append("<circle class=\"here-ring\" cx=\"").append(Svg.n(x)).append("\" cy=\"").append(Svg.n(y)).append("\" r=\"9\"/>")
                .append("<circle class=\"here\" cx=\"").append(Svg.n(x)).append("\" cy=\"").append(Svg.n(y)).append("\" r=\"3.5\"/>");
        return b.append("</svg>").toString();
    }

    /** Neighbours, then Mali on top; a country named {@code highlight} is filled as the subject. */
    private static void outlines(StringBuilder b, Projection p, String highlight, boolean names) {
        List<Geo.Country> cs = Geo.countries();
        // the frame is nearly all land: other countries (Ghana, Gambia, Western Sahara ...) show as land without borders
        b.append("<g class=\"countries\" aria-hidden=\"true\"><rect class=\"land-bg\" x=\"0\" y=\"0\" width=\"")
                .append(Svg.n(p.width())).append("\" height=\"").append(Svg.n(p.height())).append("\"/>");
        for (boolean mali : new boolean[]{false, true}) {
            for (Geo.Country c : cs) {
                if (c.iso().equals("MLI") != mali) continue;
                String cls = mali ? "land mali" : "land";
                if (c.name().equals(highlight)) cls += " land-here";
                b.append("<path class=\"").append(cls).append("\" d=\"");
                for (double[] ring : c.rings()) b.append(Geo.path(ring, p));
                b.append("\"/>");
            }
        }
        if (names) {
            for (Geo.Country c : cs) {
                boolean mali = c.iso().equals("MLI");
                b.append("<text class=\"").append(mali ? "cname cname-mali" : "cname").append("\" x=\"").append(Svg.n(nameStart(c, p)))
                        .append("\" y=\"").append(Svg.n(p.y(c.labelLat()))).append("\" text-anchor=\"").append(nameAnchor(c, p)).append("\">")
                        .append(Svg.esc(c.name().toUpperCase(Locale.ROOT))).append("</text>");
            }
        }
        b.append("</g>");
    }

    /** A country name's width (capitals, letter-spaced) at font size {@code fs}. */
    private static double nameWidth(Geo.Country c, double fs) {
        return Labels.textWidth(c.name().toUpperCase(Locale.ROOT), fs) * 1.15;
    }

    /** Centred on its label point, unless the larger (phone) size would cross the frame: then it starts or ends at the edge. */
    private static String nameAnchor(Geo.Country c, Projection p) {
        double w = nameWidth(c, NAME_SIZE * NARROW * (c.iso().equals("MLI") ? 1.35 : 1)), x = p.x(c.labelLon());
        return x - w / 2 < 4 ? "start" : x + w / 2 > p.width() - 4 ? "end" : "middle";
    }

    private static double nameStart(Geo.Country c, Projection p) {
        return switch (nameAnchor(c, p)) {
            case "start" -> 4;
            case "end" -> p.width() - 4;
            default -> p.x(c.labelLon());
        };
    }

    /** "armed-group" → "armed group". */
    static String kindLabel(String kind) {
        return kind.replace('-', ' ');
    }
}
