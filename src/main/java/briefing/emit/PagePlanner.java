package briefing.emit;

import briefing.link.DatedFigure;
import briefing.link.Discrepancy;
import briefing.link.EntityLinks;
import briefing.link.LinkedCorpus;
import briefing.link.LinkedEvent;
import briefing.link.Mention;
import briefing.model.Actor;
import briefing.model.Corpus;
import briefing.model.EdtfDate;
import briefing.model.Measure;
import briefing.model.Place;
import briefing.model.Portal;
import briefing.model.Source;
import briefing.model.Urls;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import static briefing.emit.Views.date;
import static briefing.emit.Views.label;
import static briefing.emit.Views.map;

/**
 * Stage 4, emit (first half): decides the portal's pages and builds each one's finished view model from the linked
 * corpus. Everything a template shows is computed here, once; templates only lay it out.
 */
public final class PagePlanner {
    private static final int LATEST_EVENTS = 8;

    private final LinkedCorpus linked;
    private final Corpus corpus;
    private final Views v;

    private PagePlanner(LinkedCorpus linked) {
        this.linked = linked;
        this.corpus = linked.corpus();
        this.v = new Views(linked);
    }

    public static List<Page> plan(LinkedCorpus linked) {
        return new PagePlanner(linked).pages();
    }

    /** What every page shows around its content: the portal's name and sections. */
    public static Map<String, Object> site(Corpus corpus) {
        Portal p = corpus.portal();
        List<Object> nav = List.of(
                map("href", Urls.TIMELINE, "label", "Timeline", "section", "timeline"),
                map("href", Urls.ACTORS, "label", "Actors", "section", "actors"),
                map("href", Urls.PLACES, "label", "Places", "section", "places"),
                map("href", Urls.FIGURES, "label", "Figures", "section", "figures"),
                map("href", Urls.SOURCES, "label", "Sources", "section", "sources"),
                map("href", Urls.DISCREPANCIES, "label", "Discrepancies", "section", "discrepancies"));
        List<Object> footer = new ArrayList<>(corpus.pages().keySet().stream().filter(s -> !s.equals(Urls.OVERVIEW))
                .map(s -> (Object) map("href", Urls.page(s), "label", title(corpus, s))).toList());
        footer.add(map("href", Urls.DATA, "label", "Data downloads"));
        footer.add(map("href", "feed.xml", "label", "Atom feed"));
        return map("title", p.title(), "tagline", p.tagline(), "language", p.language(), "basePath", p.basePath(),
                "url", p.url(), "address", p.siteAddress(), "nav", nav, "footer", footer);
    }

    private List<Page> pages() {
        return rawPages().stream().map(this::withSearch).toList();
    }

    /**
     * Adds what the search index needs to a page's model: its type and the Pagefind filters (actor, place, year,
     * source) it should be found under, and the words to weight up (names and aliases).
     */
    private Page withSearch(Page page) {
        SearchFacets f = new SearchFacets(page.type());
        String url = page.url();
        if (page.type().equals("source")) {
            Source s = corpus.sources().get(url.substring("sources/".length(), url.length() - 5));
            f.add("source", s.title());
            f.date(EdtfDate.parse(s.published().value()).text());
            s.events().forEach(e -> {
                LinkedEvent le = linked.events().get(e.id().value());
                f.add("year", Integer.toString(le.date().year()));
                le.actors().forEach(a -> f.add("actor", corpus.actors().get(a).name()));
                le.places().forEach(p -> f.add("place", corpus.places().get(p).name()));
            });
        } else if (page.type().equals("actor")) {
            String id = url.substring("actors/".length(), url.length() - 5);
            f.add("actor", corpus.actors().get(id).name());
            linked.actors().get(id).events().forEach(e -> eventFacets(f, e, false, true));
        } else if (page.type().equals("place")) {
            String id = url.substring("places/".length(), url.length() - 5);
            f.add("place", corpus.places().get(id).name());
            linked.places().get(id).events().forEach(e -> eventFacets(f, e, true, false));
        } else if (page.type().equals("year")) {
            f.add("year", page.title());
            f.date(page.title());
            linked.timeline().stream().filter(e -> Integer.toString(e.date().year()).equals(page.title()))
                    .forEach(e -> eventFacets(f, e.id(), true, true));
        } else if (page.type().equals("measure")) {
            String id = url.substring("figures/".length(), url.length() - 5);
            linked.figures().get(id).forEach(d -> {
                f.add("actor", corpus.actors().get(d.figure().subject().id()).name());
                f.add("source", corpus.sources().get(d.figure().sourceId()).title());
                f.add("year", Integer.toString(d.asOf().year()));
            });
        }
        Map<String, Object> model = new LinkedHashMap<>(page.model());
        model.put("search", f.model());
        return new Page(page.url(), page.type(), page.title(), model);
    }

