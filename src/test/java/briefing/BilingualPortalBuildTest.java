package briefing;

import briefing.model.ContentException;
import briefing.model.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static briefing.BuiltSite.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A portal in two languages ({@code languages: [en, fr]}, the fictional bilingual fixture): English at the site's root,
 * French under fr/, the same pages in both; every page switches to itself in the other language and names its
 * alternates; the sitemap lists both with their alternates; French names, summaries and pages are used where written,
 * and what is not translated is shown in English, marked and still linked; validate says what French lacks.
 */
class BilingualPortalBuildTest {
    private static final String ADDRESS = "https://example.org/bilingual-test/";
    @TempDir
    static Path work;
    static Path site;
    /** Every HTML page of the English site (at the root, outside fr/). */
    static List<String> english;

    @BeforeAll
    static void build() throws Exception {
        site = Fixtures.build(Fixtures.BILINGUAL, work);
        english = BuiltSite.files(site).stream().filter(f -> f.endsWith(".html") && !f.startsWith("fr/")).toList();
    }

    /** Where a link on the page {@code from} leads, as a file of the site. */
    private static Path target(String from, String href) {
        return site.resolve(from).getParent().resolve(href).normalize();
    }

    @Test
    void eachLanguageHasTheSamePagesTheDefaultAtTheRootTheOtherUnderItsFolder() {
        assertTrue(english.size() > 15, "a whole site: " + english);
        List<String> french = BuiltSite.files(site).stream().filter(f -> f.endsWith(".html") && f.startsWith("fr/"))
                .map(f -> f.substring(3)).toList();
        assertEquals(english, french);
        assertFalse(Files.exists(site.resolve("fr/css")), "assets are shared: one copy at the root");
        assertFalse(Files.exists(site.resolve("fr/data/portal.json")), "the data export is the site's, once");
        assertTrue(Files.exists(site.resolve("fr/feed.xml")), "a feed per language");
        assertEquals("fr", page(site, "fr/sources/jcc-2021-first-report.html").selectFirst("html").attr("lang"));
        assertEquals("en", page(site, "sources/jcc-2021-first-report.html").selectFirst("html").attr("lang"));
        Document fr = page(site, "fr/sources/jcc-2021-first-report.html");
        assertEquals(site.resolve("css/site.css"), target("fr/sources/jcc-2021-first-report.html",
                fr.selectFirst("link[rel=stylesheet]").attr("href")));
    }

    @Test
    void theSwitcherOnEveryPageLeadsToTheSamePageInTheOtherLanguage() {
        for (String path : english) {
            if (path.equals("404.html")) continue; // served at any address: its links are absolute (checked below)
            Element toFrench = page(site, path).selectFirst("nav.languages a[hreflang=fr]");
            assertNotNull(toFrench, path);
            assertEquals("Français", toFrench.text(), "the language's own name, as a menu shows it");
            assertEquals(site.resolve("fr/" + path), target(path, toFrench.attr("href")), path);
            Element toEnglish = page(site, "fr/" + path).selectFirst("nav.languages a[hreflang=en]");
            assertNotNull(toEnglish, "fr/" + path);
            assertEquals("English", toEnglish.text());
            assertEquals(site.resolve(path), target("fr/" + path, toEnglish.attr("href")), "fr/" + path);
            assertEquals("Français", page(site, "fr/" + path).selectFirst("nav.languages [aria-current]").text());
        }
        assertEquals("/bilingual-test/fr/404.html", page(site, "404.html").selectFirst("nav.languages a[hreflang=fr]").attr("href"));
        assertEquals("/bilingual-test/404.html", page(site, "fr/404.html").selectFirst("nav.languages a[hreflang=en]").attr("href"));
    }

    @Test
    void everyPageNamesItsAlternatesBothWays() {
        for (String path : english) {
            if (path.equals("404.html")) continue;
            String shown = path.equals("index.html") ? "" : path;
            for (String at : List.of(path, "fr/" + path)) {
                Document d = page(site, at);
                assertEquals(ADDRESS + shown, d.selectFirst("link[rel=alternate][hreflang=en]").attr("href"), at);
                assertEquals(ADDRESS + "fr/" + shown, d.selectFirst("link[rel=alternate][hreflang=fr]").attr("href"), at);
                assertEquals(ADDRESS + shown, d.selectFirst("link[rel=alternate][hreflang=x-default]").attr("href"), at);
                assertEquals(ADDRESS + (at.equals("index.html") ? "" : at.equals("fr/index.html") ? "fr/" : at),
                        d.selectFirst("link[rel=canonical]").attr("href"), at);
            }
        }
    }

