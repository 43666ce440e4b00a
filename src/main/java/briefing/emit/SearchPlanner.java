package briefing.emit;

import briefing.link.LinkedEvent;
import briefing.model.EdtfDate;
import briefing.model.Source;

import briefing.link.EntityLinks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Adds to every planned page what the search index needs: its type and the filters it is found under. The actor,
 * place and source filters offer the {@link #FACETS} most cited of each (all of them in a portal that has fewer), so
 * that the filter index a search loads stays small at any size.
 */
final class SearchPlanner extends Planner {
    /** How many actors, places and sources the search filters offer at most: the most cited (by events). */
    static final int FACETS = 60;

    private final Set<String> actors;
    private final Set<String> places;
    private final Set<String> sources;
    /** The corpus's events by id, hashed: a page is filed under its events' years, actors, places and sources. */
    private final Map<String, LinkedEvent> events;

    SearchPlanner(Planner.Context context) {
        super(context);
        this.actors = top(linked.actors().values().stream().collect(Collectors.toMap(EntityLinks::id, l -> l.events().size())));
        this.places = top(linked.places().values().stream().collect(Collectors.toMap(EntityLinks::id, l -> l.events().size())));
        this.events = new java.util.HashMap<>(linked.events());
        this.sources = top(corpus.sources().values().stream().collect(Collectors.toMap(Source::id, x -> x.events().size())));
    }

    /** The {@link #FACETS} ids with the highest counts (ties by id). */
    private static Set<String> top(Map<String, Integer> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(FACETS).map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    private void actor(SearchFacets f, String id) {
        if (actors.contains(id)) f.add("actor", corpus.actors().get(id).name());
    }

    private void place(SearchFacets f, String id) {
        if (places.contains(id)) f.add("place", corpus.places().get(id).name());
    }

    private void source(SearchFacets f, String id) {
        if (sources.contains(id)) f.add("source", corpus.sources().get(id).title());
    }

    /** Whether a planned page is to be found by search (its model says so, as {@link #withSearch} set it). */
    static boolean indexed(Page page) {
        return page.model().get("search") instanceof Map<?, ?> search && Boolean.TRUE.equals(search.get("index"));
    }

    /**
     * Adds what the search index needs to a page's model: its type and the Pagefind filters (actor, place, year,
     * source) it should be found under, and the words to weight up (names and aliases).
     */
    Page withSearch(Page page) {
        Map<String, Object> model = new LinkedHashMap<>(page.model());
        model.put("search", search(page));
        return new Page(page.url(), page.type(), page.title(), model);
    }

    /** What {@link #withSearch} adds to the page's model, as its {@code search}. */
    Map<String, Object> search(Page page) {
        SearchFacets f = new SearchFacets(page.type(), text);
        String url = page.url();
        if (page.type().equals("source")) {
            Source s = corpus.sources().get(url.substring("sources/".length(), url.length() - 5));
            source(f, s.id());
            f.date(text.date(EdtfDate.parse(s.published().value())));
            s.events().forEach(e -> {
                LinkedEvent le = events.get(e.id().value());
                f.add("year", Integer.toString(le.date().year()));
                le.actors().forEach(a -> actor(f, a));
                le.places().forEach(p -> place(f, p));
            });
        } else if (page.type().equals("actor")) {
            String id = url.substring("actors/".length(), url.length() - 5);
            actor(f, id);
            linked.actors().get(id).events().forEach(e -> eventFacets(f, e, false, true));
        } else if (page.type().equals("place")) {
            String id = url.substring("places/".length(), url.length() - 5);
            place(f, id);
            linked.places().get(id).events().forEach(e -> eventFacets(f, e, true, false));
        } else if (page.type().equals("year")) {
            f.add("year", page.title());
            f.date(page.title());
            linked.timeline().stream().filter(e -> Integer.toString(e.date().year()).equals(page.title()))
                    .forEach(e -> eventFacets(f, e.id(), true, true));
        } else if (page.type().equals("document")) {
            String id = url.substring("documents/".length(), url.length() - 5);
            corpus.documents().get(id).date().ifPresent(d -> f.date(text.date(EdtfDate.parse(d.value()))));
            linked.documents().get(id).events().forEach(e -> eventFacets(f, e, true, true));
        } else if (page.type().equals("month")) {
            String year = page.url().substring("timeline/".length(), "timeline/".length() + 4);
            f.add("year", year);
            f.date(year);
            ((List<?>) page.model().get("events")).forEach(e -> eventFacets(f, (String) ((Map<?, ?>) e).get("id"), true, true));
        } else if (page.type().equals("measure")) {
            String id = url.substring("figures/".length(), url.length() - 5);
            linked.figures().get(id).forEach(d -> {
                actor(f, d.figure().subject().id());
                source(f, d.figure().sourceId());
                f.add("year", Integer.toString(d.asOf().year()));
            });
        }
        return f.model();
    }

    private void eventFacets(SearchFacets f, String eventId, boolean actors, boolean places) {
        LinkedEvent e = events.get(eventId);
        f.add("year", Integer.toString(e.date().year()));
        if (actors) e.actors().forEach(a -> actor(f, a));
        if (places) e.places().forEach(p -> place(f, p));
        e.sources().forEach(s -> source(f, s));
    }
}
