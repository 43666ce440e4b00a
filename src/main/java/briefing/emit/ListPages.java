package briefing.emit;

import briefing.i18n.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import static briefing.emit.Views.map;

/**
 * A long list on a page (an actor's events, a measure's values): the page shows its first entries, or its latest, and
 * the whole list continues on numbered pages beside it ({@code actors/<id>/events-1.html} ...), rendered by
 * {@code entitylist.ftl}.
 */
final class ListPages {
    private ListPages() {
    }

    /**
     * Puts the list {@code key} into the page's model {@code m}: whole when it is short; else its first entries
     * ({@code latest}: its last, the newest) with {@code <key>More} = {name, total, shown, latest, href, pages: [{number,
     * href}]}; returns the numbered pages that hold it whole. Their heading is the key {@code entity.list.<name>} with the
     * owner's {@code name}; {@code section} is the site section they belong to.
     */
    static List<Page> capped(Map<String, Object> m, String key, List<?> items, boolean latest, String url, String name,
                             String section, Messages text, Paging.Limits limits) {
        return capped(m, key, items, latest, url, name, section, text, limits.latest(), limits.listPage());
    }

    static List<Page> capped(Map<String, Object> m, String key, List<?> items, boolean latest, String url, String name,
                             String section, Messages text, int shownMax, int pageSize) {
        List<Object> all = new ArrayList<>(items);
        if (all.size() <= shownMax) {
            m.put(key, all);
            return List.of();
        }
        List<Object> shown = latest ? all.subList(all.size() - shownMax, all.size()) : all.subList(0, shownMax);
        String list = key.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
        String textKey = list.replace('-', '_');
        List<List<Object>> chunks = Paging.split(all, pageSize);
        m.put(key, shown);
        m.put(key + "More", map("name", textKey, "total", all.size(), "shown", shown.size(), "latest", latest,
                "href", Paging.sub(url, list, 1), "pages", IntStream.rangeClosed(1, chunks.size())
                        .mapToObj(n -> (Object) map("number", n, "href", Paging.sub(url, list, n))).toList()));
        List<Page> pages = new ArrayList<>();
        Map<String, Object> owner = map("name", name, "href", url);
        String heading = text.get("entity.list." + textKey, "name", name);
        for (int i = 0; i < chunks.size(); i++) {
            int n = i + 1, from = i * pageSize;
            String sub = Paging.sub(url, list, n);
            pages.add(new Page(sub, "entitylist", chunks.size() > 1 ? text.get("pager.title", "title", heading, "number", n, "count", chunks.size()) : heading,
                    map("list", key, "name", textKey, "heading", heading, "owner", owner, "section", section,
                            "items", chunks.get(i), "pager", Paging.pager(k -> Paging.sub(url, list, k), n, chunks.size(), all.size(),
                                    from + 1, from + chunks.get(i).size()))));
        }
        return pages;
    }
}
