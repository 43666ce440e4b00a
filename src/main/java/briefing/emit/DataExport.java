package briefing.emit;

import briefing.link.Discrepancy;
import briefing.link.LinkedCorpus;
import briefing.link.LinkedEvent;
import briefing.model.Actor;
import briefing.model.Corpus;
import briefing.model.EdtfDate;
import briefing.model.Figure;
import briefing.model.Measure;
import briefing.model.Place;
import briefing.model.Ref;
import briefing.model.Source;
import briefing.model.Statement;
import briefing.model.Urls;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static briefing.emit.Views.map;

/**
 * The whole linked corpus for analysts: {@code data/portal.json} (documented in docs/data.md) and one CSV per kind
 * — events, figures, actors, places, statements, documents — each row carrying its source ids; and the sources as
 * BibTeX and CSL-JSON ({@link Citations}). Sorted and stable, like the pages.
 */
public final class DataExport {
    /**
     * The files written, relative to the site root, each with the interface text key of what it holds (the data page
     * lists them in the portal's language: {@code data.file.<name>}).
     */
    public static final Map<String, String> FILES = Map.of(
            "data/portal.json", "data.file.portal.json",
            "data/events.csv", "data.file.events.csv",
            "data/figures.csv", "data.file.figures.csv",
            "data/actors.csv", "data.file.actors.csv",
            "data/places.csv", "data.file.places.csv",
            "data/statements.csv", "data.file.statements.csv",
            "data/documents.csv", "data.file.documents.csv",
            "data/sources.bib", "data.file.sources.bib",
            "data/sources.json", "data.file.sources.json");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DataExport() {
    }

    public static void write(LinkedCorpus linked, Path siteRoot) {
        Corpus c = linked.corpus();
        TimelineLayout pages = new TimelineLayout(linked.timeline(), Paging.limits()); // the page each event is on
        Path dir = siteRoot.resolve("data");
        // the files are independent of each other: each is written on its own, on every core
        List<DataFile> files = List.of(
                () -> JSON.writeValue(dir.resolve("portal.json").toFile(), json(linked)),
                () -> csv(dir.resolve("events.csv"), List.of("id", "date", "title", "actors", "places", "tags", "sources", "dates_disagree", "page"),
                        linked.timeline().stream().map(e -> List.of(e.id(), e.date().edtf(), e.title(), join(e.actors()), join(e.places()),
                                join(e.tags()), join(e.sources()), Boolean.toString(e.datesDisagree()), pages.event(e))).toList()),
                () -> csv(dir.resolve("figures.csv"), List.of("measure", "subject", "value", "qualifier", "as_of", "source", "note", "disputed"),
                        linked.figures().values().stream().flatMap(List::stream).map(d -> {
                            Figure f = d.figure();
                            return List.of(f.measure().id(), f.subject().id(), f.value().toPlainString(), f.qualifier().value(),
                                    d.asOf().edtf(), f.sourceId(), f.note().orElse(""), Boolean.toString(d.disputed()));
                        }).toList()),
                () -> csv(dir.resolve("actors.csv"), List.of("id", "name", "kind", "aliases", "description", "country", "page"),
                        c.actors().values().stream().map(a -> List.of(a.id(), a.name(), a.kind().value(), String.join("; ", a.aliases()),
                                a.description(), a.country().map(Ref::id).orElse(""), Urls.actor(a.id()))).toList()),
                () -> csv(dir.resolve("places.csv"), List.of("id", "name", "kind", "within", "lat", "lon", "aliases", "page"),
                        c.places().values().stream().map(p -> List.of(p.id(), p.name(), p.kind().value(), p.within().map(Ref::id).orElse(""),
                                p.coordinates().map(x -> Double.toString(x.lat())).orElse(""), p.coordinates().map(x -> Double.toString(x.lon())).orElse(""), String.join("; ", p.aliases()), Urls.place(p.id()))).toList()),
                () -> csv(dir.resolve("statements.csv"), List.of("actor", "date", "quote", "about", "source", "note"),
                        c.sources().values().stream().flatMap(s -> s.statements().stream()).map(st -> List.of(st.actor().id(),
                                EdtfDate.parse(st.date().value()).edtf(), st.quote().value(), join(st.about().stream().map(Ref::id).toList()),
                                st.sourceId(), st.note().orElse(""))).toList()),
                () -> documents(linked, dir),
                () -> Files.writeString(dir.resolve("sources.bib"), Citations.bibtex(c.sources().values()), StandardCharsets.UTF_8),
                () -> Files.writeString(dir.resolve("sources.json"), Citations.cslJson(c.sources().values()), StandardCharsets.UTF_8));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.parallelStream().forEach(DataFile::writeUnchecked);
    }

    /** One file of the export. */
    private interface DataFile {
        void write() throws IOException;

