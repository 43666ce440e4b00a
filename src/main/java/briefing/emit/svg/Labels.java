package briefing.emit.svg;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy label placement: each label tries the right of its mark, then the left, above and below, and takes the
 * first spot that overlaps no earlier label, no mark and stays inside the picture; a label with no free spot is
 * left out (its mark keeps its tooltip, and the data list beside the picture names it). Deterministic: callers
 * place labels in a fixed order.
 */
final class Labels {
    /** A placed label: where its text starts (left end of the baseline). */
    record Placed(double x, double y) {
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

    /** Roughly how wide a text is in a sans-serif face (wide capitals, narrow spaces and punctuation). */
    static double textWidth(String text, double fontSize) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            em += Character.isUpperCase(c) ? (c == 'M' || c == 'W' ? 0.86 : 0.68)
                    : Character.isDigit(c) ? 0.58
                    : c == ' ' || c == '.' || c == ',' || c == ':' || c == '\'' || c == 'i' || c == 'l' || c == 'j' ? 0.3
                    : c == 'm' || c == 'w' ? 0.85
                    : Character.isLetter(c) ? 0.56 : 0.62;
        }
        return em * fontSize;
    }

    /** Finds a spot for {@code text} beside a mark of radius {@code r} at (x, y), or null when none is free. */
    Placed place(String text, double x, double y, double r, double fontSize) {
        double w = textWidth(text, fontSize);
        double gap = 3;
        double[][] spots = {
                {x + r + gap, y - fontSize * 0.5},  // right
                {x - r - gap - w, y - fontSize * 0.5},  // left
                {x - w / 2, y - r - gap - fontSize},  // above
                {x - w / 2, y + r + gap}};  // below
        for (double[] s : spots) {
            Box b = new Box(s[0], s[1], s[0] + w, s[1] + fontSize);
            if (b.x0 < 0 || b.y0 < 0 || b.x1 > width || b.y1 > height) continue;
            if (taken.stream().anyMatch(t -> t.hits(b) && !t.equals(own(x, y, r)))) continue;
            taken.add(b);
            return new Placed(s[0], s[1] + fontSize * 0.8);
        }
        return null;
    }

    private static Box own(double x, double y, double r) {
        return new Box(x - r, y - r, x + r, y + r);
    }
}