    @Test
    void theSitemapListsEveryLanguageWithItsAlternates() throws IOException {
        Document map = Jsoup.parse(Files.readString(site.resolve("sitemap.xml")), "", Parser.xmlParser());
        Set<String> locs = new TreeSet<>();
        for (Element url : map.select("url")) {
            String loc = url.selectFirst("loc").text();
            locs.add(loc);
            List<String> alternates = new ArrayList<>();
            url.getElementsByTag("xhtml:link").forEach(l -> alternates.add(l.attr("hreflang") + " " + l.attr("href")));
            String path = loc.substring(ADDRESS.length()).replaceFirst("^fr/", "");
            assertEquals(List.of("en " + ADDRESS + path, "fr " + ADDRESS + "fr/" + path, "x-default " + ADDRESS + path), alternates, loc);
        }
        assertTrue(locs.contains(ADDRESS + "fr/") && locs.contains(ADDRESS) && locs.contains(ADDRESS + "fr/sources/jcc-2022-bulletin.html"), locs.toString());
        assertEquals(2 * (english.size() - 2), locs.size(), "every page of both languages but the 404 and search pages");
    }

    @Test
    void frenchNamesSummariesAndPagesAreUsedWhereWritten() {
        assertEquals("Commission conjointe du cessez-le-feu", page(site, "fr/actors/ceasefire-commission.html").selectFirst("h1").text());
        assertEquals("Joint Ceasefire Commission", page(site, "actors/ceasefire-commission.html").selectFirst("h1").text());
        assertEquals("Observateurs déployés", page(site, "fr/figures/monitors.html").selectFirst("h1").text());
        Document summary = page(site, "fr/sources/jcc-2021-first-report.html");
        Element prose = summary.selectFirst("section.summary");
        assertNull(prose.selectFirst("[lang=en]"), "a translated summary is not marked");
        // the French summary's French name, French alias and French date are linked
        List<String> linked = prose.select("a.xref").eachText();
        assertTrue(linked.containsAll(List.of("Commission conjointe du cessez-le-feu", "CCCF", "Ville-d'Ardent", "3 mars 2021")), linked.toString());
        assertTrue(page(site, "fr/index.html").selectFirst("section.overview p").text().startsWith("Ceci est un portail de test fictif."));
        assertEquals("Dossier du cessez-le-feu du lac Ardent (fictif)", page(site, "fr/index.html").selectFirst("h1").text());
        // the portal's own words (timeline marks, tags) written per language are read in each
        assertEquals(List.of("Déploiement"), page(site, "fr/timeline/2021.html").select(".event-tags .tag").eachText());
        assertEquals(List.of("Deployment"), page(site, "timeline/2021.html").select(".event-tags .tag").eachText());
        assertEquals(List.of("Réunion du conseil"), page(site, "fr/timeline/2022.html").select(".event-tags .tag").eachText());
        assertTrue(page(site, "fr/timeline/index.html").select("svg").text().contains("Déploiement"), "the chart's legend in French");
        // a source's notes, written per language, are read in each
        Element scope = summary.select(".callout").last();
        assertTrue(scope.text().contains("Tout le rapport est fictif"), scope.text());
        assertNull(scope.selectFirst("[lang]"), "a translated note is not marked");
        assertTrue(page(site, "sources/jcc-2021-first-report.html").select(".callout").last().text().contains("The whole report is fictional"));
    }

    @Test
    void whatIsNotTranslatedIsShownInEnglishMarkedAndStillLinked() {
        Element summary = page(site, "fr/sources/jcc-2022-bulletin.html").selectFirst("section.summary > div[lang=en]");
        assertNotNull(summary, "the English summary, marked with its language");
        assertEquals("(en anglais)", summary.selectFirst(".untranslated").text());
        assertEquals("fr", summary.selectFirst(".untranslated").attr("lang"), "the mark is in the reader's language");
        assertTrue(summary.select("a.xref").eachText().containsAll(List.of("Lakeland Council", "JCC", "Ardent City", "10 January 2022")),
                "the untranslated summary is linked (English names and dates): " + summary.select("a.xref").eachText());
        assertEquals(site.resolve("fr/actors/lakeland-council.html"), target("fr/sources/jcc-2022-bulletin.html",
                summary.selectFirst("a.xref-actor").attr("href")), "to the French pages");
        Element page = page(site, "fr/pages/about.html").selectFirst("article div[lang=en]");
        assertNotNull(page, "an editorial page with no French version: in English, marked");
        assertEquals("(en anglais)", page.selectFirst(".untranslated").text());
        Element description = page(site, "fr/actors/lakeland-council.html").selectFirst("p.lead span[lang=en]");
        assertNotNull(description);
        Element title = page(site, "fr/timeline/2022.html").selectFirst(".event-title a[lang=en]");
        assertNotNull(title, "an event title with no French version");
        assertNull(page(site, "fr/timeline/2021.html").selectFirst(".event-title a[lang]"), "a translated one is not marked");
        assertNotNull(page(site, "fr/sources/jcc-2022-bulletin.html").selectFirst(".callout span[lang=en]"),
                "the editor's notes on a source, written in the default language only, say so");
        assertNull(page(site, "sources/jcc-2022-bulletin.html").selectFirst(".callout [lang]"));
        assertNull(page(site, "sources/jcc-2022-bulletin.html").selectFirst(".untranslated"), "English pages have nothing to mark");
    }

