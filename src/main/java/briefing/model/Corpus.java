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

    /**
     * The corpus read in {@code language}, one of the portal's: every text written per language in it (falling back to
     * the default language's), the portal's interface language set to it. The whole build of a language is the same
     * pipeline run over this corpus.
     */
    public Corpus in(String language) {
        return new Corpus(portal.in(language), map(sources, s -> s.in(language)), map(actors, a -> a.in(language)),
                map(places, p -> p.in(language)), map(measures, m -> m.in(language)), map(pages, p -> p.in(language)),
                map(documents, d -> d.in(language)));
    }

    private static <T> SortedMap<String, T> map(SortedMap<String, T> in, java.util.function.UnaryOperator<T> f) {
        SortedMap<String, T> out = new TreeMap<>();
        in.forEach((k, v) -> out.put(k, f.apply(v)));
        return out;
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
