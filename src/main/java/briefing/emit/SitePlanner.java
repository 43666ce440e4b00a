package briefing.emit;

import briefing.link.LinkedEvent;
import briefing.model.Corpus;
import briefing.model.EdtfDate;
import briefing.model.Urls;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static briefing.emit.Views.map;

/**
 * Plans what the site holds besides its sections: the search page, the data downloads, the 404 page, the Atom feed,
 * the editorial pages, and the sitemap and robots.txt over every other page.
 */
final class SitePlanner extends Planner {
    SitePlanner(Planner.Context context) {
        super(context);
    }

    /** The pages that stand on their own; {@link #indexes(List)} adds the files that list them. */
    List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        pages.add(new Page(Urls.SEARCH, "search", text.get("search.title"), map("text", script(text.raw("js.search.")))));
        pages.add(new Page(Urls.DATA, "data", text.get("data.title"), map("files", new java.util.TreeMap<>(DataExport.FILES).entrySet()
                .stream().map(e -> (Object) map("href", e.getKey(), "name", e.getKey().substring(5), "description", text.get(e.getValue()))).toList())));
        pages.add(new Page("404.html", "notfound", text.get("notfound.title"), map("root", corpus.portal().basePath() + edition.prefix(),
                "siteRoot", corpus.portal().basePath())));
        pages.add(feed());
        linked.pages().forEach((slug, rendered) -> {
            if (!slug.equals(Urls.OVERVIEW)) {
                pages.add(new Page(Urls.page(slug), "page", title(corpus, slug), map("html", rendered.html(),
                        "bodyIn", v.untranslated(corpus.pages().get(slug).bodies()))));
            }
        });
        return pages;
    }

    /** The sitemap and robots.txt, over the pages at {@code pages} (every page but the 404 and search pages is listed). */
    List<Page> indexes(List<String> pages) {
        List<String> urls = pages.stream().filter(u -> u.endsWith(".html") && !u.equals("404.html")
                && !u.equals(Urls.SEARCH)).sorted().toList();
        return List.of(new Page("sitemap.xml", "sitemap", "Sitemap", map("urls", urls, "address", address())),
                new Page("robots.txt", "robots", "robots.txt", map("address", address())));
    }

    /** An editorial page's title: the one its editor wrote, else its slug made readable ("methodology": "Methodology"). */
    static String title(Corpus corpus, String slug) {
        briefing.model.EditorialPage page = corpus.pages().get(slug);
        return page != null && page.title().isPresent() ? page.title().get() : Views.humanise(slug);
    }

    /**
     * Interface texts for a script, as the JSON object the page carries in a {@code data-text} attribute (the
     * template escapes it): raw patterns whose {name} arguments the script fills in, plural forms as .one/.other.
     */
    static String script(java.util.SortedMap<String, String> texts) {
        try {
            return JSON.writeValueAsString(texts);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** Where the site is published: its full address when known, else its base path. */
    private String address() {
        return corpus.portal().siteAddress().orElse(corpus.portal().basePath()) + edition.prefix();
    }

    /**
     * The entries an Atom feed holds: the newest; a reader polls it for what is new, and every source and event is in
     * the data files (a feed of every one of 60,000 events weighed 21 MB).
     */
    static final int FEED_ENTRIES = 200;

    /** An Atom feed of the newest sources and events, newest first. */
    private Page feed() {
        record Entry(java.time.LocalDate latest, String id, java.util.function.Supplier<Map<String, Object>> model) {
        }
        // which entries are newest is settled on dates and ids alone; only those entries are then made
        List<Entry> entries = new ArrayList<>(corpus.sources().values().stream().map(s -> {
            EdtfDate d = EdtfDate.parse(s.published().value());
            return new Entry(d.latest(), "source-" + s.id(), () -> map("kind", text.get("feed.kind.source"),
                    "title", text.get("feed.source_title", "title", s.title(), "publisher", s.publisher()),
                    "href", Urls.source(s.id()), "id", "source:" + s.id(), "updated", atomTime(d),
                    "summary", text.get("feed.source_summary", "publisher", s.publisher(), "date", text.date(d))));
        }).toList());
        linked.events().values().forEach(e -> entries.add(new Entry(e.date().latest(), "event-" + e.id(), () -> map("kind", text.get("feed.kind.event"),
                "title", e.title(), "href", v.timeline().event(e), "id", "event:" + e.id(), "updated", atomTime(e.date()),
                "summary", text.get("feed.event_summary", "date", text.date(e.date()), "publishers", e.sources().stream()
                        .map(s -> corpus.sources().get(s).publisher()).distinct().collect(Collectors.joining(", ")))))));
        entries.sort(Comparator.comparing(Entry::latest).reversed().thenComparing(Entry::id));
        List<Map<String, Object>> newest = entries.subList(0, Math.min(FEED_ENTRIES, entries.size())).parallelStream()
                .map(x -> x.model().get()).toList();
        String updated = newest.isEmpty() ? "2000-01-01T00:00:00Z" : newest.get(0).get("updated").toString();
        String tag = FeedIds.prefix(corpus.portal()) + edition.prefix(); // another language's feed is another feed
        return new Page("feed.xml", "feed", corpus.portal().title(), map("entries", newest.stream().map(x -> (Object) x).toList(),
                "updated", updated, "address", address(), "tag", tag, "subtitle", corpus.portal().tagline()));
    }

    /** An RFC 3339 time for a date at any precision: its last possible day (open ends: its start), at midnight UTC. */
    private static String atomTime(EdtfDate d) {
        java.time.LocalDate day = d.latest().equals(java.time.LocalDate.MAX) ? d.earliest() : d.latest();
        return day + "T00:00:00Z";
    }
}
