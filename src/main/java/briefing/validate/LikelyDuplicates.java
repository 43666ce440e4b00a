package briefing.validate;

import briefing.model.Corpus;
import briefing.model.EdtfDate;
import briefing.model.Event;
import briefing.model.Problem;
import briefing.model.Ref;
import briefing.model.Source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Events that are likely one event written twice under two ids: reported by different sources on the same day, at a
 * shared place, with a shared actor. Each pair gets one warning, at the event of the newer source (published later),
 * naming the other id and saying how to report it instead: by re-using that id, so that the portal shows one event
 * reported by both sources.
 */
final class LikelyDuplicates {
    private LikelyDuplicates() {
    }

    /** The warnings for the pairs that involve an event of {@code sourceIds} (all the corpus's sources: every pair). */
    static List<Problem> of(Corpus corpus, Collection<String> sourceIds) {
        Set<String> changed = Set.copyOf(sourceIds);
        Map<String, List<Event>> byDay = new HashMap<>();
        for (Source s : corpus.sources().values()) {
            for (Event e : s.events()) day(e).ifPresent(d -> byDay.computeIfAbsent(d, k -> new ArrayList<>()).add(e));
        }
        List<Problem> out = new ArrayList<>();
        for (List<Event> same : byDay.values()) {
            for (int i = 0; i < same.size(); i++) {
                for (int j = i + 1; j < same.size(); j++) {
                    Event a = same.get(i), b = same.get(j);
                    if (a.sourceId().equals(b.sourceId()) || a.id().value().equals(b.id().value())) continue;
                    if (!changed.contains(a.sourceId()) && !changed.contains(b.sourceId())) continue;
                    Optional<String> place = shared(a.places(), b.places()), actor = shared(a.actors(), b.actors());
                    if (place.isEmpty() || actor.isEmpty()) continue;
                    boolean bNewer = NEWER.compare(corpus.sources().get(b.sourceId()), corpus.sources().get(a.sourceId())) > 0;
                    Event newer = bNewer ? b : a, older = bNewer ? a : b;
                    out.add(Problem.warning(newer.id().origin(), "likely the same event as '" + older.id().value() + "' in "
                            + older.origin().file() + ":" + older.origin().line() + " (the same day, place '" + place.get()
                            + "' and actor '" + actor.get() + "'); if it is, report it too: write id: " + older.id().value()
                            + " here instead of '" + newer.id().value() + "' (keep your title, date and note), so that one"
                            + " event shows both sources"));
                }
            }
        }
        return out;
    }

    /** Sources in the order they appeared: by publication date, then id. */
    private static final Comparator<Source> NEWER = Comparator
            .comparing((Source s) -> EdtfDate.isValid(s.published().value()) ? EdtfDate.parse(s.published().value()).anchor().first()
                    : java.time.LocalDate.MIN)
            .thenComparing(Source::id);

    /** The event's day, when it is dated to the day (a month or a year is too wide to say it is the same event). */
    private static Optional<String> day(Event e) {
        if (!EdtfDate.isValid(e.date().value())) return Optional.empty();
        EdtfDate d = EdtfDate.parse(e.date().value());
        if (d.interval() || d.anchor().precision() != EdtfDate.Precision.DAY) return Optional.empty();
        return Optional.of(d.anchor().first().toString());
    }

    private static Optional<String> shared(List<Ref> a, List<Ref> b) {
        Set<String> ids = new TreeSet<>();
        for (Ref r : a) ids.add(r.id());
        return b.stream().map(Ref::id).filter(ids::contains).sorted().findFirst();
    }
}