    private void eventFacets(SearchFacets f, String eventId, boolean actors, boolean places) {
        LinkedEvent e = linked.events().get(eventId);
        f.add("year", Integer.toString(e.date().year()));
        if (actors) e.actors().forEach(a -> f.add("actor", corpus.actors().get(a).name()));
        if (places) e.places().forEach(p -> f.add("place", corpus.places().get(p).name()));
        e.sources().forEach(s -> f.add("source", corpus.sources().get(s).title()));
    }

    private List<Page> rawPages() {
        List<Page> pages = new ArrayList<>();
        pages.add(home());
        pages.add(sourcesIndex());
        corpus.sources().values().forEach(s -> pages.add(source(s)));
        pages.add(actorsIndex());
        corpus.actors().values().forEach(a -> pages.add(actor(a)));
        pages.add(placesIndex());
        corpus.places().values().forEach(p -> pages.add(place(p)));
        pages.add(timeline());
        years().forEach((year, events) -> pages.add(year(year, events)));
        pages.add(figuresIndex());
        linked.figures().forEach((measure, figures) -> pages.add(measure(corpus.measures().get(measure), figures)));
        pages.add(discrepancies());
        pages.add(new Page(Urls.SEARCH, "search", "Search", map()));
        pages.add(new Page(Urls.DATA, "data", "Data downloads", map("files", new java.util.TreeMap<>(DataExport.FILES).entrySet()
                .stream().map(e -> (Object) map("href", e.getKey(), "name", e.getKey().substring(5), "description", e.getValue())).toList())));
        pages.add(new Page("404.html", "notfound", "Page not found", map("root", corpus.portal().basePath())));
        pages.add(feed());
        List<String> urls = pages.stream().map(Page::url).filter(u -> u.endsWith(".html") && !u.equals("404.html")
                && !u.equals(Urls.SEARCH)).sorted().toList();
        pages.add(new Page("sitemap.xml", "sitemap", "Sitemap", map("urls", urls, "address", address())));
        pages.add(new Page("robots.txt", "robots", "robots.txt", map("address", address())));
        linked.pages().forEach((slug, rendered) -> {
            if (!slug.equals(Urls.OVERVIEW)) {
                pages.add(new Page(Urls.page(slug), "page", title(corpus, slug), map("html", rendered.html())));
            }
        });
        return pages;
    }

    /** An editorial page's title: its first heading would be in the Markdown; the slug, capitalised, otherwise. */
    private static String title(Corpus corpus, String slug) {
        return label(slug);
    }

    /** Where the site is published: its full address when known, else its base path. */
    private String address() {
        return corpus.portal().siteAddress().orElse(corpus.portal().basePath());
    }

