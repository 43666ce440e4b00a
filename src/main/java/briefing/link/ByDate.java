package briefing.link;

import briefing.model.EdtfDate;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Sorting by date without formatting a date's key on every comparison. */
final class ByDate {
    private ByDate() {
    }

    /**
     * {@code items} in the order of their dates ({@link EdtfDate#compareTo}: by {@link EdtfDate#sortKey}), then by
     * {@code then}. Each date's key is made once, not twice per comparison: a sort of thousands of items compares each
     * some twenty times, and a key is formatted text.
     */
    static <T> List<T> sorted(Collection<T> items, Function<T, EdtfDate> date, Comparator<T> then) {
        return items.stream().map(i -> new Dated<>(date.apply(i).sortKey(), i))
                .sorted(Comparator.<Dated<T>, String>comparing(Dated::key).thenComparing(Dated::item, then))
                .map(Dated::item).toList();
    }

    private record Dated<T>(String key, T item) {
    }
}
