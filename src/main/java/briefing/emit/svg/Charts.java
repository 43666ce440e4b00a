package briefing.emit.svg;

import briefing.geo.Basemap;
import briefing.geo.Frame;
import briefing.geo.Framing;
import briefing.geo.World;
import briefing.link.DatedFigure;
import briefing.link.EntityLinks;
import briefing.link.LinkedCorpus;
import briefing.link.LinkedEvent;
import briefing.model.Actor;
import briefing.model.Coordinates;
import briefing.model.Corpus;
import briefing.model.EdtfDate;
import briefing.model.Figure;
import briefing.model.Measure;
import briefing.model.Place;
import briefing.model.Source;
import briefing.model.Urls;
import briefing.model.Vocabulary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The portal's pictures, drawn at build time as inline SVG: a map of places, a place's locator, events by month, a
 * measure's values over time, and who appears with whom. Each method returns a finished model fragment: the SVG
 * (links already prefixed with the page's {@code root}) and the same data as rows for a table or list beside it
 * (links relative to the site root, as everywhere in the models). The pictures contain no script, nothing from
 * another origin, and escape every text they carry.
 */
public final class Charts {
    private final LinkedCorpus linked;
    private final Corpus corpus;
    /** Each source's series (shape and colour), the same on every page: sources in id order. */
    private final Map<String, Integer> series = new TreeMap<>();

    private final briefing.i18n.Messages text;
    private List<MapChart.Spot> spots;
    private Optional<Frame> frame;
    private final Map<Double, Basemap> basemaps = new TreeMap<>();
    /** The outlines' path data of the basemaps every map of the portal shares (made once per basemap, not per page). */
    private final Map<Basemap, List<String>> paths = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    /**
     * Maps drawn by an earlier plan in this JVM, reused when everything they are drawn from is equal. Off by default (a
     * build plans once); the preview, which plans again on every edit, turns it on ({@link #rememberMaps}).
     */
    private static volatile boolean remember;
    private static final Map<List<Object>, Object> DRAWN = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Object> eldest) {
            return size() > 10_000;
        }
    });

    /** Keep the maps drawn from one plan to the next (the preview) or not (a build, the default). */
    public static void rememberMaps(boolean on) {
        remember = on;
        if (!on) DRAWN.clear();
    }

    @SuppressWarnings("unchecked")
    private static <T> T drawn(List<Object> key, java.util.function.Supplier<T> draw) {
        if (!remember) return draw.get();
        Object v = DRAWN.get(key);
        if (v == null) {
            v = draw.get();
            if (v != null) DRAWN.put(key, v);
        }
        return (T) v;
    }

    public Charts(LinkedCorpus linked, briefing.i18n.Messages text) {
        this.linked = linked;
        this.text = text;
        this.corpus = linked.corpus();
        int i = 0;
        for (String id : new java.util.TreeSet<>(corpus.sources().keySet())) series.put(id, i++);
    }

    /** Every place with coordinates, as the maps need it (made once). */
    private synchronized List<MapChart.Spot> spots() {
        if (spots == null) {
            spots = corpus.places().values().stream().filter(p -> p.coordinates().isPresent()).sorted(Comparator.comparing(Place::id))
                    .map(p -> new MapChart.Spot(p.id(), p.name(), p.kind().value(), placeKind(p.kind().value()), p.coordinates().get().lat(),
                            p.coordinates().get().lon(), linked.places().get(p.id()).events().size(), Urls.place(p.id()),
                            corpus.portal().vocabulary().isArea(p.kind().value()))).toList();
        }
        return spots;
    }

    private Map<String, MapChart.Spot> spotsById;

    /** The same spots by place id (a place's locator looks its spot up instead of scanning them all). */
    private synchronized Map<String, MapChart.Spot> spotsById() {
        if (spotsById == null) {
            Map<String, MapChart.Spot> byId = new java.util.HashMap<>();
            for (MapChart.Spot s : spots()) byId.putIfAbsent(s.id(), s);
            spotsById = byId;
        }
        return spotsById;
    }

    /** A place kind as readers see it: the portal's label, the bundle's, or the id with spaces. */
    private String placeKind(String kind) {
        return corpus.portal().vocabulary().placeKind(kind).flatMap(Vocabulary.Term::label)
                .or(() -> text.find("vocabulary.place_kind." + kind)).orElse(kind.replace('-', ' '));
    }

    /** The portal's frame (portal.yaml's map, or computed from the places), or empty when no place has coordinates. */
    private synchronized Optional<Frame> frame() {
        if (frame == null) {
            frame = Framing.portal(spots().stream().map(s -> new Coordinates(s.lat(), s.lon())).toList(), corpus.portal().map(), World.get());
        }
        return frame;
    }

    /** The portal's frame drawn {@code width} pixels wide (made once per width). */
    private synchronized Basemap basemap(double width) {
        return basemaps.computeIfAbsent(width, w -> drawn(List.of("basemap", frame().orElseThrow(), w),
                () -> Basemap.of(frame().orElseThrow(), w, World.get(), w == MapChart.WIDTH)));
    }

    /** The path data of one of the shared basemaps ({@link #basemap}), made once. */
    private List<String> paths(Basemap map) {
        return paths.computeIfAbsent(map, MapChart::paths);
    }

    /**
     * The map of places: {svg, places: [{name, href, kind, events}], outside: [{name, href}], countries} (countries: the
     * highlighted ones as a phrase, absent when none is), or null when no place has coordinates.
     */
    /** How many places the map of places draws at most (the most cited). */
    static final int MAX_MAP_SPOTS = 250;

    public Map<String, Object> placesMap(String root) {
        if (frame().isEmpty()) return null;
        return drawn(List.of("places", spots(), frame(), root, text, corpus.portal().map()), () -> drawPlacesMap(root));
    }

    private Map<String, Object> drawPlacesMap(String root) {
        Basemap map = basemap(MapChart.WIDTH);
        Frame f = frame().get();
        List<Object> shown = MapChart.inFrame(spots(), f).stream()
                .sorted(Comparator.comparingInt(MapChart.Spot::events).reversed().thenComparing(MapChart.Spot::name))
                .map(s -> (Object) Svg.map("name", s.name(), "href", s.href(), "kind", s.kindLabel(), "events", s.events()))
                .limit(MAX_MAP_SPOTS).toList();
        List<Object> outside = spots().stream().filter(s -> !f.contains(s.lat(), s.lon())).sorted(Comparator.comparing(MapChart.Spot::name))
                .map(s -> (Object) Svg.map("name", s.name(), "href", s.href())).limit(MAX_MAP_SPOTS).toList();
        String countries = MapChart.subject(map, text);
        // a large portal's map draws its most cited places, so that it weighs the same at any size
        List<MapChart.Spot> drawn = spots().size() <= MAX_MAP_SPOTS ? spots() : spots().stream()
                .sorted(Comparator.comparingInt(MapChart.Spot::events).reversed().thenComparing(MapChart.Spot::id)).limit(MAX_MAP_SPOTS)
                .sorted(Comparator.comparing(MapChart.Spot::id)).toList();
        return Svg.map("svg", MapChart.overview(map, paths(map), drawn, root, text), "places", shown, "outside", outside,
                "countries", countries.isEmpty() ? null : countries);
    }

    /**
     * A place's locator map: {svg}; null when the place has no coordinates. A place inside the portal's frame is shown on
     * that map; one outside it (New York for a Council meeting) on a map around it.
     */
    public Map<String, Object> locator(String placeId) {
        return Optional.ofNullable(spotsById().get(placeId)).map(s -> drawn(List.of("locator", s, frame(), text), () -> {
            if (frame().filter(f -> f.contains(s.lat(), s.lon())).isPresent()) {
                Basemap map = basemap(MapChart.LOCATOR_WIDTH);
                return Svg.map("svg", MapChart.locator(map, paths(map), s, text));
            }
            Basemap map = Basemap.of(Framing.around(s.lat(), s.lon(), World.get()), MapChart.LOCATOR_WIDTH, World.get(), false);
            return Svg.map("svg", MapChart.locator(map, MapChart.paths(map), s, text));
        })).orElse(null);
    }

    /**
     * Events by month, or null when no event is dated to a month: {svg, months: [{label, iso, href, count}], marks: [{title,
     * href, date, kind, shown}], legend: [{label, symbol}]}. The marks are the portal's timeline marks; the legend names only
     * those the chart draws, in the vocabulary's order.
     */
    public Map<String, Object> timeline(String root) {
        return timeline(root, e -> Urls.event(e.id(), e.date().year()), Urls::month, Integer.MAX_VALUE);
    }

    /**
     * The same, with the pages events and months live on ({@code eventHref}, {@code monthHref}); beyond {@code maxMarks}
     * marked events the chart draws, per month, one symbol with their count instead of one per event, and the data
     * lists the months' counts of marked events instead of every one.
     */
    public Map<String, Object> timeline(String root, java.util.function.Function<LinkedEvent, String> eventHref,
                                        java.util.function.BiFunction<Integer, Integer, String> monthHref, int maxMarks) {
        List<TimelineChart.Mark> vocabulary = new ArrayList<>();
        for (Vocabulary.Term t : corpus.portal().vocabulary().timelineMarks()) {
            vocabulary.add(new TimelineChart.Mark(t.id(), t.label().orElseGet(() -> text.find("vocabulary.timeline_mark." + t.id()).orElse(t.id())),
                    t.symbol().orElse("diamond"), vocabulary.size()));
        }
        List<TimelineChart.Item> items = new ArrayList<>();
        for (LinkedEvent e : linked.timeline()) {
            EdtfDate.Point a = e.date().anchor();
            int month = a.precision() == EdtfDate.Precision.YEAR ? 0 : a.month();
            TimelineChart.Mark mark = corpus.portal().vocabulary().mark(e.tags())
                    .map(t -> vocabulary.stream().filter(m -> m.id().equals(t.id())).findFirst().orElseThrow()).orElse(null);
            items.add(new TimelineChart.Item(e.id(), e.title(), text.date(e.date()), a.year(), month, mark, eventHref.apply(e)));
        }
        if (items.stream().noneMatch(i -> i.month() > 0)) return null;
        Map<String, Integer> counts = new TreeMap<>();
        items.stream().filter(i -> i.month() > 0).forEach(i -> counts.merge("%04d-%02d".formatted(i.year(), i.month()), 1, Integer::sum));
        List<Object> months = counts.entrySet().stream().map(en -> {
            int y = Integer.parseInt(en.getKey().substring(0, 4)), m = Integer.parseInt(en.getKey().substring(5));
            return (Object) Svg.map("label", text.month(y, m), "iso", en.getKey(), "href", monthHref.apply(y, m), "count", en.getValue());
        }).toList();
        boolean aggregate = items.stream().filter(i -> i.mark() != null).count() > maxMarks;
        List<Object> marks = aggregate ? TimelineChart.markCounts(items, monthHref, text)
                : items.stream().filter(i -> i.mark() != null).map(i -> (Object) Svg.map("title", i.title(), "href", i.href(),
                "date", i.dateText(), "kind", i.mark().label(), "shown", i.month() > 0)).toList();
        List<Object> legend = TimelineChart.inUse(items, vocabulary).stream()
                .map(m -> (Object) Svg.map("label", m.label(), "symbol", TimelineChart.legendSymbol(m))).toList();
        return Svg.map("svg", TimelineChart.render(items, vocabulary, root, monthHref, aggregate, text), "months", months, "marks", marks,
                "aggregate", aggregate ? Boolean.TRUE : null,
                "legend", legend);
    }

    /** A measure's values over time: {svg, points, legend: [{label, href, symbol}], bounds: symbol of a hollow marker}. */
    public Map<String, Object> measure(String measureId, String root) {
        return measure(measureId, root, Integer.MAX_VALUE);
    }

    /** The same, drawing only the latest {@code maxPoints} values (the model's {@code total} says how many there are). */
    public Map<String, Object> measure(String measureId, String root, int maxPoints) {
        Measure m = corpus.measures().get(measureId);
        List<DatedFigure> all = linked.figures().getOrDefault(measureId, List.of());
        List<DatedFigure> figures = all.subList(Math.max(0, all.size() - maxPoints), all.size());
        List<FigureChart.Point> points = new ArrayList<>();
        for (DatedFigure d : figures) {
            Figure f = d.figure();
            Source s = corpus.sources().get(f.sourceId());
            LocalDate from = d.asOf().earliest(), to = d.asOf().latest();
            if (to.equals(LocalDate.MAX)) to = from;
            if (from.equals(LocalDate.MIN)) from = to;
            points.add(new FigureChart.Point(f.value().doubleValue(), text.number(f.value()), qualifier(f.qualifier().value()),
                    m.unit(), from, to, text.date(d.asOf()), corpus.actors().get(f.subject().id()).name(),
                    s.publisher() + ", " + text.date(EdtfDate.parse(s.published().value())), series.get(f.sourceId()), Urls.source(f.sourceId())));
        }
        List<Object> legend = figures.stream().map(d -> d.figure().sourceId()).distinct().sorted(Comparator.comparing(series::get))
                .map(id -> {
                    Source s = corpus.sources().get(id);
                    return (Object) Svg.map("label", s.publisher() + ", " + text.date(EdtfDate.parse(s.published().value())), "title", s.title(),
                            "href", Urls.source(id), "symbol", FigureChart.symbol(series.get(id), false));
                }).toList();
        boolean anyBound = points.stream().anyMatch(p -> !p.qualifier().isEmpty());
        return Svg.map("svg", FigureChart.render(text, m.label(), m.unit(), points, root), "points", points.size(), "total", all.size(), "legend", legend,
                "bound", anyBound ? FigureChart.symbol(-1, true) : null);
    }

    /** Who appears with whom: {svg, actors: [{name, href, events, with: [{name, href, count}]}], pairs}. */
    /** How many actors the network draws at most; the data list below it names every one. */
    static final int MAX_NETWORK_NODES = 80;

    public Map<String, Object> network(String root) {
        List<NetworkChart.Node> nodes = new ArrayList<>();
        List<NetworkChart.Edge> edges = new ArrayList<>();
        List<Object> rows = new ArrayList<>();
        for (Actor a : corpus.actors().values().stream().sorted(Comparator.comparing(Actor::id)).toList()) {
            EntityLinks l = linked.actors().get(a.id());
            List<EntityLinks.Count> with = l.companions().stream().filter(c -> corpus.actors().containsKey(c.id())).toList();
            if (with.isEmpty()) continue;
            nodes.add(new NetworkChart.Node(a.id(), a.name(), l.events().size(), Urls.actor(a.id())));
            for (EntityLinks.Count c : with) if (a.id().compareTo(c.id()) < 0) edges.add(new NetworkChart.Edge(a.id(), c.id(), c.events()));
            rows.add(Svg.map("name", a.name(), "href", Urls.actor(a.id()), "events", l.events().size(),
                    "with", with.stream().map(c -> (Object) Svg.map("name", corpus.actors().get(c.id()).name(),
                            "href", Urls.actor(c.id()), "count", c.events())).toList()));
        }
        rows.sort(Comparator.comparing(r -> ((String) ((Map<?, ?>) r).get("name")).toLowerCase(Locale.ROOT)));
        if (nodes.isEmpty()) return null; // nobody appears with anybody: no network
        // the layout is quadratic in the nodes: draw the most active actors, list them all
        int total = nodes.size();
        if (nodes.size() > MAX_NETWORK_NODES) {
            nodes = nodes.stream().sorted(Comparator.comparingInt(NetworkChart.Node::events).reversed()
                    .thenComparing(NetworkChart.Node::id)).limit(MAX_NETWORK_NODES).sorted(Comparator.comparing(NetworkChart.Node::id)).toList();
            java.util.Set<String> kept = nodes.stream().map(NetworkChart.Node::id).collect(java.util.stream.Collectors.toSet());
            edges = edges.stream().filter(e -> kept.contains(e.a()) && kept.contains(e.b())).toList();
        }
        return Svg.map("svg", NetworkChart.render(text, nodes, edges, root), "actors", rows, "pairs", edges.size(),
                "drawn", nodes.size(), "total", total);
    }

    /** A figure's qualifier as the chart's points carry it: its id, empty for exactly (which needs no word nor sign). */
    private static String qualifier(String q) {
        return q.equals("exactly") ? "" : q;
    }
}
