package briefing.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The Pagefind filters of one page: its type ("Actor", "Year" ..., in the portal's language) and the actors, places, years and sources it is
 * about. Templates write them as {@code <meta data-pagefind-filter>} tags, sorted, so the output stays deterministic.
 */
final class SearchFacets {
    /** The kind of result each page type is shown as: the key {@code search.type.<kind>} gives its name ("Actor"). */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("source", "source"), Map.entry("actor", "actor"), Map.entry("place", "place"),
            Map.entry("year", "year"), Map.entry("month", "year"), Map.entry("timeline", "timeline"), Map.entry("measure", "measure"),
            Map.entry("discrepancies", "discrepancies"), Map.entry("page", "page"), Map.entry("home", "page"),
            Map.entry("document", "document"));

    private final String type;
    private final boolean indexed;
    private final Map<String, SortedSet<String>> values = new TreeMap<>();

    /** @param text the portal's language: the type filter's values are what readers see on the search page */
    SearchFacets(String pageType, briefing.i18n.Messages text) {
        this.type = text.get("search.type." + TYPES.getOrDefault(pageType, "index"));
        // the search page would only find itself; the timeline index repeats the year pages, which are indexed
        this.indexed = !pageType.equals("search") && !pageType.equals("timeline")
                // the pages of long lists repeat what their entity's page and the timeline hold
                && !pageType.equals("entitylist") && !pageType.equals("entityindex") && !pageType.equals("sourcelist");
    }

    private String date;

    /** The date a result shows beside its type (a source's publication, a year page's year). */
    void date(String text) {
        this.date = text;
    }

    void add(String filter, String value) {
        values.computeIfAbsent(filter, k -> new TreeSet<>()).add(value);
    }

    /** {type, filters: [{key, value}], index}; the search page is not indexed at all ({@code index: false}). */
    Map<String, Object> model() {
        List<Object> filters = new ArrayList<>();
        filters.add(Views.map("key", "type", "value", type));
        values.forEach((k, vs) -> vs.forEach(v -> filters.add(Views.map("key", k, "value", v))));
        return Views.map("type", type, "filters", filters, "index", indexed, "date", date);
    }
}
