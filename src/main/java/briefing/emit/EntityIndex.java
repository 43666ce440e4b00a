package briefing.emit;

import briefing.model.Actor;
import briefing.model.Place;
import briefing.model.Urls;
import com.ibm.icu.text.Collator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import static briefing.emit.Views.map;

/**
 * The actors and places indexes. A short index lists every entity by kind on one page. A long one is a hub: the most
 * cited, then each kind with its count and its numbered pages (named by their first and last entries, as a dictionary's
 * are), which list the kind's entities by name ({@code actors/index/organisation-2.html}).
 */
final class EntityIndex extends Planner {
    /** How many of the most cited entities a long index's hub names first. */
    static final int TOP = 24;
    /** How many actors the hub's network list names (those the picture draws), and companions per actor. */
    private static final int NETWORK_ROWS = 80, NETWORK_WITH = 12;

    private final Paging.Limits limits = Paging.limits();
    private final Collator collator;

    EntityIndex(Planner.Context context) {
        super(context);
        this.collator = Collator.getInstance(text.locale());
    }

    List<Page> actors() {
        Map<String, List<Map<String, Object>>> byKind = new TreeMap<>();
        for (Actor a : corpus.actors().values()) {
            Map<String, Object> m = Views.with(v.actor(a.id()), "events", linked.actors().get(a.id()).events().size());
            byKind.computeIfAbsent(a.kind().value(), k -> new ArrayList<>()).add(m);
        }
        Map<String, Object> network = charts.network(Urls.root(Urls.ACTORS));
        return index(Urls.ACTORS, "actors", text.get("actors.title"), byKind, v::actorKind, "network", network == null ? null : lighter(network));
    }

    List<Page> places() {
        Map<String, List<Map<String, Object>>> byKind = new TreeMap<>();
        for (Place p : corpus.places().values()) {
            Map<String, Object> m = Views.with(v.place(p.id()), "events", linked.places().get(p.id()).events().size());
            byKind.computeIfAbsent(p.kind().value(), k -> new ArrayList<>()).add(m);
        }
        Map<String, Object> map = charts.placesMap(Urls.root(Urls.PLACES));
        return index(Urls.PLACES, "places", text.get("places.title"), byKind, v::placeKind, "map", map == null ? null : lighterMap(map));
    }

    /** The network's list, cut to the actors the picture draws at most, each with its closest companions. */
    private Map<String, Object> lighter(Map<String, Object> network) {
        List<?> rows = (List<?>) network.get("actors");
        if (rows.size() <= NETWORK_ROWS && corpus.actors().size() <= limits.indexFull()) return network;
        Map<String, Object> out = new LinkedHashMap<>(network);
        out.put("actors", rows.stream().map(r -> (Map<?, ?>) r)
                .sorted(Comparator.comparingInt((Map<?, ?> r) -> (Integer) r.get("events")).reversed()).limit(NETWORK_ROWS)
                .sorted(Comparator.comparing((Map<?, ?> r) -> (String) r.get("name"), collator))
                .map(r -> {
                    Map<String, Object> x = new LinkedHashMap<>();
                    r.forEach((k, val) -> x.put((String) k, val));
                    x.put("with", ((List<?>) r.get("with")).stream().limit(NETWORK_WITH).toList());
                    return (Object) x;
                }).toList());
        return out;
    }

    /** The map's list of places, cut to the most cited (the map itself draws them all). */
    private Map<String, Object> lighterMap(Map<String, Object> chart) {
        if (corpus.places().size() <= limits.indexFull()) return chart;
        Map<String, Object> out = new LinkedHashMap<>(chart);
        out.put("places", ((List<?>) chart.get("places")).stream().limit(TOP).toList());
        List<?> outside = (List<?>) chart.get("outside");
        out.put("outside", outside.stream().limit(TOP).toList());
        return out;
    }

    private List<Page> index(String url, String type, String title, Map<String, List<Map<String, Object>>> byKind,
                             UnaryOperator<String> label, String chartKey, Map<String, Object> chart) {
        int total = byKind.values().stream().mapToInt(List::size).sum();
        Comparator<Map<String, Object>> byName = Comparator.comparing((Map<String, Object> e) -> (String) e.get("name"), collator)
                .thenComparing(e -> (String) e.get("href"));
        Comparator<Map<String, Object>> byLabel = Comparator.comparing(g -> (String) g.get("label"), collator);
        List<Page> pages = new ArrayList<>();
        List<Map<String, Object>> groups = new ArrayList<>();
        byKind.forEach((kind, items) -> {
            Map<String, Object> g = map("label", label.apply(kind), "id", kind, "count", items.size());
            if (total <= limits.indexFull()) {
                g.put("items", items);
            } else {
                List<Map<String, Object>> sorted = items.stream().sorted(byName).toList();
                List<List<Map<String, Object>>> chunks = Paging.split(sorted, limits.indexPage());
                List<Object> links = new ArrayList<>();
                for (int i = 0; i < chunks.size(); i++) {
                    List<Map<String, Object>> c = chunks.get(i);
                    int n = i + 1, from = i * limits.indexPage();
                    links.add(map("number", n, "href", Paging.indexPage(url, kind, n), "first", c.get(0).get("name"),
                            "last", c.get(c.size() - 1).get("name")));
                    String heading = label.apply(kind);
                    pages.add(new Page(Paging.indexPage(url, kind, n), "entityindex",
                            chunks.size() > 1 ? text.get("pager.title", "title", heading, "number", n, "count", chunks.size()) : heading,
                            map("section", type, "heading", heading, "index", map("href", url, "label", title),
                                    "items", c.stream().map(x -> (Object) x).toList(), "pager", Paging.pager(k -> Paging.indexPage(url, kind, k),
                                            n, chunks.size(), sorted.size(), from + 1, from + c.size()))));
                }
                g.put("pages", links);
            }
            groups.add(g);
        });
        groups.sort(byLabel.thenComparing(g -> (String) g.get("id")));
        Map<String, Object> model = map("groups", groups.stream().map(g -> (Object) g).toList(), chartKey, chart, "total", total);
        if (total > limits.indexFull()) {
            model.put("top", byKind.values().stream().flatMap(List::stream)
                    .sorted(Comparator.comparingInt((Map<String, Object> e) -> (Integer) e.get("events")).reversed().thenComparing(byName))
                    .limit(TOP).map(e -> (Object) e).toList());
        }
        List<Page> out = new ArrayList<>();
        out.add(new Page(url, type, title, model));
        out.addAll(pages);
        return out;
    }
}
