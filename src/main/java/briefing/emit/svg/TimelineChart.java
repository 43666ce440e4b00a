package briefing.emit.svg;

import briefing.i18n.Messages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Events by month as bars, one per month from January of the first year to December of the last, each bar linked to
 * its month on the year's timeline page. Above the bars, one lane per timeline mark in use (the portal's vocabulary,
 * in its order), labelled with the mark's symbol and label, holds one symbol per marked event, linked to the event; a
 * dashed guide drops from each symbol of the first lane to the axis. Marks no event carries leave no lane and no text.
 */
final class TimelineChart {
    /**
     * A timeline mark as the chart draws it: the tag, its label, its symbol (diamond, triangle, square, circle, or one
     * of them with -open) and its place in the portal's vocabulary, which gives its colour.
     */
    record Mark(String id, String label, String symbol, int index) {
        /** The CSS classes of the mark's symbols: its colour by place in the vocabulary, hollow for -open symbols. */
        String cssClass() {
            return "mark mark-" + Math.floorMod(index, COLOURS) + (symbol.endsWith("-open") ? " open" : "");
        }
    }

    /** An event as the chart needs it: month 0 when it is known only to the year; no mark when it has none; href relative to the site root. */
    record Item(String id, String title, String dateText, int year, int month, Mark mark, String href) {
    }

    static final double WIDTH = 960;
    /** How many colours marks cycle through (the stylesheet's .mark-0 ... .mark-5). */
    static final int COLOURS = 6;
    private static final double LEFT = 34, RIGHT = 16, STEP = 11, SYM = 4.6, BARS = 150, AXIS = 24, LANE_HEAD = 20, TOP = 14;

    private TimelineChart() {
    }

    /** The marks events carry on the chart (those dated to a month at least), in the order of {@code vocabulary}. */
    static List<Mark> inUse(List<Item> items, List<Mark> vocabulary) {
        return vocabulary.stream().filter(m -> items.stream().anyMatch(i -> i.month() > 0 && m.equals(i.mark()))).toList();
    }

