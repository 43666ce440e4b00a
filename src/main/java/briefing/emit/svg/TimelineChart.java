package briefing.emit.svg;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Events by month as bars, one per month from January of the first year to December of the last, each bar linked to
 * its month on the year's timeline page. Above the bars, two lanes mark the mandate (resolutions filled, other
 * mandate events hollow) and the withdrawal, one symbol per event, linked to the event; a dashed guide drops from each
 * resolution to the axis.
 */
final class TimelineChart {
    enum Mark { RESOLUTION, MANDATE, WITHDRAWAL }

    /** An event as the chart needs it: month 0 when it is known only to the year; href relative to the site root. */
    record Item(String id, String title, String dateText, int year, int month, Mark mark, String href) {
    }

    static final double WIDTH = 960;
    private static final double LEFT = 34, RIGHT = 8, STEP = 11, SYM = 4.6, BARS = 150, AXIS = 24, LANE_HEAD = 20;

    private TimelineChart() {
    }

    /** Which lane an event goes to, if any, from its tags and id. */
    static Mark mark(String id, List<String> tags) {
        if (tags.contains("resolution")) return Mark.RESOLUTION;
        if (tags.contains("withdrawal") || id.contains("withdrawal")) return Mark.WITHDRAWAL;
        if (tags.contains("mandate")) return Mark.MANDATE;
        return null;
    }