    /** An Atom feed of sources and events, newest first. */
    private Page feed() {
        record Entry(EdtfDate date, String id, Map<String, Object> model) {
        }
        List<Entry> entries = new ArrayList<>();
        for (Source s : corpus.sources().values()) {
            EdtfDate d = EdtfDate.parse(s.published().value());
            entries.add(new Entry(d, "source-" + s.id(), map("kind", "Source", "title", s.title() + " (" + s.publisher() + ")",
                    "href", Urls.source(s.id()), "id", "source:" + s.id(), "updated", atomTime(d),
                    "summary", "Source: " + s.publisher() + ", " + d.text() + ".")));
        }
        for (LinkedEvent e : linked.events().values()) {
            entries.add(new Entry(e.date(), "event-" + e.id(), map("kind", "Event", "title", e.title(),
                    "href", Urls.event(e.id(), e.date().year()), "id", "event:" + e.id(), "updated", atomTime(e.date()),
                    "summary", e.date().text() + ". Reported by " + e.sources().stream()
                            .map(s -> corpus.sources().get(s).publisher()).distinct().collect(Collectors.joining(", ")) + ".")));
        }
        entries.sort(Comparator.comparing((Entry x) -> x.date().latest()).reversed().thenComparing(Entry::id));
        String updated = entries.isEmpty() ? "2000-01-01T00:00:00Z" : entries.get(0).model().get("updated").toString();
        // stable entry ids that do not depend on where the site is published
        String tag = "tag:briefing.invalid,2013:" + briefing.model.Names.key(corpus.portal().title()).replaceAll("[^a-z0-9]+", "-") + "/";
        return new Page("feed.xml", "feed", corpus.portal().title(), map("entries", entries.stream().map(x -> (Object) x.model()).toList(),
                "updated", updated, "address", address(), "tag", tag, "subtitle", corpus.portal().tagline()));
    }

    /** An RFC 3339 time for a date at any precision: its last possible day (open ends: its start), at midnight UTC. */
    private static String atomTime(EdtfDate d) {
        java.time.LocalDate day = d.latest().equals(java.time.LocalDate.MAX) ? d.earliest() : d.latest();
        return day + "T00:00:00Z";
    }

    // --- home and sources --------------------------------------------------------------------------------------

    private Page home() {
        Portal p = corpus.portal();
        String topic = p.topic().id();
        List<Object> keyFigures = keyFigures(topic).stream().map(f -> (Object) v.figure(f)).toList();
        List<LinkedEvent> timeline = linked.timeline();
        List<Object> latestEvents = new ArrayList<>();
        for (int i = timeline.size() - 1; i >= Math.max(0, timeline.size() - LATEST_EVENTS); i--) latestEvents.add(v.event(timeline.get(i)));
        Map<String, Object> span = timeline.isEmpty() ? map() : map("from", date(timeline.get(0).date()),
                "to", date(timeline.get(timeline.size() - 1).date()));
        return new Page(Urls.HOME, "home", p.title(), map(
                "tagline", p.tagline(),
                "topic", corpus.actors().containsKey(topic) ? v.actor(topic) : null,
                "overview", Optional.ofNullable(linked.pages().get(Urls.OVERVIEW)).map(r -> r.html()),
                "keyFigures", keyFigures,
                "latestEvents", latestEvents,
                "span", span,
                "sources", sourcesList(),
                "counts", counts(),
                "map", new briefing.emit.svg.Charts(linked).placesMap(Urls.root(Urls.HOME))));
    }

    /**
     * The key numbers of the brief: for each key measure (portal.yaml's key_measures, or every measure with a figure
     * about the topic), the latest figure about the topic, else the latest figure of any subject.
     */
    private List<DatedFigure> keyFigures(String topic) {
        List<String> measures = corpus.portal().keyMeasures().isEmpty()
                ? linked.figures().entrySet().stream().filter(e -> e.getValue().stream()
                        .anyMatch(f -> f.figure().subject().id().equals(topic))).map(Map.Entry::getKey).toList()
                : corpus.portal().keyMeasures().stream().map(r -> r.id()).toList();
        List<DatedFigure> out = new ArrayList<>();
        for (String m : measures) {
            List<DatedFigure> fs = linked.figures().getOrDefault(m, List.of());
            fs.stream().filter(f -> f.figure().subject().id().equals(topic)).reduce((a, b) -> b)
                    .or(() -> fs.stream().reduce((a, b) -> b)).ifPresent(out::add);
        }
        return out;
    }

    private Map<String, Object> counts() {
        return map("sources", corpus.sources().size(), "actors", corpus.actors().size(), "places", corpus.places().size(),
                "events", linked.events().size(), "figures", linked.figures().values().stream().mapToInt(List::size).sum(),
                "discrepancies", linked.discrepancies().size());
    }

    private List<Object> sourcesList() {
        return corpus.sources().values().stream()
                .sorted(Comparator.comparing((Source s) -> EdtfDate.parse(s.published().value())).thenComparing(Source::id))
                .map(s -> {
                    Map<String, Object> m = v.source(s.id());
                    m.put("kind", s.kind().value());
                    m.put("events", s.events().size());
                    m.put("figures", s.figures().size());
                    m.put("statements", s.statements().size());
                    return (Object) m;
                }).toList();
    }

