package briefing.model;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** Everything the editors committed, loaded; maps are sorted by id so every later stage is deterministic. */
public record Corpus(Portal portal, SortedMap<String, Source> sources, SortedMap<String, Actor> actors,
                     SortedMap<String, Place> places, SortedMap<String, Measure> measures,
                     SortedMap<String, EditorialPage> pages, SortedMap<String, Document> documents) {
    /** A corpus without documents (content/documents/ is optional). */
    public Corpus(Portal portal, SortedMap<String, Source> sources, SortedMap<String, Actor> actors,
                  SortedMap<String, Place> places, SortedMap<String, Measure> measures, SortedMap<String, EditorialPage> pages) {
        this(portal, sources, actors, places, measures, pages, new TreeMap<>());
    }

    /** The same corpus with another portal.yaml (for publishing under another base path or address). */
    public Corpus withPortal(Portal p) {
        return new Corpus(p, sources, actors, places, measures, pages, documents);
    }

    public Corpus {
        sources = Collections.unmodifiableSortedMap(new TreeMap<>(sources));
        actors = Collections.unmodifiableSortedMap(new TreeMap<>(actors));
        places = Collections.unmodifiableSortedMap(new TreeMap<>(places));
        measures = Collections.unmodifiableSortedMap(new TreeMap<>(measures));
        pages = Collections.unmodifiableSortedMap(new TreeMap<>(pages));
        documents = Collections.unmodifiableSortedMap(new TreeMap<>(documents));
    }
}
