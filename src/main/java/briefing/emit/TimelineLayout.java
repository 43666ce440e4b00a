package briefing.emit;

import briefing.link.LinkedEvent;
import briefing.model.EdtfDate;
import briefing.model.Urls;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each event of the timeline lives. A year with few events has one page ({@code timeline/2021.html}) holding them
 * all by month; a larger year's page lists its months, and each month has pages of its own
 * ({@code timeline/2021-03.html}, then {@code timeline/2021-03-2.html} ...; events known only to the year on
 * {@code timeline/2021-00.html}). Every link to an event or a month goes through here, so it reaches the page that holds
 * it; the year page keeps an anchor per month, so a link to a month on the year page still lands.
 */
final class TimelineLayout {
    /** One page of a large year's month: its url, the month (0: events known only to the year), which part of how many, its events. */
    record Part(String url, int year, int month, int number, int count, List<LinkedEvent> events) {
    }

    private final Map<Integer, List<LinkedEvent>> years = new TreeMap<>();
    /** For each large year, its months in order (0 first), each with its parts. */
    private final Map<Integer, Map<Integer, List<Part>>> split = new TreeMap<>();
    private final Map<String, String> pageOf = new HashMap<>();

    TimelineLayout(List<LinkedEvent> timeline, Paging.Limits limits) {
        for (LinkedEvent e : timeline) years.computeIfAbsent(e.date().year(), y -> new ArrayList<>()).add(e);
        years.forEach((year, events) -> {
            if (events.size() <= limits.yearFull()) {
                events.forEach(e -> pageOf.put(e.id(), Urls.year(year)));
                return;
            }
            Map<Integer, List<LinkedEvent>> byMonth = new TreeMap<>();
            for (LinkedEvent e : events) byMonth.computeIfAbsent(month(e), k -> new ArrayList<>()).add(e);
            Map<Integer, List<Part>> months = new LinkedHashMap<>();
            byMonth.forEach((month, list) -> {
                List<List<LinkedEvent>> chunks = Paging.split(list, limits.monthPage());
                List<Part> parts = new ArrayList<>();
                for (int i = 0; i < chunks.size(); i++) {
                    Part p = new Part(monthUrl(year, month, i + 1), year, month, i + 1, chunks.size(), chunks.get(i));
                    p.events().forEach(e -> pageOf.put(e.id(), p.url()));
                    parts.add(p);
                }
                months.put(month, parts);
            });
            split.put(year, months);
        });
    }

    /** The month an event is listed under: its anchor's month, 0 when it is known only to the year. */
    static int month(LinkedEvent e) {
        EdtfDate.Point p = e.date().anchor();
        return p.precision() == EdtfDate.Precision.YEAR ? 0 : p.month();
    }

    private static String monthUrl(int year, int month, int part) {
        return "timeline/%04d-%02d%s.html".formatted(year, month, part == 1 ? "" : "-" + part);
    }

    /** Events by year, in date order. */
    Map<Integer, List<LinkedEvent>> years() {
        return Collections.unmodifiableMap(years);
    }

    /** Whether the year's events are on pages per month rather than on the year's page. */
    boolean large(int year) {
        return split.containsKey(year);
    }

    /** A large year's months (0 first when some events are known only to the year), each with its pages. */
    Map<Integer, List<Part>> months(int year) {
        return split.getOrDefault(year, Map.of());
    }

    /** Every month page of every large year, in date order. */
    List<Part> parts() {
        List<Part> out = new ArrayList<>();
        split.values().forEach(m -> m.values().forEach(out::addAll));
        return out;
    }

    /** The page and anchor of an event, relative to the site root. */
    String event(LinkedEvent e) {
        return pageOf.getOrDefault(e.id(), Urls.year(e.date().year())) + "#event-" + e.id();
    }

    /** Where a month's events begin: its first page in a large year, else its heading on the year page. */
    String month(int year, int month) {
        List<Part> parts = months(year).get(month);
        return parts == null ? Urls.month(year, month) : parts.get(0).url() + "#month-%04d-%02d".formatted(year, month);
    }
}
