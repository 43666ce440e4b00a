package briefing;

import briefing.link.LinkedCorpus;
import briefing.link.LinkedEvent;
import briefing.link.Linker;
import briefing.model.Corpus;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static briefing.BuiltSite.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builds the real content in /work/main/content once and checks what the pages show. */
class RealContentBuildTest {
    private static final Pattern ISO = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    @TempDir
    static Path work;
    static Path site;
    static Corpus corpus;
    static LinkedCorpus linked;
    static List<String> htmlPages;

    @BeforeAll
    static void build() throws Exception {
        site = BuiltSite.build(BuiltSite.projectRoot(), work);
        corpus = Briefing.validate(BuiltSite.projectRoot().resolve("content"));
        linked = Linker.link(corpus);
        htmlPages = BuiltSite.files(site).stream().filter(f -> f.endsWith(".html")).toList();
    }

    @Test
    void homeHasKeyFiguresLatestEventsAndEverySource() {
        Document home = page(site, "index.html");
        assertEquals(corpus.portal().title(), home.selectFirst("h1").text());
        List<Element> cards = home.select(".key-figures .card");
        assertFalse(cards.isEmpty(), "key figures");
        for (Element card : cards) {
            assertFalse(card.select(".value").text().isBlank(), card::outerHtml);
            assertNotNull(card.selectFirst("a.cite[href^=sources/]"), "every key figure cites its source: " + card.outerHtml());
        }
        List<Element> latest = home.select("#latest-title ~ ol.events > li.event");
        assertFalse(latest.isEmpty(), "latest events");
        String newest = linked.timeline().get(linked.timeline().size() - 1).id();
        assertEquals("event-" + newest, latest.get(0).id(), "the newest event comes first");
        for (String id : corpus.sources().keySet()) {
            assertNotNull(home.selectFirst("a[href=sources/" + id + ".html]"), "home links to source " + id);
        }
    }

    @Test
    void sourceWithoutAuthorSaysUnknownAndListsItsEventsWithTimes() {
        String id = corpus.sources().values().stream().filter(s -> s.authors().isEmpty()).findFirst().orElseThrow().id();
        Document d = page(site, "sources/" + id + ".html");
        Element author = d.select("dl.metadata dt").stream().filter(dt -> dt.text().startsWith("Author")).findFirst()
                .orElseThrow().nextElementSibling();
        assertTrue(author.text().startsWith("Unknown"), author.text());

        List<Element> events = d.select("li.event");
        assertEquals(corpus.sources().get(id).events().size(), events.size());
        for (Element e : events) {
            Element time = e.selectFirst("time[datetime]");
            assertNotNull(time, e::outerHtml);
            assertTrue(ISO.matcher(time.attr("datetime")).matches(), time.outerHtml());
        }
    }

    @Test
    void sourceWithAnAddressLinksToTheOriginal() {
        var source = corpus.sources().values().stream().filter(s -> s.url().isPresent()).findFirst().orElseThrow();
        Document d = page(site, "sources/" + source.id() + ".html");
        List<Element> originals = d.select("a[href=" + source.url().get() + "]");
        assertFalse(originals.isEmpty());
        for (Element a : originals) assertTrue(a.attr("rel").contains("external"), a.outerHtml());
        Element author = d.select("dl.metadata dt").stream().filter(dt -> dt.text().startsWith("Author")).findFirst()
                .orElseThrow().nextElementSibling();
        assertEquals(String.join(", ", source.authors()), author.text());
    }

    @Test
    void actorPageListsAliasesAndCitedEvents() {
        Document d = page(site, "actors/minusma.html");
        Element aliases = d.selectFirst(".aliases");
        assertNotNull(aliases);
        assertTrue(aliases.text().startsWith("Also called"), aliases.text());
        assertTrue(aliases.text().contains("MUNUSMA"), aliases.text());
        List<Element> events = d.select("li.event");
        assertEquals(linked.actors().get("minusma").events().size(), events.size());
        for (Element e : events) {
            List<Element> cites = e.select("a.cite");
            assertFalse(cites.isEmpty(), "event without a citation: " + e.id());
            for (Element c : cites) {
                assertTrue(c.attr("href").startsWith("../sources/"), c.outerHtml());
                assertTrue(Files.exists(site.resolve("actors").resolve(c.attr("href")).normalize()), c.attr("href"));
            }
        }
    }

    @Test
    void timelineHasEveryEventExactlyOnce() {
        Document d = page(site, "timeline/index.html");
        List<String> ids = d.select("li.event").stream().map(Element::id).toList();
        assertEquals(linked.events().size(), ids.size(), "one entry per event");
        assertEquals(new TreeSet<>(linked.events().keySet()),
                new TreeSet<>(ids.stream().map(i -> i.substring("event-".length())).toList()));
        assertEquals(linked.timeline().stream().map(e -> "event-" + e.id()).toList(), ids, "in date order");

        List<String> onYearPages = new ArrayList<>();
        for (String f : htmlPages) {
            if (f.matches("timeline/\\d{4}\\.html")) page(site, f).select("li.event").forEach(e -> onYearPages.add(e.id()));
        }
        assertEquals(ids, onYearPages, "the year pages together list every event once, in order");
    }

