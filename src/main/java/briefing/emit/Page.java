package briefing.emit;

import java.util.Map;
import java.util.TreeMap;

/**
 * One page of the portal as the emitter hands it to the bake: where it goes, which template renders it, its title,
 * and the finished data the template shows (maps, lists, strings and numbers only, sorted, so that output is
 * deterministic and the template has nothing to compute).
 */
public record Page(String url, String type, String title, Map<String, Object> model) {
    /** The file JBake reads for this page: its url, with .html for outputs of other kinds (feed.xml, robots.txt). */
    public String contentFile() {
        return url.endsWith(".html") ? url : url.substring(0, url.lastIndexOf('.')) + ".html";
    }

    public Page {
        TreeMap<String, Object> m = new TreeMap<>(model);
        m.put("url", url);
        // every link in a model is relative to the site root; a page served at any depth (404) sets an absolute root
        m.putIfAbsent("root", briefing.model.Urls.root(url));
        model = CompactModel.of(m); // every page's model waits in memory for the bake: kept small
    }
}
