package briefing.emit.svg;

import briefing.i18n.Messages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A measure's values over time: one point per figure at its as-of date, each linked to the page of the source that
 * gives it. Each source has its own shape and colour (both, so colour is never the only cue); a figure that is a
 * bound or an estimate ("at least", "about", "up to") is a hollow marker. Points are labelled with their value.
 */
final class FigureChart {
    /**
     * A figure as the chart needs it: {@code qualifier} is the figure's ("at-least", "about", "up-to"; empty for exactly),
     * {@code valueText} the value as the portal's language writes it; {@code series} picks the source's shape and colour;
     * href relative to the root.
     */
    record Point(double value, String valueText, String qualifier, String unit, LocalDate from, LocalDate to,
                 String dateText, String subject, String sourceLabel, int series, String href) {
    }

    static final double WIDTH = 400, HEIGHT = 250;
    private static final double TOP = 24, BOTTOM = 28, RIGHT = 14, R = 6, LABEL = 12;

    private FigureChart() {
    }

    /** A marker of series {@code series} (shape and colour), hollow when {@code open}. */
    static String marker(int series, double x, double y, double r, boolean open) {
        return Svg.shape(series, x, y, r, "pt s" + Math.floorMod(series, 6) + (open ? " open" : ""));
    }

    /** A legend symbol (series -1: a neutral hollow circle): a marker in an SVG of its own, hidden from assistive technology (the legend's text says it). */
    static String symbol(int series, boolean open) {
        if (series < 0) return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-symbol\" viewBox=\"0 0 16 16\" width=\"16\""
                + " height=\"16\" aria-hidden=\"true\" focusable=\"false\"><circle class=\"pt neutral open\" cx=\"8\" cy=\"8\" r=\"5.5\"/></svg>";
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-symbol\" viewBox=\"0 0 16 16\" width=\"16\" height=\"16\""
                + " aria-hidden=\"true\" focusable=\"false\">" + marker(series, 8, 8, 5.5, open) + "</svg>";
    }

    /** "at-least" → "≥ " (as in "≥ 118"): the sign a chart label uses for a qualifier, the same in every language. */
    static String sign(String qualifier) {
        return switch (qualifier) {
            case "at-least" -> "≥ ";
            case "about" -> "~ ";
            case "up-to" -> "≤ ";
            default -> "";
        };
    }