        default void writeUnchecked() {
            try {
                write();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** documents.csv: one row per document, with the events tied to it and the sources that cite it. */
    private static void documents(LinkedCorpus linked, Path dir) throws IOException {
        csv(dir.resolve("documents.csv"), List.of("id", "title", "kind", "symbol", "date", "issuer", "aliases", "url", "description",
                        "events", "sources", "page"),
                linked.corpus().documents().values().stream().map(d -> List.of(d.id(), d.title(), d.kind().value(), d.symbol().orElse(""),
                        d.date().map(t -> EdtfDate.parse(t.value()).edtf()).orElse(""), d.issuer().map(Ref::id).orElse(""),
                        String.join("; ", d.aliases()), d.url().orElse(""), d.description().orElse(""),
                        join(linked.documents().get(d.id()).events()), join(linked.documents().get(d.id()).sources()),
                        Urls.document(d.id()))).toList());
    }

    private static List<Object> documentsJson(LinkedCorpus linked) {
        return linked.corpus().documents().values().stream().map(d -> (Object) map("id", d.id(), "title", d.title(),
                "kind", d.kind().value(), "symbol", d.symbol(), "date", d.date().map(t -> EdtfDate.parse(t.value()).edtf()),
                "issuer", d.issuer().map(Ref::id), "aliases", d.aliases(), "url", d.url(), "description", d.description(),
                "events", linked.documents().get(d.id()).events(), "sources", linked.documents().get(d.id()).sources(),
                "page", Urls.document(d.id()))).toList();
    }

    private static String join(List<String> ids) {
        return String.join(" ", ids);
    }

    private static Map<String, Object> json(LinkedCorpus linked) {
        TimelineLayout pages = new TimelineLayout(linked.timeline(), Paging.limits());
        Corpus c = linked.corpus();
        List<Object> sources = new ArrayList<>();
        for (Source s : c.sources().values()) {
            sources.add(map("id", s.id(), "title", s.title(), "publisher", s.publisher(), "authors", s.authors(),
                    "published", EdtfDate.parse(s.published().value()).edtf(), "url", s.url(), "license", s.license(),
                    "kind", s.kind().value(), "language", s.language(), "scope_note", s.scopeNote(),
                    "provenance_note", s.provenanceNote(), "page", Urls.source(s.id())));
        }
        List<Object> actors = new ArrayList<>();
        for (Actor a : c.actors().values()) {
            actors.add(map("id", a.id(), "name", a.name(), "kind", a.kind().value(), "aliases", a.aliases(),
                    "description", a.description(), "country", a.country().map(Ref::id), "page", Urls.actor(a.id())));
        }
        List<Object> places = new ArrayList<>();
        for (Place p : c.places().values()) {
            places.add(map("id", p.id(), "name", p.name(), "kind", p.kind().value(), "within", p.within().map(Ref::id),
                    "lat", p.coordinates().map(x -> x.lat()), "lon", p.coordinates().map(x -> x.lon()), "aliases", p.aliases(), "page", Urls.place(p.id())));
        }
        List<Object> measures = new ArrayList<>();
        for (Measure m : c.measures().values()) {
            measures.add(map("id", m.id(), "label", m.label(), "unit", m.unit(), "description", m.description()));
        }
        List<Object> events = new ArrayList<>();
        for (LinkedEvent e : linked.timeline()) {
            events.add(map("id", e.id(), "date", e.date().edtf(), "date_text", e.date().text(), "title", e.title(),
                    "actors", e.actors(), "places", e.places(), "documents", e.documents(), "tags", e.tags(), "sources", e.sources(),
                    "dates_disagree", e.datesDisagree(), "page", pages.event(e),
                    "reports", e.reports().stream().map(r -> (Object) map("source", r.sourceId(), "date", r.date().edtf(),
                            "title", r.title(), "note", r.note())).toList()));
        }
        List<Object> figures = linked.figures().values().stream().flatMap(List::stream).map(d -> {
            Figure f = d.figure();
            return (Object) map("measure", f.measure().id(), "subject", f.subject().id(), "value", f.value(),
                    "qualifier", f.qualifier().value(), "as_of", d.asOf().edtf(), "source", f.sourceId(), "note", f.note(),
                    "disputed", d.disputed());
        }).toList();
        List<Object> statements = new ArrayList<>();
        for (Source s : c.sources().values()) {
            for (Statement st : s.statements()) {
                statements.add(map("actor", st.actor().id(), "date", EdtfDate.parse(st.date().value()).edtf(),
                        "quote", st.quote().value(), "about", st.about().stream().map(Ref::id).toList(), "source", s.id(),
                        "note", st.note()));
            }
        }
        List<Object> discrepancies = linked.discrepancies().stream().map(d -> (Object) map("kind",
                d.kind() == Discrepancy.Kind.FIGURE ? "figure" : "event-date", "id", d.id(), "title", d.title(),
                "measure", d.measure(), "subject", d.subject(), "event", d.eventId(), "when", d.when().edtf(),
                "versions", d.versions().stream().map(v -> (Object) map("source", v.sourceId(), "value", v.value(),
                        "date", v.date().edtf(), "qualifier", v.qualifier(), "note", v.note())).toList())).toList();
        return map("format", "briefing-portal/1", "portal", map("title", c.portal().title(), "tagline", c.portal().tagline(),
                        "topic", c.portal().topic().map(Ref::id), "language", c.portal().language().value()),
                "sources", sources, "actors", actors, "places", places, "measures", measures, "events", events,
                "figures", figures, "statements", statements, "discrepancies", discrepancies, "documents", documentsJson(linked));
    }

    /** One CSV download ({@link Csv}: formulas neutralised). */
    private static void csv(Path file, List<String> header, List<List<String>> rows) throws IOException {
        Files.writeString(file, Csv.of(header, rows), StandardCharsets.UTF_8);
    }
}
