package briefing.emit;

import briefing.link.DatedFigure;
import briefing.link.Discrepancy;
import briefing.link.LinkedCorpus;
import briefing.link.LinkedEvent;
import briefing.model.Actor;
import briefing.model.Corpus;
import briefing.model.EdtfDate;
import briefing.model.Figure;
import briefing.model.Measure;
import briefing.model.Place;
import briefing.model.Source;
import briefing.model.Statement;
import briefing.model.Urls;
import briefing.model.Vocabulary;
import com.ibm.icu.text.PluralRules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The small view models every page is made of: a date at its own precision, a link to an actor, place or source,
 * an event, a figure, a statement. Links are relative to the site root; templates prefix the page's root path.
 * <p>
 * The views of dates, actors, places, sources, documents, events and figures are made once per build and shared by
 * every page that shows them (an event is listed on its year's page, its actors', its places', its sources'...): they
 * are immutable, compacted as the bake reads them ({@link CompactModel}); a planner that adds to one copies it
 * ({@link #with}).
 */
final class Views {
    private final LinkedCorpus linked;
    private final Corpus corpus;
    private final briefing.i18n.Messages text;
    /** Which page holds each event (a large year's events are on pages per month): see {@link TimelineLayout}. */
    private final TimelineLayout timeline;
    private final Map<EdtfDate, Map<String, Object>> dates = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> actors = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> places = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> sources = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> documents = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> events = new ConcurrentHashMap<>();
    private final Map<DatedFigure, Map<String, Object>> figures = new ConcurrentHashMap<>();
    /** Each event's place in the timeline (by date, then id). */
    private final Map<String, Integer> order = new java.util.HashMap<>();
    private List<Source> byPublication;

    Views(LinkedCorpus linked, briefing.i18n.Messages text) {
        this.linked = linked;
        this.corpus = linked.corpus();
        this.text = text;
        this.timeline = new TimelineLayout(linked.timeline(), Paging.limits());
        for (LinkedEvent e : linked.timeline()) order.put(e.id(), order.size());
    }

    /** Events in the timeline's order (by date, then id): a sort by their place in it, not by comparing dates again. */
    java.util.Comparator<LinkedEvent> timelineOrder() {
        return java.util.Comparator.comparingInt(e -> order.get(e.id()));
    }

    /** The sources by date of publication, then id (sorted once, each date read once). */
    synchronized List<Source> sourcesByPublication() {
        if (byPublication == null) {
            Map<String, String> keys = new java.util.HashMap<>();
            corpus.sources().values().forEach(s -> keys.put(s.id(), EdtfDate.parse(s.published().value()).sortKey()));
            byPublication = corpus.sources().values().stream()
                    .sorted(java.util.Comparator.comparing((Source s) -> keys.get(s.id())).thenComparing(Source::id)).toList();
        }
        return byPublication;
    }

    /** Where the timeline's events and months live. */
    TimelineLayout timeline() {
        return timeline;
    }

    /**
     * The view of {@code key} from {@code cache}, made (and compacted) the first time it is asked for. Two threads may
     * both make a view the first time; they make equal ones and the first kept is the one every page shares.
     */
    private static <K> Map<String, Object> shared(Map<K, Map<String, Object>> cache, K key, Function<K, Map<String, Object>> make) {
        Map<String, Object> view = cache.get(key);
        if (view == null) {
            view = CompactModel.of(make.apply(key));
            Map<String, Object> first = cache.putIfAbsent(key, view);
            if (first != null) view = first;
        }
        return view;
    }

    /** A shared view with more entries, as a new map a planner may go on changing. */
    static Map<String, Object> with(Map<String, Object> view, Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>(view);
        m.putAll(map(kv));
        return m;
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            Object v = kv[i + 1];
            if (v instanceof Optional<?> o) v = o.orElse(null);
            if (v != null) m.put((String) kv[i], v);
        }
        return m;
    }

    /** {text, iso} for a single date; {text, interval, start?, end?} for an interval; each end {text, iso}. */
    Map<String, Object> date(EdtfDate d) {
        return shared(dates, d, this::newDate);
    }

    private Map<String, Object> newDate(EdtfDate d) {
        if (!d.interval()) return point(d.anchor());
        return map("text", text.date(d), "interval", true, "edtf", d.edtf(),
                "start", d.start().map(this::point), "end", d.end().map(this::point));
    }

    private Map<String, Object> point(EdtfDate.Point p) {
        return map("text", text.point(p), "iso", p.iso());
    }

    Map<String, Object> actor(String id) {
        return shared(actors, id, this::newActor);
    }

    private Map<String, Object> newActor(String id) {
        Actor a = corpus.actors().get(id);
        return map("href", Urls.actor(id), "name", a.name(), "kind", "actor", "type", a.kind().value(),
                "kindLabel", actorKind(a.kind().value()), "description", a.description());
    }

    Map<String, Object> place(String id) {
        return shared(places, id, this::newPlace);
    }

    private Map<String, Object> newPlace(String id) {
        Place p = corpus.places().get(id);
        return map("href", Urls.place(id), "name", p.name(), "kind", "place", "type", p.kind().value(),
                "kindLabel", placeKind(p.kind().value()), "description", placeLine(p));
    }

    /** "Town in Chaco region, Paraguay": a place's one-line description for previews (its kind, then what it lies within). */
    String placeLine(Place p) {
        List<String> within = new ArrayList<>();
        Optional<String> up = p.within().map(r -> r.id());
        while (up.isPresent() && corpus.places().containsKey(up.get()) && within.size() < 10) {
            Place parent = corpus.places().get(up.get());
            within.add(parent.name());
            up = parent.within().map(r -> r.id());
        }
        String kind = placeKind(p.kind().value());
        return within.isEmpty() ? kind : text.get("place.line", "kind", kind, "places", String.join(", ", within));
    }

    /** A document: its title, and a line saying what it is ("Resolution · S/RES/9001 (2020) · 5 March 2020"). */
    Map<String, Object> document(String id) {
        return shared(documents, id, this::newDocument);
    }

    private Map<String, Object> newDocument(String id) {
        briefing.model.Document d = corpus.documents().get(id);
        List<String> line = new ArrayList<>();
        line.add(documentKind(d.kind().value()));
        d.symbol().ifPresent(line::add);
        d.date().ifPresent(t -> line.add(text.date(EdtfDate.parse(t.value()))));
        return map("href", Urls.document(id), "name", d.title(), "kind", "document", "type", d.kind().value(),
                "kindLabel", documentKind(d.kind().value()), "symbol", d.symbol(), "description", String.join(" · ", line));
    }

    /** A document kind's label: the portal's own, else the language's default, else the id made readable. */
    String documentKind(String id) {
        return kind(corpus.portal().vocabulary().documentKind(id), "vocabulary.document_kind.", id);
    }

    /** An actor or a place, whichever the id names (statements are "about" either). */
    Map<String, Object> entity(String id) {
        return corpus.actors().containsKey(id) ? actor(id) : place(id);
    }

    Map<String, Object> source(String id) {
        return shared(sources, id, this::newSource);
    }

    private Map<String, Object> newSource(String id) {
        Source s = corpus.sources().get(id);
        return map("href", Urls.source(id), "title", s.title(), "publisher", s.publisher(), "id", id,
                "date", date(EdtfDate.parse(s.published().value())));
    }

    Map<String, Object> measure(String id) {
        Measure m = corpus.measures().get(id);
        return map("href", Urls.measure(id), "name", m.label(), "unit", m.unit(), "description", m.description());
    }

    Map<String, Object> event(LinkedEvent e) {
        return shared(events, e.id(), id -> newEvent(e));
    }

    private Map<String, Object> newEvent(LinkedEvent e) {
        List<Object> versions = new ArrayList<>(), variants = new ArrayList<>();
        for (LinkedEvent.Report r : e.reports()) {
            versions.add(map("source", source(r.sourceId()), "date", date(r.date()), "title", r.title(), "note", r.note()));
            // the other sources' wordings of the event, shown beside the one title it keeps
            if (!r.title().equals(e.title())) variants.add(map("title", r.title(), "source", source(r.sourceId())));
        }
        return map("id", e.id(), "anchor", "event-" + e.id(), "href", timeline.event(e),
                "date", date(e.date()), "title", e.title(),
                "actors", e.actors().stream().map(this::actor).toList(),
                "places", e.places().stream().map(this::place).toList(),
                "documents", e.documents().stream().map(this::document).toList(),
                "tags", e.tags().stream().map(this::tag).toList(), "planned", e.planned(),
                "sources", e.sources().stream().map(this::source).toList(),
                "disputed", e.datesDisagree(), "versions", versions, "titleIn", untranslatedTitle(e), "variants", variants);
    }

    Map<String, Object> event(String id) {
        return event(linked.events().get(id));
    }

    Map<String, Object> figure(DatedFigure d) {
        return shared(figures, d, this::newFigure);
    }

    private Map<String, Object> newFigure(DatedFigure d) {
        Figure f = d.figure();
        Measure m = corpus.measures().get(f.measure().id());
        return map("anchor", "figure-" + briefing.validate.Ids.slug(f.sourceId() + "-" + f.measure().id() + "-" + f.subject().id()
                        + "-" + d.asOf().edtf()), "measure", measure(f.measure().id()), "subject", actor(f.subject().id()),
                "value", text.number(f.value()), "unit", unit(m, f.value()), "qualifier", qualifier(f.qualifier().value(), m.unitGender().orElse("other")),
                "asOf", date(d.asOf()), "source", source(f.sourceId()), "note", f.note(), "disputed", d.disputed());
    }

    /**
     * Where a text is shown untranslated (the reader's language has none: it falls back to the default's), the language
     * it is in, for its {@code lang} attribute, and that language's name in the reader's, for the mark beside it.
     */
    Optional<Map<String, Object>> untranslated(briefing.model.Localized<?> value) {
        String l = value.language();
        return l == null || l.equals(corpus.portal().language().value()) ? Optional.empty()
                : Optional.of(map("lang", l, "name", text.languageName(l)));
    }

    /** An event's title shown untranslated: the title of the report it comes from, when that is not in the reader's language. */
    private Optional<Map<String, Object>> untranslatedTitle(LinkedEvent e) {
        for (String s : e.sources()) {
            for (briefing.model.Event ev : corpus.sources().get(s).events()) {
                if (ev.id().value().equals(e.id()) && ev.title().equals(e.title())) return untranslated(ev.titles());
            }
        }
        return Optional.empty();
    }

    /** A quote's language, its source's, when it is not the portal's (the quote is then marked with it). */
    private Optional<String> quoteLanguage(String sourceId) {
        String l = corpus.sources().get(sourceId).language();
        return l.isEmpty() || l.equalsIgnoreCase(corpus.portal().language().value()) ? Optional.empty() : Optional.of(l);
    }

    Map<String, Object> statement(Statement s) {
        java.util.zip.CRC32 quote = new java.util.zip.CRC32();
        quote.update(s.quote().value().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        // stable as long as the statement is: its source, who spoke, and (hashed) what was said
        return map("anchor", "statement-" + s.sourceId() + "-" + s.actor().id() + "-" + Long.toHexString(quote.getValue()),
                "actor", actor(s.actor().id()), "date", date(EdtfDate.parse(s.date().value())),
                "quote", s.quote().value(), "about", s.about().stream().map(r -> entity(r.id())).toList(),
                "source", source(s.sourceId()), "note", s.note(), "lang", quoteLanguage(s.sourceId()));
    }

    /** One disagreement: each source's version, side by side. */
    Map<String, Object> discrepancy(Discrepancy d) {
        boolean figure = d.kind() == Discrepancy.Kind.FIGURE;
        // a figure's value as the language writes numbers; a date's version is shown from its date
        Function<Discrepancy.Version, Object> version = ver -> map("source", source(ver.sourceId()),
                "value", figure ? text.number(new BigDecimal(ver.value())) : ver.value(),
                "date", date(ver.date()), "qualifier", ver.qualifier().map(this::qualifier), "note", ver.note());
        return map("id", d.id(), "kind", d.kind() == Discrepancy.Kind.FIGURE ? "figure" : "date", "title", d.title(),
                "when", date(d.when()),
                "measure", d.measure().map(this::measure), "subject", d.subject().map(this::actor),
                "event", d.eventId().map(this::event), "versions", d.versions().stream().map(version).toList());
    }


    /**
     * The unit as the number needs it: the measure's {@code unit_one} where the language uses its singular ("1 person",
     * "0 personne"), else its {@code unit}; an English portal without {@code unit_one} singularises the unit itself
     * ("1 soldier"), which no other language is guessed for.
     */
    String unit(Measure m, BigDecimal value) {
        boolean one = PluralRules.forLocale(text.locale()).select(value.doubleValue()).equals(PluralRules.KEYWORD_ONE);
        if (!one) return m.unit();
        if (m.unitOne().isPresent()) return m.unitOne().get();
        return english() ? singular(m.unit(), value) : m.unit();
    }

    private boolean english() {
        return text.locale().getLanguage().equals("en");
    }

    /** The English unit as the number needs it: "1 person", "1 soldier", "2 people". */
    static String singular(String plural, BigDecimal value) {
        if (value.compareTo(BigDecimal.ONE) != 0) return plural;
        if (plural.equals("people")) return "person";
        if (plural.endsWith("ies")) return plural.substring(0, plural.length() - 3) + "y";
        if (plural.endsWith("s") && !plural.endsWith("ss")) return plural.substring(0, plural.length() - 1);
        return plural;
    }

    /** "at least" for at-least, in the portal's language; "" for exactly, which needs no word. */
    String qualifier(String q) {
        return qualifier(q, "other");
    }

    /** The same agreeing with the unit's grammatical gender ("unas" personas, "unos" países). */
    String qualifier(String q, String gender) {
        return text.find("figure.qualifier." + q, "gender", gender).orElse("");
    }

    /** An actor kind's label: the portal's own, else the language's default, else the id made readable. */
    String actorKind(String id) {
        return kind(corpus.portal().vocabulary().actorKind(id), "vocabulary.actor_kind.", id);
    }

    /** A place kind's label: the portal's own, else the language's default, else the id made readable. */
    String placeKind(String id) {
        return kind(corpus.portal().vocabulary().placeKind(id), "vocabulary.place_kind.", id);
    }

    /** An event tag as readers see it: the portal's label for it, else its id made readable ("dejacion-de-armas": "Dejacion de armas"). */
    String tag(String id) {
        return corpus.portal().vocabulary().tagLabel(id).or(() -> text.find("vocabulary.timeline_mark." + id)).orElseGet(() -> humanise(id));
    }

    /** A source kind's label ("News"). */
    String sourceKind(String id) {
        return text.find("vocabulary.source_kind." + id).orElseGet(() -> humanise(id));
    }

    private String kind(Optional<Vocabulary.Term> term, String prefix, String id) {
        return term.flatMap(Vocabulary.Term::label).or(() -> text.find(prefix + id)).orElseGet(() -> humanise(id));
    }

    /** "armed-group" becomes "Armed group"; "un-body" becomes "UN body": an id made readable, for slugs and kinds without a label. */
    static String humanise(String id) {
        String s = id.replace('-', ' ');
        s = s.startsWith("un ") ? "UN " + s.substring(3) : s;
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
