package briefing.emit;

import briefing.link.DatedFigure;
import briefing.model.Measure;
import briefing.model.Urls;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static briefing.emit.Views.map;

/**
 * Plans the figures: the index of measures, a page per measure with its chart and table, and the discrepancies page.
 */
final class FigurePlanner extends Planner {
    FigurePlanner(Planner.Context context) {
        super(context);
    }

    List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        pages.add(figuresIndex());
        linked.figures().forEach((measure, figures) -> pages.add(measure(corpus.measures().get(measure), figures)));
        pages.add(discrepancies());
        return pages;
    }

    private Page figuresIndex() {
        List<Object> measures = linked.figures().entrySet().stream().map(e -> {
            Map<String, Object> m = v.measure(e.getKey());
            m.put("count", e.getValue().size());
            m.put("disputed", e.getValue().stream().filter(DatedFigure::disputed).count());
            return (Object) m;
        }).toList();
        return new Page(Urls.FIGURES, "figures", text.get("figures.title"), map("measures", measures));
    }

    private Page measure(Measure m, List<DatedFigure> figures) {
        return new Page(Urls.measure(m.id()), "measure", m.label(), map("measure", v.measure(m.id()),
                "figures", figures.stream().map(v::figure).toList(),
                "discrepancies", linked.discrepancies().stream().filter(d -> d.measure().map(m.id()::equals).orElse(false))
                        .map(v::discrepancy).toList(),
                "chart", charts.measure(m.id(), Urls.root(Urls.measure(m.id())))));
    }

    private Page discrepancies() {
        return new Page(Urls.DISCREPANCIES, "discrepancies", text.get("discrepancies.title"),
                map("discrepancies", linked.discrepancies().stream().map(v::discrepancy).toList(),
                        "comparisons", comparisons()));
    }

    /**
     * Figures that several sources give for one measure and subject at different dates, side by side in time order:
     * not a contradiction by the rule above, but where a reader should compare (a count that did not move in two
     * years, a force that shrank).
     */
    private List<Object> comparisons() {
        List<Object> out = new ArrayList<>();
        linked.figures().forEach((measure, figures) -> {
            Map<String, List<DatedFigure>> bySubject = figures.stream().collect(Collectors.groupingBy(
                    f -> f.figure().subject().id(), TreeMap::new, Collectors.toList()));
            bySubject.forEach((subject, fs) -> {
                if (fs.stream().map(f -> f.figure().sourceId()).distinct().count() < 2) return;
                out.add(map("id", "compare-" + measure + "-" + subject, "measure", v.measure(measure), "subject", v.actor(subject),
                        "figures", fs.stream().map(v::figure).toList()));
            });
        });
        return out;
}
}
