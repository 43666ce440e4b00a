package briefing.emit;

import briefing.link.LinkedEvent;
import briefing.model.EdtfDate;
import briefing.model.Source;

import java.util.LinkedHashMap;
import java.util.Map;

/** Adds to every planned page what the search index needs: its type and the filters it is found under. */
final class SearchPlanner extends Planner {
    SearchPlanner(Planner.Context context) {
        super(context);
    }

    /**
     * Adds what the search index needs to a page's model: its type and the Pagefind filters (actor, place, year,
     * source) it should be found under, and the words to weight up (names and aliases).
     */
    Page withSearch(Page page) {
        SearchFacets f = new SearchFacets(page.type(), text);
        String url = page.url();
        if (page.type().equals("source")) {
            Source s = corpus.sources().get(url.substring("sources/".length(), url.length() - 5));
            f.add("source", s.title());
            f.date(text.date(EdtfDate.parse(s.published().value())));
            s.events().forEach(e -> {
                LinkedEvent le = linked.events().get(e.id().value());
                f.add("year", Integer.toString(le.date().year()));
                le.actors().forEach(a -> f.add("actor", corpus.actors().get(a).name()));
                le.places().forEach(p -> f.add("place", corpus.places().get(p).name()));
            });
        } else if (page.type().equals("actor")) {
            String id = url.substring("actors/".length(), url.length() - 5);
            f.add("actor", corpus.actors().get(id).name());
            linked.actors().get(id).events().forEach(e -> eventFacets(f, e, false, true));
        } else if (page.type().equals("place")) {
            String id = url.substring("places/".length(), url.length() - 5);
            f.add("place", corpus.places().get(id).name());
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
        } else if (page.type().equals("measure")) {
            String id = url.substring("figures/".length(), url.length() - 5);
            linked.figures().get(id).forEach(d -> {
                f.add("actor", corpus.actors().get(d.figure().subject().id()).name());
                f.add("source", corpus.sources().get(d.figure().sourceId()).title());
                f.add("year", Integer.toString(d.asOf().year()));
            });
        }
        Map<String, Object> model = new LinkedHashMap<>(page.model());
        model.put("search", f.model());
        return new Page(page.url(), page.type(), page.title(), model);
    }

    private void eventFacets(SearchFacets f, String eventId, boolean actors, boolean places) {
        LinkedEvent e = linked.events().get(eventId);
        f.add("year", Integer.toString(e.date().year()));
        if (actors) e.actors().forEach(a -> f.add("actor", corpus.actors().get(a).name()));
        if (places) e.places().forEach(p -> f.add("place", corpus.places().get(p).name()));
        e.sources().forEach(s -> f.add("source", corpus.sources().get(s).title()));
    }
}
