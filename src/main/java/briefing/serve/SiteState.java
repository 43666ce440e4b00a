package briefing.serve;

import briefing.emit.Page;
import briefing.i18n.Messages;
import briefing.link.LinkedCorpus;
import briefing.model.Corpus;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the live site knows of its last good build, as one value: the page models by url (in plan order), the site model
 * and interface text they were rendered with, and the corpus as loaded and as linked, which an edit of a few sources
 * starts from ({@code null} until the first build has read them).
 */
record SiteState(Map<String, Page> pages, Map<String, Object> site, Messages messages, Corpus loaded, LinkedCorpus linked) {
    /** Before the first build. */
    static SiteState empty() {
        return new SiteState(Map.of(), Map.of(), Messages.english(), null, null);
    }

    SiteState {
        pages = Collections.unmodifiableMap(pages); // keeps the plan's order, which the bake follows
    }

    /** The same state with the corpus as loaded and linked (which a build reads after its pages). */
    SiteState withCorpus(Corpus loaded, LinkedCorpus linked) {
        return new SiteState(pages, site, messages, loaded, linked);
    }

    /** The same state with {@code written} in place of the pages at their urls (which it must have). */
    SiteState withPages(List<Page> written) {
        Map<String, Page> out = new LinkedHashMap<>(pages);
        for (Page p : written) {
            if (out.replace(p.url(), p) == null) throw new IllegalArgumentException("not a page of this state: " + p.url());
        }
        return new SiteState(out, site, messages, loaded, linked);
    }

    /** Pages by url, in the order given. */
    static Map<String, Page> byUrl(List<Page> list) {
        Map<String, Page> m = new LinkedHashMap<>();
        for (Page p : list) m.put(p.url(), p);
        return m;
    }
}
