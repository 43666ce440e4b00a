package briefing.emit;

import briefing.link.DocumentLinks;
import briefing.link.Mention;
import briefing.model.Document;
import briefing.model.EdtfDate;
import briefing.model.Urls;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static briefing.emit.Views.map;

/**
 * Plans the documents index and a page per document: what it is (kind, symbol, date, issuer, as far as the sources
 * say), the events tied to it, the sentences of the summaries that mention it, and the sources that cite it. A portal
 * without documents gets neither.
 */
final class DocumentPlanner extends Planner {
    private final Paging.Limits limits = Paging.limits();

    DocumentPlanner(Planner.Context context) {
        super(context);
    }

    List<Page> pages() {
        if (corpus.documents().isEmpty()) return List.of();
        List<Page> pages = new ArrayList<>();
        pages.add(index());
        corpus.documents().values().forEach(d -> pages.addAll(document(d)));
        return pages;
    }

    /** One document's page and its paged sub-pages, as {@link #pages} plans them (for the preview's partial plan). */
    List<Page> documentPages(String id) {
        return document(corpus.documents().get(id));
    }

    private Page index() {
        Map<String, List<Object>> byKind = new TreeMap<>();
        // within a kind, by title with numbers in numeric order ("resolution 2423" before "resolution 2690", dated or
        // not; an index ordered by date put the undated ones last, out of their series), then id
        com.ibm.icu.text.RuleBasedCollator titles = (com.ibm.icu.text.RuleBasedCollator) com.ibm.icu.text.Collator.getInstance(text.locale());
        titles.setNumericCollation(true);
        Comparator<Document> order = Comparator.comparing(Document::title, titles).thenComparing(Document::id);
        corpus.documents().values().stream().sorted(order).forEach(d -> {
            Map<String, Object> m = Views.with(v.document(d.id()), "events", linked.documents().get(d.id()).events().size());
            byKind.computeIfAbsent(d.kind().value(), k -> new ArrayList<>()).add(m);
        });
        com.ibm.icu.text.Collator collator = com.ibm.icu.text.Collator.getInstance(text.locale());
        List<Object> groups = byKind.entrySet().stream()
                .map(e -> map("label", v.documentKind(e.getKey()), "id", e.getKey(), "count", e.getValue().size(), "items", e.getValue()))
                .sorted(Comparator.comparing((Map<String, Object> g) -> (String) g.get("label"), collator).thenComparing(g -> (String) g.get("id")))
                .map(g -> (Object) g).toList();
        return new Page(Urls.DOCUMENTS, "documents", text.get("documents.title"), map("groups", groups));
    }

    /** The document's page; its long lists (events tied to it, mentions, sources) continue on numbered pages. */
    private List<Page> document(Document d) {
        DocumentLinks l = linked.documents().get(d.id());
        List<Object> mentions = l.mentions().stream().collect(Collectors.groupingBy(Mention::sourceId, TreeMap::new, Collectors.toList()))
                .entrySet().stream().map(e -> (Object) map("source", v.source(e.getKey()),
                        "sentences", e.getValue().stream().map(mn -> (Object) map(
                                "before", mn.sentence().substring(0, mn.start()),
                                "match", mn.sentence().substring(mn.start(), mn.end()),
                                "after", mn.sentence().substring(mn.end()))).toList())).toList();
        String url = Urls.document(d.id());
        Map<String, Object> m = map(
                "id", d.id(), "entity", v.document(d.id()), "kindLabel", v.documentKind(d.kind().value()),
                "symbol", d.symbol(), "number", d.number(),
                "date", d.date().map(t -> v.date(EdtfDate.parse(t.value()))),
                "issuer", d.issuer().filter(r -> corpus.actors().containsKey(r.id())).map(r -> v.actor(r.id())),
                "address", d.url(), "description", d.description(), "descriptionIn", v.untranslated(d.descriptions()), "aliases", d.aliases());
        List<Page> more = new ArrayList<>();
        more.addAll(capped(m, "events", l.events().stream().map(v::event).toList(), true, url, d.title()));
        more.addAll(capped(m, "mentions", mentions, false, url, d.title()));
        more.addAll(capped(m, "sources", l.sources().stream().map(v::source).toList(), false, url, d.title()));
        List<Page> pages = new ArrayList<>();
        pages.add(new Page(url, "document", d.title(), m));
        pages.addAll(more);
        return pages;
    }

    private List<Page> capped(Map<String, Object> m, String key, List<?> items, boolean latest, String url, String name) {
        return ListPages.capped(m, key, items, latest, url, name, "documents", text, limits);
    }
}
