package briefing.emit.svg;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The few things every picture needs: coordinates written with one decimal whatever the JVM's locale, text escaped
 * for XML, and the accessible root element. Output is a plain string, byte-identical for the same input.
 */
final class Svg {
    private Svg() {
    }

    /** A coordinate rounded to one decimal: "12", "12.5", "-3.1"; never "-0" or an exponent. */
    static String n(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) throw new IllegalArgumentException("not a coordinate: " + v);
        long t = Math.round(v * 10);
        long a = Math.abs(t);
        String s = (a / 10) + (a % 10 == 0 ? "" : "." + (a % 10));
        return t < 0 ? "-" + s : s;
    }

    /** Text or an attribute value made safe for XML and HTML: &amp; &lt; &gt; &quot; &#39;. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** "12,261": a whole or decimal number as a reader writes it, the same in every locale. */
    static String number(double v) {
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.###",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        return f.format(v);
    }

    /** "1 event", "3 events". */
    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /**
     * The opening tag of an accessible picture that holds links, named by its title and described by its description
     * (both written as its first children). It carries no role: the Nu HTML Checker allows only "img" and "document"
     * on svg, and "img" would hide the links inside from assistive technology, so it keeps svg's implicit role
     * (graphics-document), whose links stay reachable.
     */
    static void open(StringBuilder b, String id, String cssClass, double width, double height, String title, String desc) {
        open(b, id, cssClass, width, height, title, desc, null);
    }

    /** As {@link #open(StringBuilder, String, String, double, double, String, String)}, with a role: "img" when it holds no links. */
    static void open(StringBuilder b, String id, String cssClass, double width, double height, String title, String desc, String role) {
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart ").append(cssClass).append("\" viewBox=\"0 0 ")
                .append(n(width)).append(' ').append(n(height)).append('"');
        if (role != null) b.append(" role=\"").append(role).append('"');
        b.append(" aria-labelledby=\"").append(id).append("-title\" aria-describedby=\"").append(id).append("-desc\">")
                .append("<title id=\"").append(id).append("-title\">").append(esc(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(esc(desc)).append("</desc>");
    }

    /** A link around {@code inner}, with a tooltip that is also its accessible name. */
    static void link(StringBuilder b, String href, String cssClass, String tooltip, String inner) {
        b.append("<a href=\"").append(esc(href)).append('"');
        if (cssClass != null) b.append(" class=\"").append(cssClass).append('"');
        b.append("><title>").append(esc(tooltip)).append("</title>").append(inner).append("</a>");
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) if (kv[i + 1] != null) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    /** A marker of one of six shapes centred on (x, y) with radius r: circle, square, triangle, diamond, down-triangle, hexagon. */
    static String shape(int kind, double x, double y, double r, String cssClass) {
        String cls = cssClass == null ? "" : " class=\"" + cssClass + "\"";
        return switch (Math.floorMod(kind, 6)) {
            case 0 -> "<circle" + cls + " cx=\"" + n(x) + "\" cy=\"" + n(y) + "\" r=\"" + n(r) + "\"/>";
            case 1 -> { double s = r * 0.88; yield "<rect" + cls + " x=\"" + n(x - s) + "\" y=\"" + n(y - s) + "\" width=\"" + n(2 * s) + "\" height=\"" + n(2 * s) + "\"/>"; }
            case 2 -> poly(cls, x, y, r * 1.2, new double[]{-90, 30, 150});
            case 3 -> poly(cls, x, y, r * 1.25, new double[]{-90, 0, 90, 180});
            case 4 -> poly(cls, x, y, r * 1.2, new double[]{90, 210, 330});
            default -> poly(cls, x, y, r * 1.1, new double[]{0, 60, 120, 180, 240, 300});
        };
    }

    /**
     * A marker named as portal.yaml names it: diamond, triangle, square or circle, drawn as {@link #shape}; the -open
     * forms are the same shapes, which the caller's CSS class draws hollow.
     */
    static String symbol(String name, double x, double y, double r, String cssClass) {
        int kind = switch (name.replace("-open", "")) {
            case "circle" -> 0;
            case "square" -> 1;
            case "triangle" -> 2;
            default -> 3; // diamond
        };
        return shape(kind, x, y, r, cssClass);
    }

    private static String poly(String cls, double x, double y, double r, double[] degrees) {
        StringBuilder b = new StringBuilder("<polygon").append(cls).append(" points=\"");
        for (int i = 0; i < degrees.length; i++) {
            double a = StrictMath.toRadians(degrees[i]);
            if (i > 0) b.append(' ');
            b.append(n(x + r * StrictMath.cos(a))).append(',').append(n(y + r * StrictMath.sin(a)));
        }
        return b.append("\"/>").toString();
    }
}
