package briefing.link;

import briefing.model.Corpus;
import briefing.model.EdtfDate;
import briefing.model.Place;
import briefing.model.Ref;
import briefing.model.Source;
import briefing.model.Statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What links to each actor and place, gathered from the linked events, figures, statements and mentions: the pages of
 * an entity list them. Reads what the {@link Linker} made and writes nothing shared, so the actors' and the places'
 * links are made at the same time.
 */
final class Backlinks {
    private Backlinks() {
    }

    /**
     * The links of each entity of {@code ids} (actors when {@code actors}, places otherwise): its events (a place's with
     * those of the places within it), the entities it shares them with, the figures about it, what it said and what was
     * said about it, its mentions in the summaries (one per sentence) and, for a place, the places within it.
     */
    static SortedMap<String, EntityLinks> of(Corpus corpus, Set<String> ids, List<LinkedEvent> timeline,
                                             SortedMap<String, List<DatedFigure>> figures, List<Mention> mentions,
                                             Function<LinkedEvent, List<String>> members, boolean actors) {
        Map<String, List<String>> events = new HashMap<>();
        Map<String, Map<String, Integer>> together = new HashMap<>();
        Map<String, Set<String>> ancestors = actors ? Map.of() : ancestors(corpus);
        for (LinkedEvent e : timeline) {
            Set<String> in = new LinkedHashSet<>(members.apply(e));
            if (!actors) { // an event in a town is also an event in its region and country
                for (String p : members.apply(e)) in.addAll(ancestors.getOrDefault(p, Set.of()));
            }
            for (String id : in) {
                events.computeIfAbsent(id, k -> new ArrayList<>()).add(e.id());
                for (String other : members.apply(e)) {
                    if (!other.equals(id)) together.computeIfAbsent(id, k -> new TreeMap<>()).merge(other, 1, Integer::sum);
                }
            }
        }
        Map<String, List<DatedFigure>> figuresAbout = new HashMap<>();
        figures.values().forEach(l -> l.forEach(f -> figuresAbout.computeIfAbsent(f.figure().subject().id(), k -> new ArrayList<>()).add(f)));
        Map<String, List<Statement>> by = new HashMap<>();
        Map<String, List<Statement>> about = new HashMap<>();
        for (Source s : corpus.sources().values()) {
            for (Statement st : s.statements()) {
                by.computeIfAbsent(st.actor().id(), k -> new ArrayList<>()).add(st);
                st.about().forEach(r -> about.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(st));
            }
        }
        Comparator<Statement> byDate = Comparator.comparing((Statement st) -> EdtfDate.parse(st.date().value()))
                .thenComparing(Statement::sourceId);
        String kind = actors ? "actor" : "place";
        Map<String, List<Mention>> mentioned = mentions.stream().filter(m -> m.kind().equals(kind)).collect(Collectors.groupingBy(Mention::entityId,
                LinkedHashMap::new, Collectors.toList()));
        Map<String, List<String>> children = new TreeMap<>();
        if (!actors) corpus.places().values().forEach(p -> p.within().ifPresent(w ->
                children.computeIfAbsent(w.id(), k -> new ArrayList<>()).add(p.id())));

        SortedMap<String, EntityLinks> out = new TreeMap<>();
        for (String id : ids) {
            List<EntityLinks.Count> companions = together.getOrDefault(id, Map.of()).entrySet().stream()
                    .map(en -> new EntityLinks.Count(en.getKey(), en.getValue()))
                    .sorted(Comparator.comparingInt(EntityLinks.Count::events).reversed().thenComparing(EntityLinks.Count::id))
                    .toList();
            out.put(id, new EntityLinks(id, dedupe(mentioned.getOrDefault(id, List.of())), events.getOrDefault(id, List.of()),
                    actors ? figuresAbout.getOrDefault(id, List.of()) : List.of(),
                    actors ? sorted(by.get(id), byDate) : List.of(), sorted(about.get(id), byDate), companions,
                    children.getOrDefault(id, List.of())));
        }
        return out;
    }

    /** Each place's ancestors: the places it is within, at any depth (a loop in the content is cut where it closes). */
    private static Map<String, Set<String>> ancestors(Corpus corpus) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Place p : corpus.places().values()) {
            Optional<Ref> up = p.within();
            Set<String> seen = new HashSet<>();
            while (up.isPresent() && corpus.places().containsKey(up.get().id()) && seen.add(up.get().id())) {
                up = corpus.places().get(up.get().id()).within();
            }
            if (!seen.isEmpty()) out.put(p.id(), seen);
        }
        return out;
    }

    /** One mention per sentence: a sentence naming an actor twice is shown once. */
    static List<Mention> dedupe(List<Mention> mentions) {
        // a pair, not the two strings joined: a sentence's hash is computed once, not once per entity it names
        record Said(String sourceId, String sentence) {
        }
        Set<Said> seen = new HashSet<>();
        return mentions.stream().filter(m -> seen.add(new Said(m.sourceId(), m.sentence()))).toList();
    }

    private static <T> List<T> sorted(List<T> list, Comparator<T> order) {
        return list == null ? List.of() : list.stream().sorted(order).toList();
    }
}
