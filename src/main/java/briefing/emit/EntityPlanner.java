package briefing.emit;

import briefing.link.EntityLinks;
import briefing.link.Mention;
import briefing.model.Actor;
import briefing.model.Place;
import briefing.model.Urls;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static briefing.emit.Views.map;

/**
 * Plans the actors and places indexes and a page per actor and per place: mentions in context, events, figures, statements, companions, disagreements.
 */
final class EntityPlanner extends Planner {
    EntityPlanner(Planner.Context context) {
        super(context);
    }

    List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        pages.add(actorsIndex());
        corpus.actors().values().forEach(a -> pages.add(actor(a)));
        pages.add(placesIndex());
        corpus.places().values().forEach(p -> pages.add(place(p)));
        return pages;
    }

    private Page actorsIndex() {
        Map<String, List<Object>> byKind = new TreeMap<>();
        for (Actor a : corpus.actors().values()) {
            Map<String, Object> m = v.actor(a.id());
            m.put("events", linked.actors().get(a.id()).events().size());
            byKind.computeIfAbsent(a.kind().value(), k -> new ArrayList<>()).add(m);
        }
        return new Page(Urls.ACTORS, "actors", text.get("actors.title"), map("groups", groups(byKind, v::actorKind),
                "network", charts.network(Urls.root(Urls.ACTORS))));
    }

    private Page placesIndex() {
        Map<String, List<Object>> byKind = new TreeMap<>();
        for (Place p : corpus.places().values()) {
            Map<String, Object> m = v.place(p.id());
            m.put("events", linked.places().get(p.id()).events().size());
            byKind.computeIfAbsent(p.kind().value(), k -> new ArrayList<>()).add(m);
        }
        return new Page(Urls.PLACES, "places", text.get("places.title"), map("groups", groups(byKind, v::placeKind),
                "map", charts.placesMap(Urls.root(Urls.PLACES))));
    }

    /** Entities by kind, the kinds in the order of their labels in the portal's language; each group's anchor is its kind's id. */
    private List<Object> groups(Map<String, List<Object>> byKind, java.util.function.UnaryOperator<String> label) {
        com.ibm.icu.text.Collator collator = com.ibm.icu.text.Collator.getInstance(text.locale());
        Comparator<Map<String, Object>> byLabel = Comparator.comparing(g -> (String) g.get("label"), collator);
        return byKind.entrySet().stream().map(e -> map("label", label.apply(e.getKey()), "id", e.getKey(), "items", e.getValue()))
                .sorted(byLabel.thenComparing(g -> (String) g.get("id"))).map(g -> (Object) g).toList();
    }

    private Page actor(Actor a) {
        EntityLinks l = linked.actors().get(a.id());
        Map<String, Object> m = common(l, "actor");
        m.put("entity", v.actor(a.id()));
        m.put("kindLabel", v.actorKind(a.kind().value()));
        m.put("aliases", a.aliases());
        a.country().ifPresent(c -> m.put("country", v.place(c.id())));
        m.put("figures", l.figures().stream().map(v::figure).toList());
        m.put("statementsBy", l.statementsBy().stream().map(v::statement).toList());
        m.put("companions", l.companions().stream().limit(12)
                .map(c -> { Map<String, Object> x = v.actor(c.id()); x.put("count", c.events()); return (Object) x; }).toList());
        m.put("discrepancies", linked.discrepancies().stream()
                .filter(d -> d.subject().map(a.id()::equals).orElse(false)
                        || d.eventId().map(e -> linked.events().get(e).actors().contains(a.id())).orElse(false))
                .map(v::discrepancy).toList());
        return new Page(Urls.actor(a.id()), "actor", a.name(), m);
    }

    private Page place(Place p) {
        EntityLinks l = linked.places().get(p.id());
        Map<String, Object> m = common(l, "place");
        m.put("entity", v.place(p.id()));
        m.put("kindLabel", v.placeKind(p.kind().value()));
        m.put("aliases", p.aliases());
        p.coordinates().ifPresent(c -> {
            m.put("lat", c.lat());
            m.put("lon", c.lon());
            m.put("coords", text.get("place.coords", "lat", Math.abs(c.lat()), "ns", text.get(c.lat() < 0 ? "place.south" : "place.north"),
                    "lon", Math.abs(c.lon()), "ew", text.get(c.lon() < 0 ? "place.west" : "place.east")));
        });
        Optional.ofNullable(charts.locator(p.id())).ifPresent(x -> m.put("map", x));
        List<Object> trail = new ArrayList<>();
        Optional<String> up = p.within().map(r -> r.id());
        while (up.isPresent() && corpus.places().containsKey(up.get()) && trail.size() < 10) {
            trail.add(0, v.place(up.get()));
            up = corpus.places().get(up.get()).within().map(r -> r.id());
        }
        m.put("within", trail);
        m.put("contains", l.within().stream().map(v::place).toList());
        m.put("discrepancies", linked.discrepancies().stream()
                .filter(d -> d.eventId().map(e -> l.events().contains(e)).orElse(false)).map(v::discrepancy).toList());
        return new Page(Urls.place(p.id()), "place", p.name(), m);
    }

    /** What actor and place pages share: mentions in context, events, statements about, discrepancies. */
    private Map<String, Object> common(EntityLinks l, String kind) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mentions", l.mentions().stream().collect(Collectors.groupingBy(Mention::sourceId, TreeMap::new,
                Collectors.toList())).entrySet().stream().map(e -> (Object) map("source", v.source(e.getKey()),
                "sentences", e.getValue().stream().map(mn -> (Object) map(
                        "before", mn.sentence().substring(0, mn.start()),
                        "match", mn.sentence().substring(mn.start(), mn.end()),
                        "after", mn.sentence().substring(mn.end()))).toList())).toList());
        m.put("events", l.events().stream().map(v::event).toList());
        m.put("statementsAbout", l.statementsAbout().stream().map(v::statement).toList());
        return m;
    }

}
