package briefing.emit;

import briefing.link.DatedFigure;
import briefing.link.LinkedEvent;
import briefing.model.Portal;
import briefing.model.Urls;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static briefing.emit.Views.map;

/**
 * Plans the home page: the overview, key numbers, latest events, the map and the sources.
 */
final class HomePlanner extends Planner {
    HomePlanner(Planner.Context context) {
        super(context);
    }

    private static final int LATEST_EVENTS = 8;

    List<Page> pages() {
        return List.of(home());
    }

    private Page home() {
        Portal p = corpus.portal();
        String topic = p.topic().map(r -> r.id()).orElse("");
        java.time.LocalDate latestSource = corpus.sources().values().stream()
                .map(s -> briefing.model.EdtfDate.parse(s.published().value()).latest())
                .filter(d -> d.getYear() < 10_000).max(java.util.Comparator.naturalOrder()).orElse(null);
        List<Object> keyFigures = keyFigures(topic).stream().map(f -> (Object) new KeyFigure(v.figure(f), stale(f.asOf(), latestSource))).toList();
        List<LinkedEvent> timeline = linked.timeline();
        // the latest events that happened: a deadline or a vote to come is not news
        List<LinkedEvent> happened = timeline.stream().filter(e -> !e.planned()).toList();
        List<Object> latestEvents = new ArrayList<>();
        for (int i = happened.size() - 1; i >= Math.max(0, happened.size() - LATEST_EVENTS); i--) latestEvents.add(v.event(happened.get(i)));
        Map<String, Object> span = timeline.isEmpty() ? map() : map("from", v.date(timeline.get(0).date()),
                "to", v.date(timeline.get(timeline.size() - 1).date()));
        return new Page(Urls.HOME, "home", p.title(), map(
                "tagline", p.tagline(),
                "topic", corpus.actors().containsKey(topic) ? v.actor(topic) : null,
                "overview", Optional.ofNullable(linked.pages().get(Urls.OVERVIEW)).map(r -> r.html()),
                "overviewIn", Optional.ofNullable(corpus.pages().get(Urls.OVERVIEW)).flatMap(page -> v.untranslated(page.bodies())),
                "keyFigures", keyFigures,
                "latestEvents", latestEvents,
                "span", span,
                "sources", new SourcePlanner(context).latestSources(Paging.limits().latest()),
                "counts", counts(),
                "map", charts.placesMap(Urls.root(Urls.HOME))));
    }

    /**
     * The key numbers of the brief: for each key measure (portal.yaml's key_measures, or every measure with a figure
     * about the topic), the latest figure about the topic, else the latest figure of any subject.
     */
    private List<DatedFigure> keyFigures(String topic) {
        List<String> measures = corpus.portal().keyMeasures().isEmpty()
                ? linked.figures().entrySet().stream().filter(e -> e.getValue().stream()
                        .anyMatch(f -> f.figure().subject().id().equals(topic))).map(Map.Entry::getKey).toList()
                : corpus.portal().keyMeasures().stream().map(r -> r.id()).toList();
        List<DatedFigure> out = new ArrayList<>();
        for (String m : measures) {
            List<DatedFigure> fs = linked.figures().getOrDefault(m, List.of());
            fs.stream().filter(f -> f.figure().subject().id().equals(topic)).reduce((a, b) -> b)
                    .or(() -> fs.stream().reduce((a, b) -> b)).ifPresent(out::add);
        }
        return out;
    }

    /**
     * A key number on the home page: the figure's view, and whether it is stale: dated more than a year before the
     * portal's latest source, so a reader knows the number may have moved since.
     */
    public record KeyFigure(Map<String, Object> figure, boolean stale) {
    }

    /** Whether the figure's date (its last possible day) is more than a year before the latest source's publication. */
    static boolean stale(briefing.model.EdtfDate asOf, java.time.LocalDate latestSource) {
        return latestSource != null && asOf.latest().isBefore(latestSource.minusYears(1));
    }

    private Map<String, Object> counts() {
        return map("sources", corpus.sources().size(), "actors", corpus.actors().size(), "places", corpus.places().size(),
                "events", linked.events().size(), "figures", linked.figures().values().stream().mapToInt(List::size).sum(),
                "discrepancies", linked.discrepancies().size());
    }

}
