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

    private final Paging.Limits limits = Paging.limits();
    /** Sources a measure chart's legend names at most (each point still says its source). */
    private static final int LEGEND = 12;

    List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        pages.add(figuresIndex());
        linked.figures().forEach((measure, figures) -> pages.addAll(measure(corpus.measures().get(measure), figures)));
        pages.addAll(discrepancies());
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

    /** A measure's page: its chart (the latest values, at scale) and its latest values, all of them on numbered pages beside it. */
    private List<Page> measure(Measure m, List<DatedFigure> figures) {
        String url = Urls.measure(m.id());
        Map<String, Object> chart = charts.measure(m.id(), Urls.root(url), 3 * limits.tableRows());
        if (chart != null && ((List<?>) chart.get("legend")).size() > LEGEND) {
            chart = new java.util.LinkedHashMap<>(chart);
            chart.put("legend", ((List<?>) chart.get("legend")).stream().limit(LEGEND).toList());
        }
        Map<String, Object> model = map("measure", v.measure(m.id()),
                "discrepancies", linked.discrepancies().stream().filter(d -> d.measure().map(m.id()::equals).orElse(false))
                        .map(v::discrepancy).limit(limits.discrepancies()).toList(),
                "chart", chart);
        List<Page> pages = new ArrayList<>();
        List<Page> more = ListPages.capped(model, "figures", figures.stream().map(v::figure).toList(), true, url, m.label(), "figures",
                text, limits.tableRows(), limits.tableRows());
        // the values' pages list them with their subject, as the measure's page does
        more = more.stream().map(p -> {
            Map<String, Object> x = new java.util.LinkedHashMap<>(p.model());
            x.put("list", "values");
            return new Page(p.url(), p.type(), p.title(), x);
        }).toList();
        pages.add(new Page(url, "measure", m.label(), model));
        pages.addAll(more);
        return pages;
    }

    /**
     * The disagreements, a page of them at a time ({@code discrepancies/index.html}, then {@code discrepancies/page-2.html}
     * ...); the comparisons follow on the first page, or on pages of their own when the disagreements run to several.
     */
    private List<Page> discrepancies() {
        List<Object> all = linked.discrepancies().stream().map(d -> (Object) v.discrepancy(d)).toList();
        List<Object> comparisons = comparisons();
        int size = limits.discrepancies();
        List<List<Object>> chunks = Paging.split(all, size);
        boolean large = chunks.size() > 1 || comparisons.size() > size / 4;
        java.util.function.IntFunction<String> href = n -> n == 1 ? Urls.DISCREPANCIES : "discrepancies/page-" + n + ".html";
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            int n = i + 1;
            Map<String, Object> model = map("discrepancies", chunks.get(i));
            if (chunks.size() > 1) model.put("pager", Paging.pager(href, n, chunks.size(), all.size(), i * size + 1, i * size + chunks.get(i).size()));
            if (n == 1 && !large) model.put("comparisons", comparisons);
            if (n == 1 && large && !comparisons.isEmpty()) model.put("comparisonsHref", "discrepancies/compare-1.html");
            pages.add(new Page(href.apply(n), "discrepancies", n == 1 ? text.get("discrepancies.title")
                    : text.get("pager.title", "title", text.get("discrepancies.title"), "number", n, "count", chunks.size()), model));
        }
        if (large && !comparisons.isEmpty()) {
            int per = Math.max(1, size / 8);
            List<List<Object>> cs = Paging.split(comparisons, per);
            java.util.function.IntFunction<String> chref = n -> "discrepancies/compare-" + n + ".html";
            for (int i = 0; i < cs.size(); i++) {
                int n = i + 1;
                pages.add(new Page(chref.apply(n), "discrepancies", cs.size() > 1
                        ? text.get("pager.title", "title", text.get("discrepancies.compare"), "number", n, "count", cs.size())
                        : text.get("discrepancies.compare"), map("discrepancies", List.of(), "comparisonsOnly", true, "comparisons", cs.get(i),
                        "pager", cs.size() > 1 ? Paging.pager(chref, n, cs.size(), comparisons.size(), i * per + 1, i * per + cs.get(i).size()) : null)));
            }
        }
        return pages;
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
                // at scale, a comparison shows the latest values; the measure's pages hold them all
                List<DatedFigure> latest = fs.subList(Math.max(0, fs.size() - limits.tableRows() / 4), fs.size());
                out.add(map("id", "compare-" + measure + "-" + subject, "measure", v.measure(measure), "subject", v.actor(subject),
                        "figures", latest.stream().map(v::figure).toList(), "total", fs.size()));
            });
        });
        return out;
}
}