    @Test
    void validateListsWhatFrenchLacksOneLinePerKind() throws Exception {
        List<String> warnings = Briefing.check(Fixtures.portal(Fixtures.BILINGUAL).resolve("content")).warnings().stream()
                .map(Problem::toString).filter(w -> w.contains(": fr: ")).toList();
        assertEquals(List.of(
                "content/portal.yaml:9:17: warning: fr: 1 of 1 sources' provenance notes not translated yet (shown in the default language, marked): jcc-2022-bulletin",
                "content/portal.yaml:9:17: warning: fr: 1 of 2 actor descriptions not translated yet (shown in the default language, marked): lakeland-council",
                "content/portal.yaml:9:17: warning: fr: 1 of 2 event titles not translated yet (shown in the default language, marked): jcc-2022-bulletin#council-meets",
                "content/portal.yaml:9:17: warning: fr: 1 of 2 pages not translated yet (shown in the default language, marked): about",
                "content/portal.yaml:9:17: warning: fr: 1 of 2 summaries not translated yet (shown in the default language, marked): jcc-2022-bulletin"),
                warnings);
    }

    @Test
    void aLanguageTheContentDoesNotPublishOrADefaultLeftOutIsAnErrorAtItsPlace() {
        ContentTree tree = Fixtures.copy(Fixtures.BILINGUAL, work.resolve("bad"))
                .replace("actors/lakeland-council.yaml", "name: Lakeland Council", "name: {en: Lakeland Council, de: Seenrat}")
                .replace("places/ardent-city.yaml", "name: {en: Ardent City, fr: Ville-d'Ardent}", "name: {fr: Ville-d'Ardent}")
                .replace("portal.yaml", "languages: [en, fr]", "languages: [en, fr]\nlanguage: fr")
                .write("pages/contact.fr.md", "Une page sans son original.\n");
        ContentException e = assertThrows(ContentException.class, () -> Briefing.check(tree.content()));
        List<String> errors = e.problems().stream().map(Problem::toString).toList();
        assertEquals(List.of(
                "content/actors/lakeland-council.yaml:1:30: error: 'name' in 'de', which is not one of the portal's languages (en, fr);"
                        + " fix the language code or add it to 'languages' in portal.yaml",
                "content/pages/contact.fr.md:1:1: error: a page in 'fr' without its page in en, the default language: add"
                        + " content/pages/contact.md (every page exists in the default language; the others translate it)",
                "content/places/ardent-city.yaml:1:7: error: 'name' is given in fr but not in en, the portal's default language; add 'en: ...'",
                "content/portal.yaml:10:11: error: 'language: fr' disagrees with 'languages', whose first (en) is the default language;"
                        + " remove 'language' or make it en"), errors);
    }

    @Test
    void theSameContentBuildsTheSameBytesInBothLanguages() throws Exception {
        Path again = BuiltSite.build(Fixtures.portal(Fixtures.BILINGUAL), work.resolve("again"));
        BuiltSite.assertSameFiles(site, again, "a bilingual portal built twice");
    }

    /**
     * Each edition is let go once its pages are written: the report holds the default one only when asked (the preview
     * plans from it), and its counts and stage times either way, each stage once however many languages it ran for.
     */
    @Test
    void theReportKeepsTheDefaultEditionOnlyWhenAsked() throws Exception {
        Briefing.Report plain = Briefing.build(Fixtures.portal(Fixtures.BILINGUAL), work.resolve("plain"), new Briefing.Options(false));
        assertTrue(plain.edition().isEmpty(), "no edition kept by default");
        assertEquals(List.of("load+validate", "link", "emit", "plan+bake", "check"), List.copyOf(plain.stageMillis().keySet()));
        Briefing.Report kept = Briefing.build(Fixtures.portal(Fixtures.BILINGUAL), work.resolve("kept"),
                new Briefing.Options(false).keepingEdition());
        Briefing.Linked first = kept.edition().orElseThrow();
        assertEquals("en", first.edition().language(), "the default language's edition");
        assertEquals(Briefing.Totals.of(first.corpus(), first.linked()), plain.totals());
        assertTrue(plain.totals().events() > 0 && plain.pages() == kept.pages() && plain.pages() > 2 * english.size() - 2,
                "both languages' pages: " + plain.pages());
        BuiltSite.assertSameFiles(work.resolve("plain"), work.resolve("kept"), "the same site, edition kept or not");
    }
}