    /** The chart of {@code measure}'s values, its texts and numbers in the language of {@code text}. */
    static String render(Messages text, String measure, String unit, List<Point> points, String root) {
        List<Point> pts = new ArrayList<>(points);
        pts.sort(Comparator.comparing(FigureChart::mid).thenComparing(Point::sourceLabel).thenComparing(Point::valueText));
        double maxValue = pts.stream().mapToDouble(Point::value).max().orElse(1);
        double yTick = niceStep(Math.max(maxValue, 1) * 1.08 / 4);
        double top = Math.ceil(Math.max(maxValue, 1) * 1.08 / yTick) * yTick;
        String widest = text.number(top);
        double left = 14 + Labels.textWidth(widest, 12);
        // time domain: the points' span, widened to at least two years and padded
        long t0 = pts.stream().mapToLong(p -> p.from().toEpochDay()).min().orElse(LocalDate.of(2013, 1, 1).toEpochDay());
        long t1 = pts.stream().mapToLong(p -> p.to().toEpochDay()).max().orElse(t0);
        double mid = (t0 + t1) / 2.0, half = Math.max((t1 - t0) / 2.0 * 1.3, 365);
        double d0 = mid - half, d1 = mid + half;
        double plotW = WIDTH - left - RIGHT, plotH = HEIGHT - TOP - BOTTOM;
        java.util.function.DoubleUnaryOperator X = d -> left + (d - d0) / (d1 - d0) * plotW;
        java.util.function.DoubleUnaryOperator Y = v -> TOP + plotH - v / top * plotH;
        List<String> subjects = pts.stream().map(Point::subject).distinct().toList();
        boolean manySubjects = subjects.size() > 1;

        String desc = text.get("chart.measure.desc", "count", pts.size(), "measure", measure, "unit", unit,
                "from", pts.isEmpty() ? "" : pts.get(0).dateText(), "to", pts.isEmpty() ? "" : pts.get(pts.size() - 1).dateText());
        StringBuilder b = new StringBuilder();
        Svg.open(b, "measure-chart", "chart-measure", WIDTH, HEIGHT, text.get("chart.measure.title", "measure", measure), desc);
        b.append("<g class=\"axis\" aria-hidden=\"true\">");
        for (double v = 0; v <= top + yTick / 1000; v += yTick) {
            double y = Y.applyAsDouble(v);
            b.append("<line class=\"grid\" x1=\"").append(Svg.n(left)).append("\" x2=\"").append(Svg.n(WIDTH - RIGHT)).append("\" y1=\"")
                    .append(Svg.n(y)).append("\" y2=\"").append(Svg.n(y)).append("\"/><text class=\"tick\" x=\"").append(Svg.n(left - 6))
                    .append("\" y=\"").append(Svg.n(y + 4)).append("\" text-anchor=\"end\">").append(Svg.esc(text.number(v))).append("</text>");
        }
        int y0 = LocalDate.ofEpochDay((long) Math.ceil(d0)).getYear() + 1, y1 = LocalDate.ofEpochDay((long) Math.floor(d1)).getYear();
        int step = Math.max(1, (int) Math.ceil((y1 - y0 + 1) / 8.0));
        for (int y = y0; y <= y1; y += step) {
            double x = X.applyAsDouble(LocalDate.of(y, 1, 1).toEpochDay());
            b.append("<line class=\"year-line\" x1=\"").append(Svg.n(x)).append("\" x2=\"").append(Svg.n(x)).append("\" y1=\"")
                    .append(Svg.n(TOP)).append("\" y2=\"").append(Svg.n(TOP + plotH + 5)).append("\"/><text class=\"tick year\" x=\"")
                    .append(Svg.n(x)).append("\" y=\"").append(Svg.n(HEIGHT - 10)).append("\" text-anchor=\"middle\">").append(y).append("</text>");
        }
        b.append("<text class=\"tick unit\" x=\"").append(Svg.n(left)).append("\" y=\"").append(Svg.n(TOP - 6)).append("\">").append(Svg.esc(unit)).append("</text>");
        b.append("<line class=\"baseline\" x1=\"").append(Svg.n(left)).append("\" x2=\"").append(Svg.n(WIDTH - RIGHT)).append("\" y1=\"")
                .append(Svg.n(TOP + plotH)).append("\" y2=\"").append(Svg.n(TOP + plotH)).append("\"/></g>");

        Labels labels = new Labels(WIDTH, HEIGHT - BOTTOM + 4);  // labels stay above the years
        double[][] at = new double[pts.size()][];
        for (int i = 0; i < pts.size(); i++) {
            Point p = pts.get(i);
            double x = X.applyAsDouble(mid(p)), y = Y.applyAsDouble(p.value());
            // points at one spot step aside so that each stays visible and clickable
            for (int j = 0; j < i; j++) if (Math.abs(at[j][0] - x) < R * 2.6 && Math.abs(at[j][1] - y) < R * 2.6) x = at[j][0] + R * 2.6;
            at[i] = new double[]{x, y};
            labels.obstacle(x, y, R * 1.35);
        }
        b.append("<g class=\"points\">");
        for (int i = 0; i < pts.size(); i++) {
            Point p = pts.get(i);
            String qualifier = p.qualifier().isEmpty() ? "" : text.find("figure.qualifier." + p.qualifier()).map(q -> q + " ").orElse("");
            String value = qualifier + p.valueText() + " " + p.unit();
            String tip = manySubjects
                    ? text.get("chart.measure.point_of", "value", value, "subject", p.subject(), "date", p.dateText(), "source", p.sourceLabel())
                    : text.get("chart.measure.point", "value", value, "date", p.dateText(), "source", p.sourceLabel());
            Svg.link(b, root + p.href(), null, tip, marker(p.series(), at[i][0], at[i][1], R, !p.qualifier().isEmpty()));
        }
        b.append("</g><g class=\"labels\" aria-hidden=\"true\">");
        for (int i = 0; i < pts.size(); i++) {
            Point p = pts.get(i);
            String label = (manySubjects ? p.subject() + ": " : "") + sign(p.qualifier()) + p.valueText();
            Labels.Placed l = labels.place(label, at[i][0], at[i][1], R * 1.35, LABEL);
            if (l != null) b.append("<text class=\"lbl\" ").append(l.attributes()).append(">")
                    .append(Svg.esc(label)).append("</text>");
        }
        b.append("</g></svg>");
        return b.toString();
    }

    private static double mid(Point p) {
        return (p.from().toEpochDay() + p.to().toEpochDay()) / 2.0;
    }

    /** A tick step of 1, 2 or 5 × 10^k at or above v (at least 1: the values are counts). */
    static double niceStep(double v) {
        if (v <= 1) return 1;
        double e = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[]{1, 2, 5}) if (m * e >= v) return m * e;
        return 10 * e;
    }
}
