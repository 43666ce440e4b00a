package briefing;

import briefing.link.EntityLinks;
import briefing.link.LinkedCorpus;
import briefing.model.Corpus;
import briefing.model.Urls;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A page of every kind, chosen from whatever the content holds, never by a hard-coded id: the first source, the
 * actor and the place with the most events, the first year, the first measure with figures, the first editorial page,
 * the search page with a query made of a real actor's name, and the home, index and utility pages. A kind the content
 * has none of is listed in {@link #absent()} with the reason, so a test can say what it did not check.
 */
public record Samples(List<Sample> pages, Map<String, String> absent) {
    /** One page to check: its kind (the page's template type, which is also its body class {@code page-<kind>}). */
    public record Sample(String kind, String url, String why) {
        /** The url without its query, i.e. the file the server serves. */
        public String file() {
            int q = url.indexOf('?');
            return q < 0 ? url : url.substring(0, q);
        }
    }

    /** An address no page has, to check the 404 page on purpose. */
    public static final String MISSING = "no-such-folder/no-such-page.html";

    public Samples {
        pages = List.copyOf(pages);
        absent = java.util.Collections.unmodifiableMap(new TreeMap<>(absent));
    }

    public static Samples of(LinkedCorpus linked) {
        Corpus c = linked.corpus();
        List<Sample> out = new ArrayList<>();
        Map<String, String> absent = new TreeMap<>(SiteContract.absentKinds(linked));
        out.add(new Sample("home", Urls.HOME, "the home page"));
        out.add(new Sample("sources", Urls.SOURCES, "the sources index"));
        c.sources().keySet().stream().findFirst()
                .ifPresent(id -> out.add(new Sample("source", Urls.source(id), "the first source")));
        out.add(new Sample("actors", Urls.ACTORS, "the actors index"));
        mostEvents(linked.actors())
                .ifPresent(id -> out.add(new Sample("actor", Urls.actor(id), "the actor with the most events")));
        out.add(new Sample("places", Urls.PLACES, "the places index"));
        mostEvents(linked.places())
                .ifPresent(id -> out.add(new Sample("place", Urls.place(id), "the place with the most events")));
        out.add(new Sample("timeline", Urls.TIMELINE, "the timeline"));
        linked.timeline().stream().map(e -> e.date().year()).min(Integer::compare)
                .ifPresent(y -> out.add(new Sample("year", Urls.year(y), "the first year")));
        out.add(new Sample("figures", Urls.FIGURES, "the figures index"));
        linked.figures().keySet().stream().findFirst()
                .ifPresent(m -> out.add(new Sample("measure", Urls.measure(m), "the first measure with figures")));
        out.add(new Sample("discrepancies", Urls.DISCREPANCIES, "the discrepancies"));
        c.pages().keySet().stream().filter(s -> !s.equals(Urls.OVERVIEW)).findFirst()
                .ifPresent(s -> out.add(new Sample("page", Urls.page(s), "the first editorial page")));
        if (!c.documents().isEmpty()) {
            out.add(new Sample("documents", Urls.DOCUMENTS, "the documents index"));
            out.add(new Sample("document", Urls.document(c.documents().firstKey()), "the first document"));
        }
        out.add(new Sample("data", Urls.DATA, "the data downloads"));
        Optional<String> query = mostEvents(linked.actors()).map(id -> c.actors().get(id).name());
        out.add(new Sample("search", Urls.SEARCH + query.map(q -> "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
                .replace("+", "%20")).orElse(""), query.map(q -> "the search page, for the name '" + q + "'")
                .orElse("the search page, empty (the content has no actors to search for)")));
        return new Samples(out, absent);
    }

    /** The entity with the most events, the first by id among equals; empty when there is none. */
    public static Optional<String> mostEvents(Map<String, EntityLinks> entities) {
        return entities.values().stream()
                .max(Comparator.comparingInt((EntityLinks l) -> l.events().size()).thenComparing(EntityLinks::id, Comparator.reverseOrder()))
                .map(EntityLinks::id);
    }

    /** The kinds sampled, in order. */
    public List<String> kinds() {
        return pages.stream().map(Sample::kind).toList();
    }

    /** A line per page chosen and per kind not sampled, saying why, for a test's output. */
    public String report() {
        StringBuilder b = new StringBuilder();
        pages.forEach(s -> b.append("sample ").append(s.kind()).append(": ").append(s.url()).append(" (").append(s.why()).append(")\n"));
        absent.forEach((k, why) -> b.append("no ").append(k).append(" page to check: ").append(why).append('\n'));
        return b.toString();
    }
}
