package briefing.emit;

import briefing.link.LinkedEvent;
import briefing.model.Actor;
import briefing.model.Document;
import briefing.model.EdtfDate;
import briefing.model.Place;
import briefing.model.Source;
import briefing.model.Urls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static briefing.emit.Views.map;

/**
 * schema.org JSON-LD for every page, built here rather than in templates: the WebSite and the page's BreadcrumbList
 * everywhere; the page's own subject (an actor as Person or Organization by its kind, a place with its coordinates, a
 * source as Article or CreativeWork, a document as Legislation, Report or CreativeWork); and every event the page lists.
 * A property whose value the content does not know (a source's author, an exact date) is left out, never guessed.
 * The JSON is escaped for a {@code <script>} element: no {@code <}, {@code >} or {@code &} appears in it as such.
 */
final class StructuredData extends Planner {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONTEXT = "https://schema.org";

    /** Actor kinds (default vocabulary) and the schema.org type they are; any other kind is an Organization. */
    static final Map<String, String> ACTOR_TYPES = Map.of("person", "Person", "state", "GovernmentOrganization",
            "government", "GovernmentOrganization", "force", "GovernmentOrganization");
    /** Document kinds and their schema.org type; any other kind is a CreativeWork. */
    static final Map<String, String> DOCUMENT_TYPES = Map.of("resolution", "Legislation", "decree", "Legislation",
            "report", "Report");
    /** Source kinds written as articles; the others (reference, official) are CreativeWorks. */
    private static final Set<String> ARTICLES = Set.of("news", "analysis", "roundup");

    /** The section index of each folder, for breadcrumbs: folder, index page, its label's key. */
    private static final List<String[]> SECTIONS = List.of(
            new String[]{"sources/", Urls.SOURCES, "nav.sources"}, new String[]{"actors/", Urls.ACTORS, "nav.actors"},
            new String[]{"places/", Urls.PLACES, "nav.places"}, new String[]{"documents/", Urls.DOCUMENTS, "nav.documents"},
            new String[]{"timeline/", Urls.TIMELINE, "nav.timeline"}, new String[]{"figures/", Urls.FIGURES, "nav.figures"},
            new String[]{"discrepancies/", Urls.DISCREPANCIES, "nav.discrepancies"});

    /** The WebSite node every page starts with, as {@link #json}: the same on every page. */
    private final String website;
    /** Each listed event's node, as {@link #json}, made once: an event is listed on many pages. */
    private final Map<String, String> events = new java.util.concurrent.ConcurrentHashMap<>();
    /** The corpus's events by id, hashed: every page's model is searched for them. */
    private final Map<String, LinkedEvent> byId;

    StructuredData(Planner.Context context) {
        super(context);
        this.website = json(website());
        this.byId = new java.util.HashMap<>(linked.events());
    }

    /** The page with its JSON-LD ({@code jsonLd} in its model); pages that are not HTML are returned as they are. */
    Page with(Page page) {
        if (!page.url().endsWith(".html")) return page;
        Map<String, Object> model = new LinkedHashMap<>(page.model());
        model.put("jsonLd", jsonLd(page));
        return new Page(page.url(), page.type(), page.title(), model);
    }

    /**
     * The page's JSON-LD script, the same as {@link #script} of its {@link #graph}: written node by node, the nodes
     * every page shares (the WebSite, each event) written once. Jackson writes a list as its items' JSON between commas.
     */
    String jsonLd(Page page) {
        StringBuilder b = new StringBuilder("{\"@context\":").append(json(CONTEXT)).append(",\"@graph\":[").append(website);
        b.append(',').append(json(breadcrumbs(page)));
        subject(page).ifPresent(s -> b.append(',').append(json(s)));
        for (String id : listedEvents(page.model())) b.append(',').append(events.computeIfAbsent(id, k -> json(event(byId.get(k)))));
        return b.append("]}").toString();
    }

    List<Object> graph(Page page) {
        List<Object> graph = new ArrayList<>();
        graph.add(website());
        graph.add(breadcrumbs(page));
        subject(page).ifPresent(graph::add);
        for (String id : listedEvents(page.model())) graph.add(event(byId.get(id)));
        return graph;
    }

