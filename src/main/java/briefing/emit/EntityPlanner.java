package briefing.emit;

import briefing.link.Discrepancy;
import briefing.link.EntityLinks;
import briefing.link.Mention;
import briefing.model.Actor;
import briefing.model.Place;
import briefing.model.Urls;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static briefing.emit.Views.map;

/**
 * Plans the actors and places indexes ({@link EntityIndex}) and a page per actor and per place: mentions in context,
 * events, figures, statements, companions, disagreements. A long list shows its first entries (events: the latest) on
 * the entity's page and continues, whole, on numbered pages beside it ({@code actors/<id>/events-1.html} ...).
 */
final class EntityPlanner extends Planner {
    private final Paging.Limits limits = Paging.limits();
    private final EntityIndex index;
    /** Each actor's disagreements (as subject, or through an event it took part in), in the corpus's order. */
    private final Map<String, List<Discrepancy>> byActor = new HashMap<>();
    /** Each event's disagreements, and each disagreement's place in the corpus's order (to merge a place's events'). */
    private final Map<String, List<Discrepancy>> byEvent = new HashMap<>();
    private final Map<Discrepancy, Integer> order = new IdentityHashMap<>();

    EntityPlanner(Planner.Context context) {
        super(context);
        this.index = new EntityIndex(context);
        // one pass over the disagreements instead of one per actor and per place (quadratic at scale)
        for (Discrepancy d : linked.discrepancies()) {
            order.put(d, order.size());
            java.util.Set<String> actors = new java.util.LinkedHashSet<>();
            d.subject().ifPresent(actors::add);
            d.eventId().ifPresent(e -> {
                byEvent.computeIfAbsent(e, k -> new ArrayList<>()).add(d);
                actors.addAll(linked.events().get(e).actors());
            });
            actors.forEach(a -> byActor.computeIfAbsent(a, k -> new ArrayList<>()).add(d));
        }
    }

    /** The indexes, then each entity's pages, in the corpus's order, in parts planned when asked. */
    List<java.util.function.Supplier<List<Page>>> parts() {
        List<java.util.function.Supplier<List<Page>>> parts = new ArrayList<>();
        parts.add(index::actors);
        parts.addAll(parts(corpus.actors().values(), this::actor));
        parts.add(index::places);
        parts.addAll(parts(corpus.places().values(), this::place));
        return parts;
    }

    /** One actor's page and its paged sub-pages, as {@link #pages} plans them (for the preview's partial plan). */
    List<Page> actorPages(String id) {
        return actor(corpus.actors().get(id));
    }

    /** One place's page and its paged sub-pages, as {@link #pages} plans them (for the preview's partial plan). */
    List<Page> placePages(String id) {
        return place(corpus.places().get(id));
    }

    private List<Discrepancy> placeDiscrepancies(EntityLinks l) {
        List<Discrepancy> found = new ArrayList<>();
        new java.util.LinkedHashSet<>(l.events()).forEach(e -> found.addAll(byEvent.getOrDefault(e, List.of())));
        found.sort(java.util.Comparator.comparingInt(order::get));
        return found;
    }

    private List<Page> actor(Actor a) {
        EntityLinks l = linked.actors().get(a.id());
        String url = Urls.actor(a.id());
        Map<String, Object> m = new LinkedHashMap<>();
        List<Page> more = new ArrayList<>();
        m.put("entity", v.actor(a.id()));
        m.put("kindLabel", v.actorKind(a.kind().value()));
        v.untranslated(a.descriptions()).ifPresent(x -> m.put("descriptionIn", x));
        m.put("aliases", a.aliases());
        a.country().ifPresent(c -> m.put("country", v.place(c.id())));
        common(l, url, a.name(), m, more);
        more.addAll(capped(m, "figures", l.figures().stream().map(v::figure).toList(), false, url, a.name()));
        more.addAll(capped(m, "statementsBy", l.statementsBy().stream().map(v::statement).toList(), false, url, a.name()));
        m.put("companions", l.companions().stream().limit(12)
                .map(c -> (Object) Views.with(v.actor(c.id()), "count", c.events())).toList());
        more.addAll(capped(m, "discrepancies", byActor.getOrDefault(a.id(), List.of()).stream()
                .map(v::discrepancy).toList(), false, url, a.name()));
        List<Page> pages = new ArrayList<>();
        pages.add(new Page(url, "actor", a.name(), m));
        pages.addAll(more);
        return pages;
    }

    private List<Page> place(Place p) {
        EntityLinks l = linked.places().get(p.id());
        String url = Urls.place(p.id());
        Map<String, Object> m = new LinkedHashMap<>();
        List<Page> more = new ArrayList<>();
        common(l, url, p.name(), m, more);
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
        more.addAll(capped(m, "contains", l.within().stream().map(x -> (Object) v.place(x)).toList(), false, url, p.name()));
        more.addAll(capped(m, "discrepancies", placeDiscrepancies(l).stream().map(v::discrepancy).toList(), false, url, p.name()));
        List<Page> pages = new ArrayList<>();
        pages.add(new Page(url, "place", p.name(), m));
        pages.addAll(more);
        return pages;
    }

    /** What actor and place pages share: mentions in context, events, statements about. */
    private void common(EntityLinks l, String url, String name, Map<String, Object> m, List<Page> more) {
        // by source, in the sources' id order (grouped by hash, then the few sources sorted, rather than a tree per mention)
        List<Object> mentions = l.mentions().stream().collect(Collectors.groupingBy(Mention::sourceId)).entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).map(e -> (Object) map("source", v.source(e.getKey()),
                "sentences", e.getValue().stream().map(mn -> (Object) map(
                        "before", mn.sentence().substring(0, mn.start()),
                        "match", mn.sentence().substring(mn.start(), mn.end()),
                        "after", mn.sentence().substring(mn.end()))).toList())).toList();
        more.addAll(capped(m, "mentions", mentions, false, url, name));
        more.addAll(capped(m, "events", l.events().stream().map(v::event).toList(), true, url, name));
        more.addAll(capped(m, "statementsAbout", l.statementsAbout().stream().map(v::statement).toList(), false, url, name));
    }

    private List<Page> capped(Map<String, Object> m, String key, List<?> items, boolean latest, String url, String name) {
        return ListPages.capped(m, key, items, latest, url, name, url.startsWith("actors/") ? "actors" : "places", text, limits);
    }
}