    private Page sourcesIndex() {
        return new Page(Urls.SOURCES, "sources", "Sources", map("sources", sourcesList()));
    }

    private Page source(Source s) {
        List<Object> facts = new ArrayList<>();
        List<Object> rows = new ArrayList<>();
        rows.add(map("label", "Publisher", "value", s.publisher()));
        rows.add(s.authors().isEmpty() ? map("label", "Author", "unknown", "No author is named in the source, and none could be established.")
                : map("label", s.authors().size() > 1 ? "Authors" : "Author", "value", String.join(", ", s.authors())));
        rows.add(map("label", "Published", "date", date(EdtfDate.parse(s.published().value()))));
        rows.add(map("label", "Kind", "value", label(s.kind().value())));
        rows.add(map("label", "Language", "value", java.util.Locale.forLanguageTag(s.language()).getDisplayLanguage(java.util.Locale.ENGLISH)));
        rows.add(s.license().isPresent() ? map("label", "Licence", "value", s.license().get())
                : map("label", "Licence", "unknown", "The source states no licence; it is unknown."));
        rows.add(s.url().isPresent() ? map("label", "Original", "url", s.url().get())
                : map("label", "Original", "unknown", "The original's address is unknown."));
        List<Object> events = s.events().stream()
                .map(e -> linked.events().get(e.id().value()))
                .sorted(Comparator.comparing(LinkedEvent::date).thenComparing(LinkedEvent::id))
                .map(e -> (Object) ownVersion(v.event(e), s.id())).toList();
        List<Object> figures = linked.figures().values().stream().flatMap(List::stream)
                .filter(f -> f.figure().sourceId().equals(s.id())).map(f -> (Object) v.figure(f)).toList();
        List<Object> statements = s.statements().stream().map(st -> (Object) v.statement(st)).toList();
        return new Page(Urls.source(s.id()), "source", s.title(), map(
                "id", s.id(), "metadata", rows, "original", s.url(), "scopeNote", s.scopeNote(),
                "provenanceNote", s.provenanceNote(), "summary", linked.summaries().get(s.id()).html(),
                "events", events, "figures", figures, "statements", statements));
    }

    /** On a source's page an event shows that source's own date and note, and the others that report it. */
    private static Map<String, Object> ownVersion(Map<String, Object> event, String sourceId) {
        Map<String, Object> e = new LinkedHashMap<>(event);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> versions = (List<Map<String, Object>>) event.get("versions");
        for (Map<String, Object> ver : versions) {
            @SuppressWarnings("unchecked")
            Map<String, Object> src = (Map<String, Object>) ver.get("source");
            if (src.get("id").equals(sourceId)) {
                e.put("date", ver.get("date"));
                if (ver.containsKey("note")) e.put("note", ver.get("note"));
            }
        }
        e.put("alsoReportedBy", ((List<?>) event.get("sources")).stream()
                .filter(src -> !((Map<?, ?>) src).get("id").equals(sourceId)).toList());
        return e;
    }

    // --- actors and places -------------------------------------------------------------------------------------

    private Page actorsIndex() {
        Map<String, List<Object>> byKind = new TreeMap<>();
        for (Actor a : corpus.actors().values()) {
            Map<String, Object> m = v.actor(a.id());
            m.put("events", linked.actors().get(a.id()).events().size());
            byKind.computeIfAbsent(label(a.kind().value()), k -> new ArrayList<>()).add(m);
        }
        return new Page(Urls.ACTORS, "actors", "Actors", map("groups", groups(byKind),
                "network", new briefing.emit.svg.Charts(linked).network(Urls.root(Urls.ACTORS))));
    }

    private Page placesIndex() {
        Map<String, List<Object>> byKind = new TreeMap<>();
        for (Place p : corpus.places().values()) {
            Map<String, Object> m = v.place(p.id());
            m.put("events", linked.places().get(p.id()).events().size());
            byKind.computeIfAbsent(label(p.kind().value()), k -> new ArrayList<>()).add(m);
        }
        return new Page(Urls.PLACES, "places", "Places", map("groups", groups(byKind),
                "map", new briefing.emit.svg.Charts(linked).placesMap(Urls.root(Urls.PLACES))));
    }

