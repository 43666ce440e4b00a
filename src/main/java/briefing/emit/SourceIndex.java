package briefing.emit;

import briefing.model.EdtfDate;
import briefing.model.Urls;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static briefing.emit.Views.map;

/**
 * The sources index. A short one lists every source by date of publication; a long one is a hub with the latest
 * sources and each year of publication with its count and numbered pages ({@code sources/index/2021-1.html}), which
 * list that year's sources.
 */
final class SourceIndex extends Planner {
    private final Paging.Limits limits = Paging.limits();

    SourceIndex(Planner.Context context) {
        super(context);
    }

    List<Page> pages() {
        List<Object> all = new SourcePlanner(context).sourcesList();
        String title = text.get("sources.title");
        if (all.size() <= limits.indexFull()) return List.of(new Page(Urls.SOURCES, "sources", title, map("sources", all)));
        Map<Integer, List<Object>> byYear = new TreeMap<>();
        for (Object s : all) {
            String id = (String) ((Map<?, ?>) s).get("id");
            byYear.computeIfAbsent(EdtfDate.parse(corpus.sources().get(id).published().value()).year(), y -> new ArrayList<>()).add(s);
        }
        List<Page> pages = new ArrayList<>();
        List<Object> years = new ArrayList<>();
        byYear.forEach((year, list) -> {
            String key = Integer.toString(year);
            List<List<Object>> chunks = Paging.split(list, limits.indexPage());
            List<Object> links = new ArrayList<>();
            for (int i = 0; i < chunks.size(); i++) {
                int n = i + 1, from = i * limits.indexPage();
                String url = Paging.indexPage(Urls.SOURCES, key, n);
                links.add(map("number", n, "href", url));
                String heading = text.get("sources.of_year", "year", key);
                pages.add(new Page(url, "sourcelist", chunks.size() > 1 ? text.get("pager.title", "title", heading, "number", n, "count", chunks.size()) : heading,
                        map("heading", heading, "sources", chunks.get(i), "pager", Paging.pager(k -> Paging.indexPage(Urls.SOURCES, key, k),
                                n, chunks.size(), list.size(), from + 1, from + chunks.get(i).size()))));
            }
            years.add(map("year", year, "count", list.size(), "href", links.isEmpty() ? null : ((Map<?, ?>) links.get(0)).get("href"),
                    "pages", links.size() > 1 ? links : null));
        });
        List<Object> latest = all.subList(all.size() - limits.latest(), all.size());
        List<Page> out = new ArrayList<>();
        out.add(new Page(Urls.SOURCES, "sources", title, map("sources", latest, "years", years, "total", all.size())));
        out.addAll(pages);
        return out;
    }
}
