package briefing.emit.svg;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy label placement: each label tries the right of its mark, then the left, above, below and the four corners, and takes the
 * first spot that overlaps no earlier label, no mark and stays inside the picture; a label with no free spot is
 * left out (its mark keeps its tooltip, and the data list beside the picture names it). Deterministic: callers
 * place labels in a fixed order.
 */
final class Labels {
    /**
     * A placed label: its anchor point on the baseline and how the text hangs from it ("start", "end", "middle"), so
     * that a label left of its mark ends at the mark however wide the reader's font draws it.
     */
    record Placed(double x, double y, String anchor) {
        /** The attributes of a {@code <text>} element: x, y and, unless "start", text-anchor. */
        String attributes() {
            return "x=\"" + Svg.n(x) + "\" y=\"" + Svg.n(y) + "\"" + (anchor.equals("start") ? "" : " text-anchor=\"" + anchor + "\"");
        }
    }

    private record Box(double x0, double y0, double x1, double y1) {
        boolean hits(Box o) {
            return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1;
        }
    }

    private final double width;
    private final double height;
    private final List<Box> taken = new ArrayList<>();

    Labels(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** Reserves a mark's area, so that no label covers it. */
    void obstacle(double x, double y, double r) {
        taken.add(new Box(x - r, y - r, x + r, y + r));
    }

    /** Reserves a rectangle. */
    void obstacle(double x0, double y0, double x1, double y1) {
        taken.add(new Box(x0, y0, x1, y1));
    }

    /** Whether a rectangle lies inside the picture and clear of everything reserved so far. */
    boolean free(double x0, double y0, double x1, double y1) {
        Box b = new Box(x0, y0, x1, y1);
        return x0 >= 0 && y0 >= 0 && x1 <= width && y1 <= height && taken.stream().noneMatch(t -> t.hits(b));
    }

    /** Roughly how wide a text is in a sans-serif face such as DejaVu Sans (wide capitals, narrow spaces and punctuation). */
    static double textWidth(String text, double fontSize) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            em += Character.isUpperCase(c) ? (c == 'M' || c == 'W' ? 0.9 : 0.74)
                    : Character.isDigit(c) ? 0.64
                    : c == ' ' || c == '.' || c == ',' || c == ':' || c == '\'' || c == 'i' || c == 'l' || c == 'j' ? 0.32
                    : c == 'm' || c == 'w' ? 0.92
                    : Character.isLetter(c) ? 0.6 : 0.75;
        }
        return em * fontSize;
    }

    /** Finds a spot for {@code text} beside a mark of radius {@code r} at (x, y), or null when none is free. */
    Placed place(String text, double x, double y, double r, double fontSize) {
        double w = textWidth(text, fontSize);
        double gap = 3;
        double[][] spots = {  // left edge, top, and where the anchor lies within the width (0 start, 1 end, 0.5 middle)
                {x + r + gap, y - fontSize * 0.5, 0},  // right
                {x - r - gap - w, y - fontSize * 0.5, 1},  // left
                {x - w / 2, y - r - gap - fontSize, 0.5},  // above
                {x - w / 2, y + r + gap, 0.5},  // below
                {x + r * 0.7, y - r * 0.7 - fontSize, 0},  // above right
                {x + r * 0.7, y + r * 0.7, 0},  // below right
                {x - r * 0.7 - w, y - r * 0.7 - fontSize, 1},  // above left
                {x - r * 0.7 - w, y + r * 0.7, 1}};  // below left
        for (double[] s : spots) {
            Box b = new Box(s[0], s[1], s[0] + w, s[1] + fontSize);
            if (b.x0 < 0 || b.y0 < 0 || b.x1 > width || b.y1 > height) continue;
            if (taken.stream().anyMatch(t -> t.hits(b) && !t.equals(own(x, y, r)))) continue;
            taken.add(b);
            return new Placed(s[0] + s[2] * w, s[1] + fontSize * 0.8, s[2] == 0 ? "start" : s[2] == 1 ? "end" : "middle");
        }
        return null;
    }

    private static Box own(double x, double y, double r) {
        return new Box(x - r, y - r, x + r, y + r);
    }
}