    private static List<Object> groups(Map<String, List<Object>> byKind) {
        return byKind.entrySet().stream().map(e -> (Object) map("label", e.getKey(), "id", e.getKey().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'),
                "items", e.getValue())).toList();
    }

    private Page actor(Actor a) {
        EntityLinks l = linked.actors().get(a.id());
        Map<String, Object> m = common(l, "actor");
        m.put("entity", v.actor(a.id()));
        m.put("kindLabel", label(a.kind().value()));
        m.put("aliases", a.aliases());
        a.country().ifPresent(c -> m.put("country", v.place(c.id())));
        m.put("figures", l.figures().stream().map(v::figure).toList());
        m.put("statementsBy", l.statementsBy().stream().map(v::statement).toList());
        m.put("companions", l.companions().stream().limit(12)
                .map(c -> { Map<String, Object> x = v.actor(c.id()); x.put("count", c.events()); return (Object) x; }).toList());
        m.put("discrepancies", linked.discrepancies().stream()
                .filter(d -> d.subject().map(a.id()::equals).orElse(false)
                        || d.eventId().map(e -> linked.events().get(e).actors().contains(a.id())).orElse(false))
                .map(this::discrepancy).toList());
        return new Page(Urls.actor(a.id()), "actor", a.name(), m);
    }

    private Page place(Place p) {
        EntityLinks l = linked.places().get(p.id());
        Map<String, Object> m = common(l, "place");
        m.put("entity", v.place(p.id()));
        m.put("kindLabel", label(p.kind().value()));
        m.put("aliases", p.aliases());
        m.put("lat", p.lat());
        m.put("lon", p.lon());
        Optional.ofNullable(new briefing.emit.svg.Charts(linked).locator(p.id())).ifPresent(x -> m.put("map", x));
        List<Object> trail = new ArrayList<>();
        Optional<String> up = p.within().map(r -> r.id());
        while (up.isPresent() && corpus.places().containsKey(up.get()) && trail.size() < 10) {
            trail.add(0, v.place(up.get()));
            up = corpus.places().get(up.get()).within().map(r -> r.id());
        }
        m.put("within", trail);
        m.put("contains", l.within().stream().map(v::place).toList());
        m.put("discrepancies", linked.discrepancies().stream()
                .filter(d -> d.eventId().map(e -> l.events().contains(e)).orElse(false)).map(this::discrepancy).toList());
        return new Page(Urls.place(p.id()), "place", p.name(), m);
    }

