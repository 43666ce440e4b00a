package briefing.emit.svg;

import briefing.i18n.Messages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who appears with whom: one node per actor that shares at least one event with another, its area growing with the
 * actor's events, one edge per pair, thicker for more shared events. The layout is computed at build time by a
 * force-directed simulation (Fruchterman–Reingold) that starts from a circle in sorted order and runs a fixed number
 * of steps with StrictMath, so the same corpus always gives the same picture.
 */
final class NetworkChart {
    /** An actor; href relative to the site root. */
    record Node(String id, String name, int events, String href) {
    }

    /** Two actors (a before b by id) and the number of events they share. */
    record Edge(String a, String b, int weight) {
    }

    static final double WIDTH = 960, HEIGHT = 680;
    private static final double MARGIN = 22, LABEL = 12.5;
    static final int ITERATIONS = 400;

    private NetworkChart() {
    }

    static double radius(int events) {
        return 3.5 + 1.5 * Math.sqrt(events);
    }

    /** Positions in [0, 1]², one per node in the given (sorted) order. */
    static double[][] layout(List<Node> nodes, List<Edge> edges) {
        int n = nodes.size();
        double[][] pos = new double[n][2];
        if (n == 0) return pos;
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) index.put(nodes.get(i).id(), i);
        int[] degree = new int[n];
        for (Edge e : edges) {
            degree[index.get(e.a())]++;
            degree[index.get(e.b())]++;
        }
        // start: a circle, the most connected nodes first, so hubs begin apart and the result does not depend on ids alone
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        java.util.Arrays.sort(order, Comparator.comparingInt((Integer i) -> -degree[i]).thenComparing(i -> nodes.get(i).id()));
        for (int k = 0; k < n; k++) {
            double a = 2 * StrictMath.PI * k / n;
            pos[order[k]][0] = 0.5 + 0.45 * StrictMath.cos(a);
            pos[order[k]][1] = 0.5 + 0.45 * StrictMath.sin(a);
        }
        double area = 1.0, k = StrictMath.sqrt(area / n) * 1.2;
        double temperature = 0.1;
        double[][] disp = new double[n][2];
        for (int it = 0; it < ITERATIONS; it++) {
            for (double[] d : disp) { d[0] = 0; d[1] = 0; }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double dx = pos[i][0] - pos[j][0], dy = pos[i][1] - pos[j][1];
                    double dist = Math.max(1e-4, StrictMath.sqrt(dx * dx + dy * dy));
                    double f = k * k / dist;
                    disp[i][0] += dx / dist * f; disp[i][1] += dy / dist * f;
                    disp[j][0] -= dx / dist * f; disp[j][1] -= dy / dist * f;
                }
            }
            for (Edge e : edges) {
                int i = index.get(e.a()), j = index.get(e.b());
                double dx = pos[i][0] - pos[j][0], dy = pos[i][1] - pos[j][1];
                double dist = Math.max(1e-4, StrictMath.sqrt(dx * dx + dy * dy));
                double f = dist * dist / k * (1 + 0.4 * StrictMath.log(e.weight()));
                disp[i][0] -= dx / dist * f; disp[i][1] -= dy / dist * f;
                disp[j][0] += dx / dist * f; disp[j][1] += dy / dist * f;
            }
            for (int i = 0; i < n; i++) {
                // gravity keeps separate groups on the page
                disp[i][0] -= (pos[i][0] - 0.5) * k * 1.2;
                disp[i][1] -= (pos[i][1] - 0.5) * k * 1.2;
                double len = Math.max(1e-9, StrictMath.sqrt(disp[i][0] * disp[i][0] + disp[i][1] * disp[i][1]));
                double step = Math.min(len, temperature);
                pos[i][0] += disp[i][0] / len * step;
                pos[i][1] += disp[i][1] / len * step;
            }
            temperature = 0.1 * (1 - (it + 1.0) / ITERATIONS) + 0.002;
        }
        // fit into the unit square
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] p : pos) { minX = Math.min(minX, p[0]); maxX = Math.max(maxX, p[0]); minY = Math.min(minY, p[1]); maxY = Math.max(maxY, p[1]); }
        double sx = Math.max(maxX - minX, 1e-9), sy = Math.max(maxY - minY, 1e-9);
        for (double[] p : pos) { p[0] = (p[0] - minX) / sx; p[1] = (p[1] - minY) / sy; }
        return pos;
    }

    /** The network, its texts in the language of {@code text}. */
    static String render(Messages text, List<Node> nodesIn, List<Edge> edgesIn, String root) {
        List<Node> nodes = nodesIn.stream().sorted(Comparator.comparing(Node::id)).toList();
        List<Edge> edges = edgesIn.stream().sorted(Comparator.comparing(Edge::a).thenComparing(Edge::b)).toList();
        double[][] unit = layout(nodes, edges);
        Map<String, double[]> at = new HashMap<>();
        double maxR = nodes.stream().mapToDouble(nd -> radius(nd.events())).max().orElse(4);
        for (int i = 0; i < nodes.size(); i++) {
            double pad = MARGIN + maxR;
            // room on the right and left for labels
            double x = pad + 60 + unit[i][0] * (WIDTH - 2 * pad - 120), y = pad + unit[i][1] * (HEIGHT - 2 * pad);
            at.put(nodes.get(i).id(), new double[]{x, y});
        }
        int heaviest = edges.stream().mapToInt(Edge::weight).max().orElse(1);
        String desc = text.get("chart.network.desc", "actors", nodes.size(), "pairs", edges.size(), "heaviest", heaviest);
        StringBuilder b = new StringBuilder();
        Svg.open(b, "network", "chart-network", WIDTH, HEIGHT, text.get("chart.network.title"), desc);
        b.append("<g class=\"edges\" aria-hidden=\"true\">");
        for (Edge e : edges) {
            double[] p = at.get(e.a()), q = at.get(e.b());
            b.append("<line class=\"edge\" x1=\"").append(Svg.n(p[0])).append("\" y1=\"").append(Svg.n(p[1])).append("\" x2=\"")
                    .append(Svg.n(q[0])).append("\" y2=\"").append(Svg.n(q[1])).append("\" stroke-width=\"")
                    .append(Svg.n(Math.min(7, 0.8 + 1.1 * (e.weight() - 1)))).append("\"/>");
        }
        b.append("</g>");
        Labels labels = new Labels(WIDTH, HEIGHT);
        Map<String, Integer> partners = new HashMap<>();
        for (Edge e : edges) { partners.merge(e.a(), 1, Integer::sum); partners.merge(e.b(), 1, Integer::sum); }
        List<Node> byWeight = new ArrayList<>(nodes);
        byWeight.sort(Comparator.comparingInt(Node::events).reversed().thenComparing(Node::id));
        for (Node nd : nodes) { double[] p = at.get(nd.id()); labels.obstacle(p[0], p[1], radius(nd.events())); }
        Map<String, Labels.Placed> placed = new HashMap<>();
        for (Node nd : byWeight) {
            double[] p = at.get(nd.id());
            Labels.Placed l = labels.place(nd.name(), p[0], p[1], radius(nd.events()), LABEL);
            if (l != null) placed.put(nd.id(), l);
        }
        b.append("<g class=\"nodes\">");
        List<Node> drawOrder = new ArrayList<>(byWeight);
        java.util.Collections.reverse(drawOrder);  // small nodes last, on top, so that each stays clickable
        for (Node nd : drawOrder) {
            double[] p = at.get(nd.id());
            String tip = text.get("chart.network.node", "name", nd.name(), "events", nd.events(),
                    "others", partners.getOrDefault(nd.id(), 0));
            StringBuilder inner = new StringBuilder("<circle class=\"node\" cx=\"").append(Svg.n(p[0])).append("\" cy=\"")
                    .append(Svg.n(p[1])).append("\" r=\"").append(Svg.n(radius(nd.events()))).append("\"/>");
            Labels.Placed l = placed.get(nd.id());
            if (l != null) inner.append("<text class=\"lbl\" ").append(l.attributes()).append(">").append(Svg.esc(nd.name())).append("</text>");
            Svg.link(b, root + nd.href(), null, tip, inner.toString());
        }
        b.append("</g></svg>");
        return b.toString();
    }
}
