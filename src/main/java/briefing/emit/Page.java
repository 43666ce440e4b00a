package briefing.emit;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One page of the portal as the emitter hands it to the bake: where it goes, which template renders it, its title,
 * and the finished data the template shows (maps, lists, strings and numbers only, sorted, so that output is
 * deterministic and the template has nothing to compute).
 */
public record Page(String url, String type, String title, Map<String, Object> model) {
    public Page {
        TreeMap<String, Object> m = new TreeMap<>(model);
        m.put("url", url);
        m.put("root", briefing.model.Urls.root(url)); // every link in a model is relative to the site root
        model = Collections.unmodifiableMap(m);
    }
}