    /** What actor and place pages share: mentions in context, events, statements about, discrepancies. */
    private Map<String, Object> common(EntityLinks l, String kind) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mentions", l.mentions().stream().collect(Collectors.groupingBy(Mention::sourceId, TreeMap::new,
                Collectors.toList())).entrySet().stream().map(e -> (Object) map("source", v.source(e.getKey()),
                "sentences", e.getValue().stream().map(mn -> (Object) map(
                        "before", mn.sentence().substring(0, mn.start()),
                        "match", mn.sentence().substring(mn.start(), mn.end()),
                        "after", mn.sentence().substring(mn.end()))).toList())).toList());
        m.put("events", l.events().stream().map(v::event).toList());
        m.put("statementsAbout", l.statementsAbout().stream().map(v::statement).toList());
        return m;
    }

    // --- timeline ----------------------------------------------------------------------------------------------

    private Map<Integer, List<LinkedEvent>> years() {
        return linked.timeline().stream().collect(Collectors.groupingBy(e -> e.date().year(), TreeMap::new, Collectors.toList()));
    }

    /** Events of a year grouped by month; events known only to the year come first, under the year itself. */
    private List<Object> months(int year, List<LinkedEvent> events) {
        Map<String, List<Object>> byMonth = new LinkedHashMap<>();
        Map<String, Map<String, Object>> heads = new LinkedHashMap<>();
        for (LinkedEvent e : events) {
            EdtfDate.Point p = e.date().anchor();
            boolean monthly = p.precision() != EdtfDate.Precision.YEAR;
            String key = monthly ? "%04d-%02d".formatted(year, p.month()) : "%04d".formatted(year);
            heads.computeIfAbsent(key, k -> monthly
                    ? map("anchor", "month-" + k, "label", java.time.Month.of(p.month()).getDisplayName(java.time.format.TextStyle.FULL,
                    java.util.Locale.ENGLISH) + " " + year, "iso", k)
                    : map("anchor", "year-" + k, "label", "Sometime in " + year, "iso", k));
            byMonth.computeIfAbsent(key, k -> new ArrayList<>()).add(v.event(e));
        }
        return byMonth.entrySet().stream().map(e -> {
            Map<String, Object> h = new LinkedHashMap<>(heads.get(e.getKey()));
            h.put("events", e.getValue());
            return (Object) h;
        }).toList();
    }

    private Page timeline() {
        List<Object> years = years().entrySet().stream().map(e -> (Object) map("year", e.getKey(), "href", Urls.year(e.getKey()),
                "count", e.getValue().size(), "months", months(e.getKey(), e.getValue()))).toList();
        return new Page(Urls.TIMELINE, "timeline", "Timeline", map("years", years, "count", linked.timeline().size(),
                "chart", new briefing.emit.svg.Charts(linked).timeline(Urls.root(Urls.TIMELINE))));
    }

    private Page year(int year, List<LinkedEvent> events) {
        List<Integer> all = new ArrayList<>(years().keySet());
        int i = all.indexOf(year);
        return new Page(Urls.year(year), "year", Integer.toString(year), map("year", year, "months", months(year, events),
                "count", events.size(),
                "previous", i > 0 ? map("href", Urls.year(all.get(i - 1)), "year", all.get(i - 1)) : null,
                "next", i < all.size() - 1 ? map("href", Urls.year(all.get(i + 1)), "year", all.get(i + 1)) : null,
                "years", all.stream().map(y -> (Object) map("year", y, "href", Urls.year(y), "current", y == year)).toList()));
    }

    // --- figures and discrepancies -----------------------------------------------------------------------------

    private Page figuresIndex() {
        List<Object> measures = linked.figures().entrySet().stream().map(e -> {
            Map<String, Object> m = v.measure(e.getKey());
            m.put("count", e.getValue().size());
            m.put("disputed", e.getValue().stream().filter(DatedFigure::disputed).count());
            return (Object) m;
        }).toList();
        return new Page(Urls.FIGURES, "figures", "Figures", map("measures", measures));
    }

    private Page measure(Measure m, List<DatedFigure> figures) {
        return new Page(Urls.measure(m.id()), "measure", m.label(), map("measure", v.measure(m.id()),
                "figures", figures.stream().map(v::figure).toList(),
                "discrepancies", linked.discrepancies().stream().filter(d -> d.measure().map(m.id()::equals).orElse(false))
                        .map(this::discrepancy).toList(),
                "chart", new briefing.emit.svg.Charts(linked).measure(m.id(), Urls.root(Urls.measure(m.id())))));
    }

    private Map<String, Object> discrepancy(Discrepancy d) {
        Function<Discrepancy.Version, Object> version = ver -> map("source", v.source(ver.sourceId()), "value", ver.value(),
                "date", date(ver.date()), "qualifier", ver.qualifier().map(Views::qualifier), "note", ver.note());
        return map("id", d.id(), "kind", d.kind() == Discrepancy.Kind.FIGURE ? "figure" : "date", "title", d.title(),
                "when", date(d.when()),
                "measure", d.measure().map(v::measure), "subject", d.subject().map(v::actor),
                "event", d.eventId().map(v::event), "versions", d.versions().stream().map(version).toList());
    }

    private Page discrepancies() {
        return new Page(Urls.DISCREPANCIES, "discrepancies", "Where the sources disagree",
                map("discrepancies", linked.discrepancies().stream().map(this::discrepancy).toList(),
                        "comparisons", comparisons()));
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
                out.add(map("id", "compare-" + measure + "-" + subject, "measure", v.measure(measure), "subject", v.actor(subject),
                        "figures", fs.stream().map(v::figure).toList()));
            });
        });
        return out;
    }
}
