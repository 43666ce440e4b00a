package briefing.link;

import briefing.model.Corpus;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Stage 3's output: the corpus and everything computed across it, once, so that no template ever walks the corpus.
 * {@code timeline} is every event in date order; figures are grouped by measure in as-of order.
 */
public record LinkedCorpus(Corpus corpus, SortedMap<String, LinkedEvent> events, List<LinkedEvent> timeline,
                           SortedMap<String, List<DatedFigure>> figures, List<Discrepancy> discrepancies,
                           SortedMap<String, RenderedMarkdown> summaries, SortedMap<String, RenderedMarkdown> pages,
                           SortedMap<String, EntityLinks> actors, SortedMap<String, EntityLinks> places,
                           SortedMap<String, DocumentLinks> documents) {
    /** A linked corpus without documents. */
    public LinkedCorpus(Corpus corpus, SortedMap<String, LinkedEvent> events, List<LinkedEvent> timeline,
                        SortedMap<String, List<DatedFigure>> figures, List<Discrepancy> discrepancies,
                        SortedMap<String, RenderedMarkdown> summaries, SortedMap<String, RenderedMarkdown> pages,
                        SortedMap<String, EntityLinks> actors, SortedMap<String, EntityLinks> places) {
        this(corpus, events, timeline, figures, discrepancies, summaries, pages, actors, places, new TreeMap<>());
    }

    public LinkedCorpus {
        documents = Collections.unmodifiableSortedMap(new TreeMap<>(documents));
        events = Collections.unmodifiableSortedMap(new TreeMap<>(events));
        timeline = List.copyOf(timeline);
        figures = Collections.unmodifiableSortedMap(new TreeMap<>(figures));
        discrepancies = List.copyOf(discrepancies);
        summaries = Collections.unmodifiableSortedMap(new TreeMap<>(summaries));
        pages = Collections.unmodifiableSortedMap(new TreeMap<>(pages));
        actors = Collections.unmodifiableSortedMap(new TreeMap<>(actors));
        places = Collections.unmodifiableSortedMap(new TreeMap<>(places));
    }
}