    @Test
    void everyRelativeLinkAndAnchorResolves() {
        Map<String, Set<String>> ids = new HashMap<>();
        List<String> broken = new ArrayList<>();
        for (String f : htmlPages) {
            Document d = page(site, f);
            for (Element el : d.select("[href], [src]")) {
                String ref = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                if (ref.isEmpty() || URI.create(ref.replace(" ", "%20")).isAbsolute() || ref.startsWith("//") || ref.startsWith("/")) continue;
                int hash = ref.indexOf('#');
                String path = hash < 0 ? ref : ref.substring(0, hash);
                String anchor = hash < 0 ? "" : ref.substring(hash + 1);
                Path target = path.isEmpty() ? site.resolve(f) : site.resolve(f).getParent() == null
                        ? site.resolve(path).normalize() : site.resolve(f).getParent().resolve(path).normalize();
                if (path.contains("?")) target = site.resolve(f).getParent().resolve(path.substring(0, path.indexOf('?'))).normalize();
                if (!target.startsWith(site) || !Files.isRegularFile(target)) {
                    broken.add(f + ": " + ref);
                    continue;
                }
                if (!anchor.isEmpty() && target.toString().endsWith(".html")) {
                    String rel = site.relativize(target).toString().replace('\\', '/');
                    Set<String> there = ids.computeIfAbsent(rel, r -> {
                        Set<String> s = new TreeSet<>();
                        page(site, r).select("[id], a[name]").forEach(x -> s.add(x.hasAttr("id") ? x.id() : x.attr("name")));
                        return s;
                    });
                    if (!there.contains(anchor)) broken.add(f + ": " + ref + " (no #" + anchor + ")");
                }
            }
        }
        assertEquals(List.of(), broken);
        assertTrue(htmlPages.size() > corpus.sources().size() + corpus.actors().size() + corpus.places().size());
    }

    @Test
    void nothingLinksToOrLoadsAnotherOriginButTheOriginals() {
        Set<String> originals = new TreeSet<>();
        corpus.sources().values().forEach(s -> s.url().ifPresent(originals::add));
        List<String> foreign = new ArrayList<>();
        for (String f : htmlPages) {
            Document d = page(site, f);
            for (Element el : d.select("[href], [src], [action], [srcset], [data]")) {
                for (String attr : List.of("href", "src", "action", "srcset", "data")) {
                    String v = el.attr(attr).strip();
                    if (v.isEmpty() || !(v.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || v.startsWith("//"))) continue;
                    if (v.startsWith("data:")) continue; // inline, loads nothing (the empty favicon)
                    boolean allowed = attr.equals("href") && el.tagName().equals("a") && f.startsWith("sources/")
                            && el.attr("rel").contains("external") && originals.contains(v);
                    if (!allowed) foreign.add(f + ": <" + el.tagName() + " " + attr + "=" + v + ">");
                }
            }
            for (Element style : d.select("style")) {
                if (style.data().contains("@import") || style.data().matches("(?s).*url\\(\\s*['\"]?(https?:)?//.*")) foreign.add(f + ": style");
            }
        }
        assertEquals(List.of(), foreign);
    }

    @Test
    void everyPageIsInTheDocumentLanguageAndTitled() {
        for (String f : htmlPages) {
            Document d = page(site, f);
            assertEquals(corpus.portal().language().value(), d.selectFirst("html").attr("lang"), f);
            assertFalse(d.title().isBlank(), f);
            assertEquals(1, d.select("h1").size(), f + " has one h1");
        }
    }

    @Test
    void eventsReportedByTwoSourcesCiteBoth() {
        LinkedEvent shared = linked.timeline().stream().filter(e -> e.sources().size() > 1).findFirst().orElseThrow();
        Element li = page(site, "timeline/index.html").getElementById("event-" + shared.id());
        assertNotNull(li);
        Set<String> cited = new TreeSet<>();
        li.select("a.cite").forEach(a -> cited.add(a.attr("href")));
        for (String s : shared.sources()) assertTrue(cited.contains("../sources/" + s + ".html"), s + " in " + cited);
    }

    @Test
    void aYearPageGivesEachReportsNoteWithItsSource() {
        Document year = page(site, "timeline/2018.html");
        org.jsoup.nodes.Element note = year.selectFirst("#event-resolution-2423-adopted .note");
        assertTrue(note != null && note.text().contains("UN record") && note.selectFirst("a.cite") != null,
                "the note says where the date comes from, and whose note it is");
    }
}