    private Map<String, Object> website() {
        return map("@type", "WebSite", "@id", address(Urls.HOME) + "#website", "name", corpus.portal().title(),
                "description", corpus.portal().tagline(), "inLanguage", corpus.portal().language().value(), "url", address(Urls.HOME));
    }

    private Map<String, Object> breadcrumbs(Page page) {
        List<String[]> trail = new ArrayList<>();
        trail.add(new String[]{Urls.HOME, text.get("layout.home")});
        for (String[] s : SECTIONS) {
            if (page.url().startsWith(s[0]) && !page.url().equals(s[1])) trail.add(new String[]{s[1], text.get(s[2])});
        }
        trail.addAll(between(page));
        if (!page.url().equals(Urls.HOME)) trail.add(new String[]{page.url(), page.title()});
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < trail.size(); i++) {
            items.add(map("@type", "ListItem", "position", i + 1, "name", trail.get(i)[1], "item", address(trail.get(i)[0])));
        }
        return map("@type", "BreadcrumbList", "itemListElement", items);
    }

    /**
     * The steps between a page's section and the page, as its visible breadcrumbs show them: the places a place lies
     * within, the entity whose list a numbered page continues, the year of a month.
     */
    private List<String[]> between(Page page) {
        Map<String, Object> m = page.model();
        List<String[]> steps = new ArrayList<>();
        switch (page.type()) {
            case "place" -> {
                if (m.get("within") instanceof List<?> within) {
                    for (Object w : within) if (w instanceof Map<?, ?> x) steps.add(new String[]{(String) x.get("href"), (String) x.get("name")});
                }
            }
            case "entitylist" -> {
                if (m.get("owner") instanceof Map<?, ?> o) steps.add(new String[]{(String) o.get("href"), (String) o.get("name")});
            }
            case "month" -> {
                if (m.get("yearHref") instanceof String href) steps.add(new String[]{href, String.valueOf(m.get("year"))});
            }
            default -> {
            }
        }
        return steps;
    }

    /** What the page is about, when it is about one thing. */
    private Optional<Object> subject(Page page) {
        String url = page.url();
        String id = url.substring(url.indexOf('/') + 1, url.length() - ".html".length());
        return switch (page.type()) {
            case "actor" -> Optional.ofNullable(corpus.actors().get(id)).map(this::actor);
            case "place" -> Optional.ofNullable(corpus.places().get(id)).map(this::place);
            case "source" -> Optional.ofNullable(corpus.sources().get(id)).map(this::source);
            case "document" -> Optional.ofNullable(corpus.documents().get(id)).map(this::document);
            default -> Optional.empty();
        };
    }

    static String actorType(String kind) {
        return ACTOR_TYPES.getOrDefault(kind, "Organization");
    }

    static String documentType(String kind) {
        return DOCUMENT_TYPES.getOrDefault(kind, "CreativeWork");
    }

    private Object actor(Actor a) {
        Map<String, Object> m = map("@type", actorType(a.kind().value()), "@id", address(Urls.actor(a.id())) + "#it",
                "name", a.name(), "description", a.description(), "url", address(Urls.actor(a.id())));
        if (!a.aliases().isEmpty()) m.put("alternateName", a.aliases());
        return m;
    }

    private Object place(Place p) {
        Map<String, Object> m = map("@type", "Place", "@id", address(Urls.place(p.id())) + "#it", "name", p.name(),
                "description", v.placeLine(p), "url", address(Urls.place(p.id())));
        if (!p.aliases().isEmpty()) m.put("alternateName", p.aliases());
        p.coordinates().ifPresent(c -> m.put("geo", map("@type", "GeoCoordinates", "latitude", c.lat(), "longitude", c.lon())));
        p.within().filter(w -> corpus.places().containsKey(w.id())).ifPresent(w -> m.put("containedInPlace",
                map("@type", "Place", "@id", address(Urls.place(w.id())) + "#it", "name", corpus.places().get(w.id()).name())));
        return m;
    }

    private Object source(Source s) {
        boolean article = ARTICLES.contains(s.kind().value());
        Map<String, Object> m = map("@type", article ? "Article" : "CreativeWork", "@id", address(Urls.source(s.id())) + "#it",
                article ? "headline" : "name", s.title(), "publisher", map("@type", "Organization", "name", s.publisher()),
                "mainEntityOfPage", address(Urls.source(s.id())), "url", s.url(), "license", s.license());
        if (!s.language().isEmpty()) m.put("inLanguage", s.language());
        if (!s.authors().isEmpty()) m.put("author", s.authors().stream().map(n -> (Object) map("@type", "Person", "name", n)).toList());
        exact(EdtfDate.parse(s.published().value())).ifPresent(d -> m.put("datePublished", d));
        return m;
    }

    private Object document(Document d) {
        String type = documentType(d.kind().value());
        boolean law = type.equals("Legislation");
        Map<String, Object> m = map("@type", type, "@id", address(Urls.document(d.id())) + "#it", "name", d.title(),
                "description", d.description(), "mainEntityOfPage", address(Urls.document(d.id())), "sameAs", d.url());
        if (!d.aliases().isEmpty()) m.put("alternateName", d.aliases());
        d.symbol().ifPresent(s -> m.put(law ? "legislationIdentifier" : "identifier", s));
        if (law) m.put("legislationType", v.documentKind(d.kind().value()));
        d.date().flatMap(t -> exact(EdtfDate.parse(t.value()))).ifPresent(x -> m.put(law ? "legislationDate" : "dateCreated", x));
        d.issuer().filter(r -> corpus.actors().containsKey(r.id())).ifPresent(r -> {
            Actor a = corpus.actors().get(r.id());
            m.put(law ? "legislationPassedBy" : "creator", map("@type", actorType(a.kind().value()),
                    "@id", address(Urls.actor(a.id())) + "#it", "name", a.name()));
        });
        return m;
    }

    private Object event(LinkedEvent e) {
        Map<String, Object> m = map("@type", "Event", "@id", address(v.timeline().event(e)), "name", e.title(),
                "url", address(v.timeline().event(e)));
        // schema.org dates are ISO 8601 at any precision; an open or unknown end is left out
        e.date().start().or(() -> e.date().end()).ifPresent(p -> m.put("startDate", p.iso()));
        if (e.date().interval()) e.date().end().ifPresent(p -> m.put("endDate", p.iso()));
        List<Object> where = e.places().stream().map(p -> (Object) map("@type", "Place", "@id", address(Urls.place(p)) + "#it",
                "name", corpus.places().get(p).name())).toList();
        if (!where.isEmpty()) m.put("location", where);
        return m;
    }

    /** A date schema.org can state as known: one point, neither approximate nor uncertain, at its own precision. */
    static Optional<String> exact(EdtfDate d) {
        if (d.interval()) return Optional.empty();
        EdtfDate.Point p = d.anchor();
        return p.approximate() || p.uncertain() ? Optional.empty() : Optional.of(p.iso());
    }

    /** The events a page lists: every view of an event in its model (they carry an "event-" anchor), in order. */
    private Set<String> listedEvents(Object model) {
        Set<String> out = new LinkedHashSet<>();
        collect(model, out, 0);
        return out;
    }

    private void collect(Object o, Set<String> out, int depth) {
        if (depth > 8) return;
        if (o instanceof Map<?, ?> m) {
            if (m.get("anchor") instanceof String a && a.startsWith("event-") && m.get("id") instanceof String id
                    && byId.containsKey(id)) {
                out.add(id);
                return;
            }
            for (Object x : m.values()) collect(x, out, depth + 1);
        } else if (o instanceof List<?> l) {
            for (Object x : l) collect(x, out, depth + 1);
        }
    }

    /** A page's address: absolute when the portal knows its origin, else from the site root (the base path). */
    private String address(String url) {
        String page = url.equals(Urls.HOME) ? "" : url;
        return corpus.portal().siteAddress().orElse(corpus.portal().basePath()) + edition.prefix() + page;
    }

    /** JSON for a script element: {@code <}, {@code >}, {@code &} and the line separators escaped, so no text ends it. */
    static String script(Object value) {
        return json(map("@context", CONTEXT, "@graph", value));
    }

    /** A value as JSON for a script element, escaped as {@link #script} says (each character on its own, so pieces join). */
    private static String json(Object value) {
        try {
            String json = JSON.writeValueAsString(value);
            return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                    .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
