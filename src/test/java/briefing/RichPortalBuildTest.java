package briefing;

import briefing.link.Discrepancy;
import briefing.link.EntityLinks;
import briefing.link.LinkedCorpus;
import briefing.link.LinkedEvent;
import briefing.model.Actor;
import briefing.model.Corpus;
import briefing.model.Source;
import briefing.model.Urls;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static briefing.BuiltSite.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds the rich fixture portal once and checks what its pages show. Every expectation is computed from the fixture's
 * corpus (loaded with {@link Briefing#validate}), so the test states rules, not a list of pages.
 */
class RichPortalBuildTest {
    private static final Pattern ISO = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    @TempDir
    static Path work;
    static Path site;
    static Corpus corpus;
    static LinkedCorpus linked;
    static SiteContract.Plan plan;

    @BeforeAll
    static void build() throws Exception {
        site = Fixtures.build(Fixtures.RICH, work);
        plan = SiteContract.plan(Fixtures.portal(Fixtures.RICH));
        corpus = plan.corpus();
        linked = plan.linked();
    }

    @Test
    void theGenericChecksHoldAndTheFixtureHasEveryKindOfPage() throws Exception {
        SiteContract.check(Fixtures.portal(Fixtures.RICH), site);
        assertEquals(java.util.Map.of(), SiteContract.absentKinds(linked), "the rich fixture exercises every kind of page");
    }

    @Test
    void homeHasKeyFiguresLatestEventsAndEverySource() {
        Document home = page(site, Urls.HOME);
        assertEquals(corpus.portal().title(), home.selectFirst("h1").text());
        List<Element> cards = home.select(".key-figures .card");
        assertEquals(corpus.portal().keyMeasures().size(), cards.size(), "a card per key measure");
        for (int i = 0; i < cards.size(); i++) {
            Element card = cards.get(i);
            String measure = corpus.portal().keyMeasures().get(i).id();
            assertNotNull(card.selectFirst("h3 a[href=" + Urls.measure(measure) + "]"), "in portal.yaml's order: " + measure);
            assertFalse(card.select(".value").text().isBlank(), card::outerHtml);
            assertNotNull(card.selectFirst("a.cite[href^=sources/]"), "every key figure cites its source: " + card.outerHtml());
        }
        List<Element> latest = home.select("#latest-title ~ ol.events > li.event");
        assertFalse(latest.isEmpty(), "latest events");
        List<LinkedEvent> newestFirst = new ArrayList<>(linked.timeline().stream().filter(e -> !e.planned()).toList());
        java.util.Collections.reverse(newestFirst);
        assertTrue(linked.timeline().stream().anyMatch(LinkedEvent::planned), "the fixture has a planned event, kept out of the latest");
        assertEquals(newestFirst.subList(0, latest.size()).stream().map(e -> "event-" + e.id()).toList(),
                latest.stream().map(Element::id).toList(), "the newest events that happened, newest first");
        for (String id : corpus.sources().keySet()) {
            assertNotNull(home.selectFirst("a[href=" + Urls.source(id) + "]"), "home links to source " + id);
        }
    }

    /** How many of a source's metadata rows must say "unknown": author, licence and original address. */
    private static int unknowns(Source s) {
        return (s.authors().isEmpty() ? 1 : 0) + (s.license().isEmpty() ? 1 : 0) + (s.url().isEmpty() ? 1 : 0);
    }

    @Test
    void whatIsNotKnownOfASourceSaysSoAndItsEventsHaveTimes() {
        Source anonymous = corpus.sources().values().stream().filter(s -> s.authors().isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("the fixture has a source without an author"));
        for (Source s : corpus.sources().values()) {
            Document d = page(site, Urls.source(s.id()));
            List<Element> unknown = d.select("dl.metadata dd .unknown");
            assertEquals(unknowns(s), unknown.size(), s.id() + ": " + d.select("dl.metadata").text());
            unknown.forEach(u -> assertTrue(u.text().toLowerCase(java.util.Locale.ROOT).contains("unknown"), u.text()));
            List<Element> events = d.select("li.event");
            assertEquals(s.events().size(), events.size(), s.id());
            for (Element e : events) {
                Element time = e.selectFirst(".event-date time[datetime]");
                assertNotNull(time, e::outerHtml);
                assertTrue(ISO.matcher(time.attr("datetime")).matches(), time.outerHtml());
            }
            if (!s.authors().isEmpty()) {
                assertTrue(d.select("dl.metadata dd").stream().anyMatch(dd -> dd.text().equals(String.join(", ", s.authors()))),
                        s.id() + " names its authors");
            }
        }
        assertTrue(unknowns(anonymous) > 0);
    }

    @Test
    void aSourceWithAnAddressLinksToTheOriginalAndOneWithoutDoesNot() {
        for (Source s : corpus.sources().values()) {
            Document d = page(site, Urls.source(s.id()));
            if (s.url().isPresent()) {
                List<Element> originals = d.select("a[href=" + s.url().get() + "]");
                assertFalse(originals.isEmpty(), s.id());
                for (Element a : originals) assertTrue(a.attr("rel").contains("external"), a.outerHtml());
            } else {
                assertTrue(d.select("a[rel~=external]").isEmpty(), s.id() + " has no original to link");
            }
        }
        assertTrue(corpus.sources().values().stream().anyMatch(s -> s.url().isEmpty()), "the fixture has a source without an address");
    }

    @Test
    void actorPagesListAliasesAndCitedEvents() {
        List<Actor> withAliases = corpus.actors().values().stream().filter(a -> !a.aliases().isEmpty()).toList();
        assertFalse(withAliases.isEmpty());
        for (Actor a : withAliases) {
            Document d = page(site, Urls.actor(a.id()));
            Element aliases = d.selectFirst(".aliases");
            assertNotNull(aliases, a.id());
            for (String alias : a.aliases()) assertTrue(aliases.text().contains(alias), a.id() + ": " + alias + " in " + aliases.text());
        }
        EntityLinks busiest = linked.actors().get(Samples.mostEvents(linked.actors()).orElseThrow());
        Document d = page(site, Urls.actor(busiest.id()));
        List<Element> events = d.select("li.event");
        assertEquals(busiest.events().size(), events.size());
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
    void timelineHasEveryEventExactlyOnceWithItsDate() {
        Document d = page(site, Urls.TIMELINE);
        List<String> ids = d.select("li.event").stream().map(Element::id).toList();
        assertEquals(linked.events().size(), ids.size(), "one entry per event");
        assertEquals(linked.timeline().stream().map(e -> "event-" + e.id()).toList(), ids, "in date order");

        List<String> onYearPages = new ArrayList<>();
        for (String f : plan.pagesOf("year")) {
            for (Element e : page(site, f).select("li.event")) {
                onYearPages.add(e.id());
                List<Element> times = e.select(".event-date time[datetime]");
                assertFalse(times.isEmpty(), f + ": " + e.id() + " has a machine-readable date");
                times.forEach(t -> assertTrue(ISO.matcher(t.attr("datetime")).matches(), t.outerHtml()));
            }
        }
        assertEquals(ids, onYearPages, "the year pages together list every event once, in order");
    }

    @Test
    void everyRelativeLinkAndAnchorResolves() {
        // a second, independent reading of the links (the build's own LinkCheck ran already)
        java.util.Map<String, Set<String>> ids = new java.util.HashMap<>();
        List<String> broken = new ArrayList<>();
        List<String> htmlPages = SiteContract.htmlFiles(site);
        for (String f : htmlPages) {
            for (Element el : page(site, f).select("[href], [src]")) {
                String ref = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                if (ref.isEmpty() || java.net.URI.create(ref.replace(" ", "%20")).isAbsolute() || ref.startsWith("/")) continue;
                int hash = ref.indexOf('#');
                String path = hash < 0 ? ref : ref.substring(0, hash);
                String anchor = hash < 0 ? "" : ref.substring(hash + 1);
                if (path.contains("?")) path = path.substring(0, path.indexOf('?'));
                Path from = site.resolve(f).getParent();
                Path target = path.isEmpty() ? site.resolve(f) : from.resolve(path).normalize();
                if (!target.startsWith(site) || !Files.isRegularFile(target)) {
                    broken.add(f + ": " + ref);
                    continue;
                }
                if (!anchor.isEmpty() && target.toString().endsWith(".html")) {
                    Set<String> there = ids.computeIfAbsent(site.relativize(target).toString(), r -> {
                        Set<String> s = new TreeSet<>();
                        page(site, r).select("[id], a[name]").forEach(x -> s.add(x.hasAttr("id") ? x.id() : x.attr("name")));
                        return s;
                    });
                    if (!there.contains(anchor)) broken.add(f + ": " + ref + " (no #" + anchor + ")");
                }
            }
        }
        assertEquals(List.of(), broken);
        assertEquals(plan.htmlPages(), htmlPages, "every planned page, and no other");
    }

    @Test
    void nothingLinksToOrLoadsAnotherOriginButTheOriginals() {
        Set<String> originals = new TreeSet<>();
        corpus.sources().values().forEach(s -> s.url().ifPresent(originals::add));
        corpus.documents().values().forEach(d -> d.url().ifPresent(originals::add)); // a document's own address
        List<String> foreign = new ArrayList<>();
        for (String f : SiteContract.htmlFiles(site)) {
            Document d = page(site, f);
            for (Element el : d.select("[href], [src], [action], [srcset], [data]")) {
                for (String attr : List.of("href", "src", "action", "srcset", "data")) {
                    String v = el.attr(attr).strip();
                    if (v.isEmpty() || !(v.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || v.startsWith("//"))) continue;
                    if (v.startsWith("data:")) continue; // inline, loads nothing (the empty favicon)
                    boolean allowed = attr.equals("href") && el.tagName().equals("a") && (f.startsWith("sources/") || f.startsWith("documents/"))
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
        for (String f : SiteContract.htmlFiles(site)) {
            Document d = page(site, f);
            assertEquals(corpus.portal().language().value(), d.selectFirst("html").attr("lang"), f);
            assertFalse(d.title().isBlank(), f);
            assertEquals(1, d.select("h1").size(), f + " has one h1");
        }
    }

    /** A source in another language than the portal's: its title and its quotes say so, for screen readers and search. */
    @Test
    void aSourceInAnotherLanguageMarksItsTitleAndQuotes() {
        String portal = corpus.portal().language().value();
        List<briefing.model.Source> foreign = corpus.sources().values().stream().filter(s -> !s.language().equals(portal)).toList();
        assertFalse(foreign.isEmpty(), "the fixture has a source in another language");
        for (briefing.model.Source s : corpus.sources().values()) {
            Document d = page(site, "sources/" + s.id() + ".html");
            String lang = d.selectFirst("h1").attr("lang");
            assertEquals(s.language().equals(portal) ? "" : s.language(), lang, s.id());
            for (Element q : d.select("blockquote")) assertEquals(lang, q.attr("lang"), s.id() + ": a quote is in its source's language");
        }
    }

    @Test
    void eventsReportedBySeveralSourcesCiteEachOfThem() {
        List<LinkedEvent> shared = linked.timeline().stream().filter(e -> e.sources().size() > 1).toList();
        assertFalse(shared.isEmpty(), "the fixture merges reports of one event");
        Document timeline = page(site, Urls.TIMELINE);
        for (LinkedEvent e : shared) {
            Element li = timeline.getElementById("event-" + e.id());
            assertNotNull(li, e.id());
            Set<String> cited = new TreeSet<>();
            li.select(".event-cite a.cite").forEach(a -> cited.add(a.attr("href")));
            assertEquals(new TreeSet<>(e.sources().stream().map(s -> "../" + Urls.source(s)).toList()), cited, e.id());
        }
    }

    @Test
    void aYearPageGivesEachReportsNoteWithItsSource() {
        int checked = 0;
        for (LinkedEvent e : linked.timeline()) {
            Element li = page(site, Urls.year(e.date().year())).getElementById("event-" + e.id());
            assertNotNull(li, e.id());
            List<LinkedEvent.Report> noted = e.reports().stream().filter(r -> r.note().isPresent()).toList();
            List<Element> notes = li.select(".note");
            assertEquals(noted.size(), notes.size(), e.id());
            for (int i = 0; i < noted.size(); i++) {
                Element note = notes.get(i);
                String start = noted.get(i).note().get().strip().replaceAll("\\s+", " ");
                assertTrue(note.text().startsWith(start), note.text() + " starts with " + start);
                assertNotNull(note.selectFirst("a.cite[href=../" + Urls.source(noted.get(i).sourceId()) + "]"),
                        "whose note it is: " + note.outerHtml());
                checked++;
            }
        }
        assertTrue(checked > 0, "the fixture has notes on events");
    }

    @Test
    void disagreementsAreShownWithEachSourcesVersion() {
        List<Discrepancy> all = linked.discrepancies();
        assertTrue(all.stream().anyMatch(x -> x.kind() == Discrepancy.Kind.FIGURE), "the fixture has a figure discrepancy");
        assertTrue(all.stream().anyMatch(x -> x.kind() == Discrepancy.Kind.EVENT_DATE), "the fixture has a date discrepancy");
        Document d = page(site, Urls.DISCREPANCIES);
        assertEquals(all.size(), d.select("section.discrepancy").size());
        for (Discrepancy x : all) {
            Element section = d.getElementById(x.id());
            assertNotNull(section, x.id());
            List<Element> rows = section.select("tbody tr");
            assertEquals(x.versions().size(), rows.size(), x.id());
            for (int i = 0; i < rows.size(); i++) {
                Discrepancy.Version v = x.versions().get(i);
                Element row = rows.get(i);
                assertNotNull(row.selectFirst("a.cite[href=../" + Urls.source(v.sourceId()) + "]"), row.outerHtml());
                if (x.kind() == Discrepancy.Kind.FIGURE) assertTrue(row.text().contains(v.value()), row.text() + " has " + v.value());
                else assertNotNull(row.selectFirst("time[datetime]"), row.outerHtml());
            }
        }
        linked.figures().forEach((measure, figures) -> assertEquals(figures.stream().filter(f -> f.disputed()).count(),
                (long) page(site, Urls.measure(measure)).select("tr.disputed").size(), measure + ": disputed values are marked"));
        for (LinkedEvent e : linked.timeline()) {
            Element li = page(site, Urls.year(e.date().year())).getElementById("event-" + e.id());
            assertEquals(e.datesDisagree(), li.hasClass("disputed"), e.id());
            if (e.datesDisagree()) assertEquals(e.reports().size(), li.select(".discrepancy-note li").size(), e.id());
        }
    }

    @Test
    void placesNestAndListWhatTheyHold() {
        linked.places().values().stream().filter(p -> !p.within().isEmpty()).max(Comparator.comparingInt(p -> p.within().size()))
                .ifPresentOrElse(parent -> {
                    Document d = page(site, Urls.place(parent.id()));
                    for (String child : parent.within()) {
                        assertNotNull(d.selectFirst("main a[href=../" + Urls.place(child) + "]"), parent.id() + " links to " + child);
                    }
                }, () -> { throw new AssertionError("the fixture nests places"); });
    }
}