    static String render(List<Item> items, String root, java.util.function.BiFunction<Integer, Integer, String> monthHref) {
        int first = items.stream().mapToInt(Item::year).min().orElse(2013);
        int last = items.stream().mapToInt(Item::year).max().orElse(first);
        int months = (last - first + 1) * 12;
        double bw = (WIDTH - LEFT - RIGHT) / months;
        int[] count = new int[months];
        int yearOnly = 0;
        Map<Integer, List<Item>> mandate = new TreeMap<>(), withdrawal = new TreeMap<>();
        for (Item it : items) {
            if (it.month() == 0) {
                yearOnly++;
                continue;
            }
            int i = (it.year() - first) * 12 + it.month() - 1;
            count[i]++;
            if (it.mark() == Mark.WITHDRAWAL) withdrawal.computeIfAbsent(i, k -> new ArrayList<>()).add(it);
            else if (it.mark() != null) mandate.computeIfAbsent(i, k -> new ArrayList<>()).add(it);
        }
        int max = 1;
        for (int c : count) max = Math.max(max, c);
        int stack1 = Math.max(1, mandate.values().stream().mapToInt(List::size).max().orElse(1));
        int stack2 = Math.max(1, withdrawal.values().stream().mapToInt(List::size).max().orElse(1));
        double lane1 = LANE_HEAD, lane2 = lane1 + stack1 * STEP + 6 + LANE_HEAD;
        double barsTop = lane2 + stack2 * STEP + 14, barsBottom = barsTop + BARS;
        double height = barsBottom + AXIS;
        int marked = mandate.values().stream().mapToInt(List::size).sum() + withdrawal.values().stream().mapToInt(List::size).sum();
        int total = items.size() - yearOnly;
        String desc = "Bar chart of " + Svg.count(total, "event", "events") + " by month from " + first + " to " + last
                + "; the busiest month has " + Svg.count(max, "event", "events") + "."
                + " Above the bars, " + Svg.count(marked, "event is", "events are") + " marked: Security Council resolutions and other"
                + " mandate events (diamonds), and the withdrawal (triangles)."
                + (yearOnly == 0 ? "" : " " + Svg.count(yearOnly, "event is", "events are") + " dated only to the year and not shown.")
                + " The same counts and marked events are listed below the chart.";
        StringBuilder b = new StringBuilder();
        Svg.open(b, "timeline-chart", "chart-timeline", WIDTH, height, "Events by month, " + first + "–" + last, desc);
        // grid: a line at each year's start, the year's name under its twelve months; value ticks on the left
        b.append("<g class=\"axis\" aria-hidden=\"true\">");
        int tick = max <= 4 ? 1 : max <= 10 ? 2 : (int) Math.ceil(max / 5.0);
        for (int v = 0; v <= max; v += tick) {
            double y = barsBottom - BARS * v / max;
            b.append("<line class=\"grid\" x1=\"").append(Svg.n(LEFT)).append("\" x2=\"").append(Svg.n(WIDTH - RIGHT))
                    .append("\" y1=\"").append(Svg.n(y)).append("\" y2=\"").append(Svg.n(y)).append("\"/>")
                    .append("<text class=\"tick\" x=\"").append(Svg.n(LEFT - 5)).append("\" y=\"").append(Svg.n(y + 4))
                    .append("\" text-anchor=\"end\">").append(v).append("</text>");
        }
        for (int y = first; y <= last + 1; y++) {
            double x = LEFT + (y - first) * 12 * bw;
            b.append("<line class=\"year-line\" x1=\"").append(Svg.n(x)).append("\" x2=\"").append(Svg.n(x))
                    .append("\" y1=\"").append(Svg.n(lane1 - 4)).append("\" y2=\"").append(Svg.n(barsBottom + 6)).append("\"/>");
            if (y <= last) b.append("<text class=\"tick year\" x=\"").append(Svg.n(x + 6 * bw)).append("\" y=\"")
                    .append(Svg.n(barsBottom + 19)).append("\" text-anchor=\"middle\">").append(y).append("</text>");
        }
        b.append("<text class=\"lane-name\" x=\"").append(Svg.n(LEFT + 4)).append("\" y=\"").append(Svg.n(lane1 - 7))
                .append("\">Mandate: resolutions ◆, other mandate events ◇</text>")
                .append("<text class=\"lane-name\" x=\"").append(Svg.n(LEFT + 4)).append("\" y=\"").append(Svg.n(lane2 - 7))
                .append("\">Withdrawal ▲</text>");
        b.append("</g>");
        // bars
        b.append("<g class=\"bars\">");
        for (int i = 0; i < months; i++) {
            if (count[i] == 0) continue;
            int year = first + i / 12, month = i % 12 + 1;
            double h = BARS * count[i] / max, x = LEFT + i * bw;
            String label = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + ": "
                    + Svg.count(count[i], "event", "events");
            Svg.link(b, root + monthHref.apply(year, month), null, label, "<rect class=\"bar\" x=\"" + Svg.n(x + 0.6)
                    + "\" y=\"" + Svg.n(barsBottom - h) + "\" width=\"" + Svg.n(Math.max(1, bw - 1.2)) + "\" height=\"" + Svg.n(h) + "\"/>");
        }
        b.append("</g>");
        // guides from resolutions down to the axis, then the lanes' symbols
        b.append("<g class=\"guides\" aria-hidden=\"true\">");
        mandate.forEach((i, list) -> {
            if (list.stream().noneMatch(it -> it.mark() == Mark.RESOLUTION)) return;
            double x = LEFT + (i + 0.5) * bw;
            b.append("<line class=\"guide\" x1=\"").append(Svg.n(x)).append("\" x2=\"").append(Svg.n(x)).append("\" y1=\"")
                    .append(Svg.n(lane1 + STEP / 2)).append("\" y2=\"").append(Svg.n(barsBottom)).append("\"/>");
        });
        b.append("</g><g class=\"marks\">");
        lane(b, mandate, lane1, bw, root);
        lane(b, withdrawal, lane2, bw, root);
        b.append("</g></svg>");
        return b.toString();
    }

    private static void lane(StringBuilder b, Map<Integer, List<Item>> lane, double top, double bw, String root) {
        lane.forEach((i, list) -> {
            double x = LEFT + (i + 0.5) * bw;
            for (int k = 0; k < list.size(); k++) {
                Item it = list.get(k);
                double y = top + STEP / 2 + k * STEP;
                String cls = switch (it.mark()) {
                    case RESOLUTION -> "mark mark-resolution";
                    case MANDATE -> "mark mark-mandate";
                    case WITHDRAWAL -> "mark mark-withdrawal";
                };
                String sym = Svg.shape(it.mark() == Mark.WITHDRAWAL ? 2 : 3, x, y, SYM, cls);
                Svg.link(b, root + it.href(), null, it.dateText() + ": " + it.title(), sym);
            }
        });
    }
}
