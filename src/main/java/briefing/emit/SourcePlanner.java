package briefing.emit;

import briefing.model.EdtfDate;
import briefing.model.Source;
import briefing.model.Urls;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static briefing.emit.Views.map;

/**
 * Plans the sources index and a page per source: what is known of it and what is not, its summary and every fact drawn from it.
 */
final class SourcePlanner extends Planner {
    SourcePlanner(Planner.Context context) {
        super(context);
    }

    /** The sources' index pages, then each source's page, in parts planned when asked, in the corpus's order. */
    List<java.util.function.Supplier<List<Page>>> parts() {
        List<java.util.function.Supplier<List<Page>>> parts = new ArrayList<>();
        parts.add(() -> new SourceIndex(context).pages()); // one page, or a hub and pages per year at scale
        // each source's figures, in the order of the measures' lists, gathered once rather than searched per source
        Map<String, List<Object>> figures = new java.util.HashMap<>();
        linked.figures().values().stream().flatMap(List::stream)
                .forEach(f -> figures.computeIfAbsent(f.figure().sourceId(), k -> new ArrayList<>()).add(v.figure(f)));
        parts.addAll(parts(corpus.sources().values(), s -> List.of(source(s, figures.getOrDefault(s.id(), List.of())))));
        return parts;
    }

    /** One source's page, as {@link #pages} plans it (for the preview's partial plan). */
    Page page(String id) {
        List<Object> figures = linked.figures().values().stream().flatMap(List::stream)
                .filter(f -> f.figure().sourceId().equals(id)).map(f -> (Object) v.figure(f)).toList();
        return source(corpus.sources().get(id), new ArrayList<>(figures));
    }

    /** Every source as the sources index lists it, by date of publication. */
    List<Object> sourcesList() {
        return rows(v.sourcesByPublication());
    }

    /** The {@code n} latest sources (by date of publication) as {@link #sourcesList} lists them. */
    List<Object> latestSources(int n) {
        return rows(Paging.last(v.sourcesByPublication(), n));
    }

    private List<Object> rows(List<Source> sources) {
        return sources.stream().map(s -> (Object) Views.with(v.source(s.id()), "kind", v.sourceKind(s.kind().value()),
                "events", s.events().size(), "figures", s.figures().size(), "statements", s.statements().size())).toList();
    }

    private Page source(Source s, List<Object> figures) {
        List<Object> facts = new ArrayList<>();
        List<Object> rows = new ArrayList<>();
        rows.add(map("label", text.get("source.meta.publisher"), "value", s.publisher()));
        rows.add(s.authors().isEmpty() ? map("label", text.get("source.meta.authors", "count", 1), "unknown", text.get("source.meta.no_author"))
                : map("label", text.get("source.meta.authors", "count", s.authors().size()), "value", String.join(", ", s.authors())));
        rows.add(map("label", text.get("source.meta.published"), "date", v.date(EdtfDate.parse(s.published().value()))));
        rows.add(map("label", text.get("source.meta.kind"), "value", v.sourceKind(s.kind().value())));
        rows.add(map("label", text.get("source.meta.language"), "value", text.languageName(s.language())));
        rows.add(s.license().isPresent() ? map("label", text.get("source.meta.licence"), "value", s.license().get())
                : map("label", text.get("source.meta.licence"), "unknown", text.get("source.meta.no_licence")));
        rows.add(s.url().isPresent() ? map("label", text.get("source.meta.original"), "url", s.url().get())
                : map("label", text.get("source.meta.original"), "unknown", text.get("source.meta.no_original")));
        List<Object> events = s.events().stream()
                .map(e -> linked.events().get(e.id().value()))
                .sorted(v.timelineOrder()) // by date, then id
                .map(e -> (Object) ownVersion(v.event(e), s.id())).toList();
        List<Object> statements = s.statements().stream().map(st -> (Object) v.statement(st)).toList();
        return new Page(Urls.source(s.id()), "source", s.title(), map(
                "id", s.id(), "lang", otherLanguage(s.language()), "metadata", rows, "original", s.url(), "scopeNote", s.scopeNote(),
                "provenanceNote", s.provenanceNote(), "summary", linked.summaries().get(s.id()).html(),
                "summaryIn", v.untranslated(s.summaries()),
                // the editor's notes on the source, marked with their language where they are shown untranslated
                "provenanceLang", s.provenanceNote().flatMap(n -> v.untranslated(s.provenanceNotes())).map(m -> m.get("lang")),
                "scopeLang", s.scopeNote().flatMap(n -> v.untranslated(s.scopeNotes())).map(m -> m.get("lang")),
                "events", events, "figures", figures, "statements", statements, "citation", Citations.text(s, text),
                "citationFiles", List.of(map("href", "data/sources.bib", "label", text.get("citation.file.bibtex")),
                        map("href", "data/sources.json", "label", text.get("citation.file.csl")))));
    }

    /**
     * On a source's page an event shows that source's own title, date and note, the others that report it, and their
     * wordings where they differ from this source's.
     */
    private static Map<String, Object> ownVersion(Map<String, Object> event, String sourceId) {
        Map<String, Object> e = new LinkedHashMap<>(event);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> versions = (List<Map<String, Object>>) event.get("versions");
        for (Map<String, Object> ver : versions) {
            @SuppressWarnings("unchecked")
            Map<String, Object> src = (Map<String, Object>) ver.get("source");
            if (src.get("id").equals(sourceId)) {
                e.put("title", ver.get("title"));
                e.put("date", ver.get("date"));
                if (ver.containsKey("note")) e.put("note", ver.get("note"));
            }
        }
        List<Object> variants = new java.util.ArrayList<>();
        for (Map<String, Object> ver : versions) {
            if (!((Map<?, ?>) ver.get("source")).get("id").equals(sourceId) && !ver.get("title").equals(e.get("title"))) {
                variants.add(Map.of("title", ver.get("title"), "source", ver.get("source")));
            }
        }
        e.put("variants", variants);
        e.put("alsoReportedBy", ((List<?>) event.get("sources")).stream()
                .filter(src -> !((Map<?, ?>) src).get("id").equals(sourceId)).toList());
        return e;
    }


    /** The source's language when it is not the portal's: its title (and its quotes) are marked with it. */
    private java.util.Optional<String> otherLanguage(String language) {
        return language.isEmpty() || language.equalsIgnoreCase(corpus.portal().language().value()) ? java.util.Optional.empty()
                : java.util.Optional.of(language);
    }
}
