package briefing.emit;

import briefing.link.LinkedEvent;
import briefing.model.EdtfDate;
import briefing.model.Urls;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static briefing.emit.Views.map;

/**
 * Plans the timeline: the index of every year with the chart, and a page per year with its events by month.
 */
final class TimelinePlanner extends Planner {
    TimelinePlanner(Planner.Context context) {
        super(context);
    }

    List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        pages.add(timeline());
        years().forEach((year, events) -> pages.add(year(year, events)));
        return pages;
    }

    private Map<Integer, List<LinkedEvent>> years() {
        return linked.timeline().stream().collect(Collectors.groupingBy(e -> e.date().year(), TreeMap::new, Collectors.toList()));
    }

    /** Events of a year grouped by month; events known only to the year come first, under the year itself. */
    private List<Object> months(int year, List<LinkedEvent> events) {
        Map<String, List<Object>> byMonth = new LinkedHashMap<>();
        Map<String, Map<String, Object>> heads = new LinkedHashMap<>();
        for (LinkedEvent e : events) {
            EdtfDate.Point p = e.date().anchor();
            boolean monthly = p.precision() != EdtfDate.Precision.YEAR;
            String key = monthly ? "%04d-%02d".formatted(year, p.month()) : "%04d".formatted(year);
            heads.computeIfAbsent(key, k -> monthly
                    ? map("anchor", "month-" + k, "label", text.month(year, p.month()), "iso", k)
                    : map("anchor", "year-" + k, "label", text.get("timeline_page.sometime", "year", Integer.toString(year)), "iso", k));
            byMonth.computeIfAbsent(key, k -> new ArrayList<>()).add(v.event(e));
        }
        return byMonth.entrySet().stream().map(e -> {
            Map<String, Object> h = new LinkedHashMap<>(heads.get(e.getKey()));
            h.put("events", e.getValue());
            return (Object) h;
        }).toList();
    }

    private Page timeline() {
        List<Object> years = years().entrySet().stream().map(e -> (Object) map("year", e.getKey(), "href", Urls.year(e.getKey()),
                "count", e.getValue().size(), "months", months(e.getKey(), e.getValue()))).toList();
        return new Page(Urls.TIMELINE, "timeline", text.get("timeline_page.title"), map("years", years, "count", linked.timeline().size(),
                "chart", charts.timeline(Urls.root(Urls.TIMELINE))));
    }

    private Page year(int year, List<LinkedEvent> events) {
        List<Integer> all = new ArrayList<>(years().keySet());
        int i = all.indexOf(year);
        return new Page(Urls.year(year), "year", Integer.toString(year), map("year", year, "months", months(year, events),
                "count", events.size(),
                "previous", i > 0 ? map("href", Urls.year(all.get(i - 1)), "year", all.get(i - 1)) : null,
                "next", i < all.size() - 1 ? map("href", Urls.year(all.get(i + 1)), "year", all.get(i + 1)) : null,
                "years", all.stream().map(y -> (Object) map("year", y, "href", Urls.year(y), "current", y == year)).toList()));
    }

}
