package briefing.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything the corpus says about one document, gathered once: the events tied to it (those that name it in
 * {@code documents:} and those whose title mentions it), in date order; the summaries' sentences that mention it; the
 * sources that cite it (mention it in their summary, or report an event tied to it), by id.
 */
public record DocumentLinks(String id, List<String> events, List<Mention> mentions, List<String> sources) {
    public DocumentLinks {
        events = List.copyOf(events);
        mentions = List.copyOf(mentions);
        sources = List.copyOf(sources);
    }

    /**
     * Each document's events (date order), the sentences that mention it, and the sources that cite it. One pass over
     * the timeline and one over the mentions, each kept in its order (a pass per document was quadratic at scale).
     */
    static SortedMap<String, DocumentLinks> of(briefing.model.Corpus corpus, List<LinkedEvent> timeline, List<Mention> mentions) {
        Map<String, List<LinkedEvent>> tiedTo = new HashMap<>();
        for (LinkedEvent e : timeline) {
            for (String d : new LinkedHashSet<>(e.documents())) tiedTo.computeIfAbsent(d, k -> new ArrayList<>()).add(e);
        }
        Map<String, List<Mention>> saidOf = new HashMap<>();
        for (Mention m : mentions) {
            if (m.kind().equals("document")) saidOf.computeIfAbsent(m.entityId(), k -> new ArrayList<>()).add(m);
        }
        SortedMap<String, DocumentLinks> out = new TreeMap<>();
        for (String id : corpus.documents().keySet()) {
            List<LinkedEvent> tied = tiedTo.getOrDefault(id, List.of());
            List<Mention> said = Backlinks.dedupe(saidOf.getOrDefault(id, List.of()));
            Set<String> sources = new TreeSet<>();
            said.forEach(m -> sources.add(m.sourceId()));
            tied.forEach(e -> sources.addAll(e.sources()));
            out.put(id, new DocumentLinks(id, tied.stream().map(LinkedEvent::id).toList(), said, List.copyOf(sources)));
        }
        return out;
    }
}