    /** A mark's symbol alone, for a legend beside the chart. */
    static String legendSymbol(Mark m) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-symbol\" viewBox=\"0 0 16 16\" width=\"16\" height=\"16\""
                + " aria-hidden=\"true\" focusable=\"false\">" + Svg.symbol(m.symbol(), 8, 8, 5, m.cssClass()) + "</svg>";
    }

    /** How a mark's symbols are described to a reader who cannot see them: "filled diamonds". */
    static String symbolName(Mark m, Messages text) {
        return text.get("timeline.symbol." + m.symbol().replace('-', '_'));
    }

    static String render(List<Item> items, List<Mark> vocabulary, String root, BiFunction<Integer, Integer, String> monthHref, Messages text) {
        return render(items, vocabulary, root, monthHref, false, text);
    }

    /**
     * The chart; with {@code aggregate} (a large timeline), each lane holds one symbol per month that has marked events,
     * linked to the month and labelled with their count, instead of one symbol per event, so the picture weighs the
     * same at any size.
     */
    static String render(List<Item> items, List<Mark> vocabulary, String root, BiFunction<Integer, Integer, String> monthHref,
                         boolean aggregate, Messages text) {
        int first = items.stream().filter(i -> i.month() > 0).mapToInt(Item::year).min().orElseThrow();
        int last = items.stream().filter(i -> i.month() > 0).mapToInt(Item::year).max().orElseThrow();
        int months = (last - first + 1) * 12;
        double bw = (WIDTH - LEFT - RIGHT) / months;
        int[] count = new int[months];
        int yearOnly = 0;
        List<Mark> marks = inUse(items, vocabulary);
        Map<Mark, Map<Integer, List<Item>>> lanes = new LinkedHashMap<>();
        for (Mark m : marks) lanes.put(m, new TreeMap<>());
        for (Item it : items) {
            if (it.month() == 0) {
                yearOnly++;
                continue;
            }
            int i = (it.year() - first) * 12 + it.month() - 1;
            count[i]++;
            if (it.mark() != null) lanes.get(it.mark()).computeIfAbsent(i, k -> new ArrayList<>()).add(it);
        }
        int max = 1;
        for (int c : count) max = Math.max(max, c);
        // each lane: its heading, then as many rows as its busiest month has marked events
        Map<Mark, Double> tops = new LinkedHashMap<>();
        double y0 = 0;
        for (var lane : lanes.entrySet()) {
            y0 += LANE_HEAD;
            tops.put(lane.getKey(), y0);
            y0 += (aggregate ? 1 : lane.getValue().values().stream().mapToInt(List::size).max().orElse(1)) * STEP + 6;
        }
        double barsTop = y0 + TOP, barsBottom = barsTop + BARS;
        double height = barsBottom + AXIS;
        int total = items.size() - yearOnly;
        int marked = lanes.values().stream().mapToInt(l -> l.values().stream().mapToInt(List::size).sum()).sum();
        StringBuilder desc = new StringBuilder(text.get("timeline.chart.desc", "count", total, "first", Integer.toString(first),
                "last", Integer.toString(last), "max", max));
        if (!marks.isEmpty()) desc.append(' ').append(text.get("timeline.chart.desc_marks", "count", marked,
                "marks", text.list(marks.stream().map(m -> text.get("timeline.chart.desc_mark", "label", m.label(), "symbol",
                        symbolName(m, text))).toList())));
        if (yearOnly > 0) desc.append(' ').append(text.get("timeline.chart.desc_year_only", "count", yearOnly));
        desc.append(' ').append(text.get(marks.isEmpty() ? "timeline.chart.desc_data" : "timeline.chart.desc_data_marks"));
        StringBuilder b = new StringBuilder();
        Svg.open(b, "timeline-chart", "chart-timeline", WIDTH, height,
                text.get("timeline.chart.title", "first", Integer.toString(first), "last", Integer.toString(last)), desc.toString());
        // grid: a line at each year's start, the year's name under its twelve months; value ticks on the left
        b.append("<g class=\"axis\" aria-hidden=\"true\">");
        int tick = max <= 4 ? 1 : max <= 10 ? 2 : (int) Math.ceil(max / 5.0);
        for (int v = 0; v <= max; v += tick) {
            double y = barsBottom - BARS * v / max;
            b.append("<line class=\"grid\" x1=\"").append(Svg.n(LEFT)).append("\" x2=\"").append(Svg.n(WIDTH - RIGHT))
                    .append("\" y1=\"").append(Svg.n(y)).append("\" y2=\"").append(Svg.n(y)).append("\"/>")
                    .append("<text class=\"tick\" x=\"").append(Svg.n(LEFT - 5)).append("\" y=\"").append(Svg.n(y + 4))
                    .append("\" text-anchor=\"end\">").append(text.number(v)).append("</text>");
        }
        double gridTop = tops.isEmpty() ? barsTop : tops.values().iterator().next();
        int labelEvery = labelEvery(12 * bw);
        for (int y = first; y <= last + 1; y++) {
            double x = LEFT + (y - first) * 12 * bw;
            b.append("<line class=\"year-line\" x1=\"").append(Svg.n(x)).append("\" x2=\"").append(Svg.n(x))
                    .append("\" y1=\"").append(Svg.n(gridTop - 4)).append("\" y2=\"").append(Svg.n(barsBottom + 6)).append("\"/>");
            if (y <= last && y % labelEvery == 0) b.append("<text class=\"tick year\" x=\"").append(Svg.n(x + 6 * bw)).append("\" y=\"")
                    .append(Svg.n(barsBottom + 19)).append("\" text-anchor=\"middle\">").append(y).append("</text>");
        }
        tops.forEach((m, top) -> b.append(Svg.symbol(m.symbol(), LEFT + 4 + SYM, top - 7 - SYM + 0.5, SYM, m.cssClass()))
                .append("<text class=\"lane-name\" x=\"").append(Svg.n(LEFT + 8 + 2 * SYM)).append("\" y=\"").append(Svg.n(top - 7))
                .append("\">").append(Svg.esc(m.label())).append("</text>"));
        b.append("</g>");
        // bars
        b.append("<g class=\"bars\">");
        for (int i = 0; i < months; i++) {
            if (count[i] == 0) continue;
            int year = first + i / 12, month = i % 12 + 1;
            double h = BARS * count[i] / max, x = LEFT + i * bw;
            String label = text.get("timeline.chart.bar", "month", text.month(year, month), "count", count[i]);
            Svg.link(b, root + monthHref.apply(year, month), null, label, "<rect class=\"bar\" x=\"" + Svg.n(x + 0.6)
                    + "\" y=\"" + Svg.n(barsBottom - h) + "\" width=\"" + Svg.n(Math.max(1, bw - 1.2)) + "\" height=\"" + Svg.n(h) + "\"/>");
        }
        b.append("</g>");
        // guides from the first lane's marks down to the axis, then each lane's symbols
        b.append("<g class=\"guides\" aria-hidden=\"true\">");
        if (!marks.isEmpty()) {
            double top = tops.get(marks.get(0));
            lanes.get(marks.get(0)).keySet().forEach(i -> {
                double x = LEFT + (i + 0.5) * bw;
                b.append("<line class=\"guide\" x1=\"").append(Svg.n(x)).append("\" x2=\"").append(Svg.n(x)).append("\" y1=\"")
                        .append(Svg.n(top + STEP / 2)).append("\" y2=\"").append(Svg.n(barsBottom)).append("\"/>");
            });
        }
        b.append("</g><g class=\"marks\">");
        lanes.forEach((m, lane) -> {
            if (aggregate) monthLane(b, m, lane, tops.get(m), bw, first, root, monthHref, text);
            else lane(b, m, lane, tops.get(m), bw, root, text);
        });
        b.append("</g></svg>");
        return b.toString();
    }

    /** How many years apart the year labels are, so that they never run into each other: 1, 2, 5, 10, 20, 50 or 100. */
    static int labelEvery(double yearWidth) {
        for (int step : new int[]{1, 2, 5, 10, 20, 50}) if (step * yearWidth >= MIN_LABEL_GAP) return step;
        return 100;
    }

    /** The room a year's label needs, in the chart's units: four digits and a gap. */
    private static final double MIN_LABEL_GAP = 40;

    /** A lane of a large timeline: one symbol per month with marked events, linked to the month, saying how many. */
    private static void monthLane(StringBuilder b, Mark m, Map<Integer, List<Item>> lane, double top, double bw, int first, String root,
                                  BiFunction<Integer, Integer, String> monthHref, Messages text) {
        lane.forEach((i, list) -> {
            int year = first + i / 12, month = i % 12 + 1;
            double x = LEFT + (i + 0.5) * bw;
            Svg.link(b, root + monthHref.apply(year, month), null, text.get("timeline.chart.mark_count", "mark", m.label(),
                    "month", text.month(year, month), "count", list.size()), Svg.symbol(m.symbol(), x, top + STEP / 2, SYM, m.cssClass()));
        });
    }

    /**
     * The data beside an aggregated chart: per mark and month, how many events carry the mark, as rows {kind, date, title,
     * href, shown} like the marked events' rows, in date order then the vocabulary's.
     */
    static List<Object> markCounts(List<Item> items, BiFunction<Integer, Integer, String> monthHref, Messages text) {
        Map<String, Map<Mark, Integer>> counts = new TreeMap<>();
        for (Item it : items) {
            if (it.mark() == null || it.month() == 0) continue;
            counts.computeIfAbsent("%04d-%02d".formatted(it.year(), it.month()), k -> new TreeMap<>(java.util.Comparator.comparingInt(Mark::index)))
                    .merge(it.mark(), 1, Integer::sum);
        }
        List<Object> out = new ArrayList<>();
        counts.forEach((ym, byMark) -> {
            int y = Integer.parseInt(ym.substring(0, 4)), mo = Integer.parseInt(ym.substring(5));
            byMark.forEach((mark, n) -> out.add(Svg.map("kind", mark.label(), "date", text.month(y, mo),
                    "title", text.get("count.events", "count", n), "href", monthHref.apply(y, mo), "shown", true)));
        });
        return out;
    }

    private static void lane(StringBuilder b, Mark m, Map<Integer, List<Item>> lane, double top, double bw, String root, Messages text) {
        lane.forEach((i, list) -> {
            double x = LEFT + (i + 0.5) * bw;
            for (int k = 0; k < list.size(); k++) {
                Item it = list.get(k);
                double y = top + STEP / 2 + k * STEP;
                Svg.link(b, root + it.href(), null, text.get("timeline.chart.mark", "mark", m.label(), "date", it.dateText(),
                        "title", it.title()), Svg.symbol(m.symbol(), x, y, SYM, m.cssClass()));
            }
        });
    }
}
