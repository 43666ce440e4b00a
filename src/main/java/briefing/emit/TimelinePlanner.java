package briefing.emit;

import briefing.link.LinkedEvent;
import briefing.model.Urls;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static briefing.emit.Views.map;

/**
 * Plans the timeline: the index of every year with the chart, and a page per year with its events by month. A large
 * timeline's index gives each year's count, months and highlights (its marked events, a few) instead of every event,
 * and a large year's page lists its months, each with pages of its own ({@link TimelineLayout}).
 */
final class TimelinePlanner extends Planner {
    private final TimelineLayout layout;
    private final Paging.Limits limits = Paging.limits();

    TimelinePlanner(Planner.Context context) {
        super(context);
        this.layout = v.timeline();
    }

    /** The timeline, each year's page, then each part of a month, in parts planned when asked. */
    List<java.util.function.Supplier<List<Page>>> parts() {
        List<java.util.function.Supplier<List<Page>>> parts = new ArrayList<>();
        parts.add(() -> List.of(timeline()));
        parts.addAll(parts(layout.years().entrySet(), e -> List.of(year(e.getKey(), e.getValue()))));
        parts.addAll(parts(layout.parts(), p -> List.of(month(p))));
        return parts;
    }

    /** A month's heading: {anchor, label, iso}; month 0 is the year itself ("Sometime in 2021"). */
    private Map<String, Object> head(int year, int month) {
        return month == 0
                ? map("anchor", "year-%04d".formatted(year), "label", text.get("timeline_page.sometime", "year", Integer.toString(year)),
                "iso", "%04d".formatted(year))
                : map("anchor", "month-%04d-%02d".formatted(year, month), "label", text.month(year, month), "iso", "%04d-%02d".formatted(year, month));
    }

    /** Events of a year grouped by month; events known only to the year come first, under the year itself. */
    private List<Object> months(int year, List<LinkedEvent> events) {
        Map<Integer, List<Object>> byMonth = new LinkedHashMap<>();
        for (LinkedEvent e : events) byMonth.computeIfAbsent(TimelineLayout.month(e), k -> new ArrayList<>()).add(v.event(e));
        return byMonth.entrySet().stream().map(e -> {
            Map<String, Object> h = head(year, e.getKey());
            h.put("events", e.getValue());
            return (Object) h;
        }).toList();
    }

    /** The mark an event carries on the timeline, as readers see it ("Agreement"), if any. */
    private Optional<String> mark(LinkedEvent e) {
        return corpus.portal().vocabulary().mark(e.tags()).map(t -> t.label()
                .orElseGet(() -> text.find("vocabulary.timeline_mark." + t.id()).orElse(t.id())));
    }

    /** Up to {@code limits.highlights()} marked events of {@code events}: [{title, href, date, mark}], and how many more there are. */
    private Map<String, Object> highlights(List<LinkedEvent> events) {
        List<LinkedEvent> marked = events.stream().filter(e -> mark(e).isPresent()).toList();
        List<Object> shown = marked.stream().limit(limits.highlights()).map(e -> (Object) map("title", e.title(), "href", layout.event(e),
                "date", v.date(e.date()), "mark", mark(e).orElseThrow())).toList();
        return map("highlights", shown, "more", marked.size() - shown.size());
    }

    private Page timeline() {
        boolean full = linked.timeline().size() <= limits.timelineFull();
        List<Object> years = layout.years().entrySet().stream().map(e -> {
            int year = e.getKey();
            Map<String, Object> y = map("year", year, "href", Urls.year(year), "count", e.getValue().size());
            if (full) {
                y.put("months", months(year, e.getValue()));
            } else {
                y.putAll(highlights(e.getValue()));
                y.put("months", e.getValue().stream().filter(x -> TimelineLayout.month(x) > 0)
                        .collect(Collectors.groupingBy(TimelineLayout::month, java.util.TreeMap::new, Collectors.counting()))
                        .entrySet().stream().map(m -> (Object) map("label", text.month(year, m.getKey()), "iso", "%04d-%02d".formatted(year, m.getKey()),
                                "href", layout.month(year, m.getKey()), "count", m.getValue())).toList());
            }
            return (Object) y;
        }).toList();
        return new Page(Urls.TIMELINE, "timeline", text.get("timeline_page.title"), map("years", years, "count", linked.timeline().size(),
                "full", full, "chart", charts.timeline(Urls.root(Urls.TIMELINE), layout::event, layout::month, limits.chartMarks())));
    }

    private List<Object> years(int current) {
        return layout.years().keySet().stream().map(y -> (Object) map("year", y, "href", Urls.year(y), "current", y == current)).toList();
    }

    private Page year(int year, List<LinkedEvent> events) {
        List<Integer> all = new ArrayList<>(layout.years().keySet());
        int i = all.indexOf(year);
        Map<String, Object> m = map("year", year, "count", events.size(),
                "previous", i > 0 ? map("href", Urls.year(all.get(i - 1)), "year", all.get(i - 1)) : null,
                "next", i < all.size() - 1 ? map("href", Urls.year(all.get(i + 1)), "year", all.get(i + 1)) : null,
                "years", years(year));
        if (!layout.large(year)) {
            m.put("months", months(year, events));
        } else {
            m.put("large", true);
            m.put("parts", layout.months(year).entrySet().stream().map(e -> {
                List<TimelineLayout.Part> parts = e.getValue();
                Map<String, Object> h = head(year, e.getKey());
                h.put("href", parts.get(0).url());
                h.put("count", parts.stream().mapToInt(p -> p.events().size()).sum());
                h.putAll(highlights(parts.stream().flatMap(p -> p.events().stream()).toList()));
                if (parts.size() > 1) h.put("pages", parts.stream().map(p -> (Object) map("number", p.number(), "href", p.url())).toList());
                return (Object) h;
            }).toList());
        }
        return new Page(Urls.year(year), "year", Integer.toString(year), m);
    }

    /** A page of a large year's month: its events, the pager of its parts, the months before and after. */
    private Page month(TimelineLayout.Part part) {
        int year = part.year();
        List<Integer> months = new ArrayList<>(layout.months(year).keySet());
        int i = months.indexOf(part.month());
        Map<String, Object> head = head(year, part.month());
        List<TimelineLayout.Part> parts = layout.months(year).get(part.month());
        int before = parts.stream().limit(part.number() - 1L).mapToInt(p -> p.events().size()).sum();
        int total = parts.stream().mapToInt(p -> p.events().size()).sum();
        Map<String, Object> m = map("year", year, "head", head, "events", part.events().stream().map(v::event).toList(),
                "yearHref", Urls.year(year), "count", total,
                "previous", i > 0 ? monthLink(year, months.get(i - 1)) : null,
                "next", i < months.size() - 1 ? monthLink(year, months.get(i + 1)) : null,
                "years", years(year));
        if (part.count() > 1) m.put("pager", Paging.pager(n -> parts.get(n - 1).url(), part.number(), part.count(), total,
                before + 1, before + part.events().size()));
        String title = part.count() > 1 ? text.get("pager.title", "title", head.get("label"), "number", part.number(), "count", part.count())
                : (String) head.get("label");
        return new Page(part.url(), "month", title, m);
    }

    private Map<String, Object> monthLink(int year, int month) {
        Map<String, Object> h = head(year, month);
        h.put("href", layout.months(year).get(month).get(0).url());
        return h;
    }
}
