package briefing;

import briefing.i18n.Messages;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.MessagePattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A portal written in French reads French: no text of the English bundle is left on any page of the {@code fr} fixture,
 * dates and numbers are written the French way, and every page (the 404 page and the feed too) says it is French, which
 * is also what Pagefind picks its stemmer from.
 */
class FrenchInterfaceTest {
    @TempDir
    static Path work;
    static Path site;
    static final Messages EN = Messages.english();
    static final Messages FR = Messages.load("fr", Optional.empty());
    /** Each built HTML page (and the feed) as what a reader meets: its visible text and the attributes read aloud or shown. */
    static final Map<String, String> READ = new LinkedHashMap<>();

    @BeforeAll
    static void build() throws Exception {
        site = Fixtures.build(Fixtures.FRENCH, work);
        for (String f : BuiltSite.files(site)) {
            if (f.endsWith(".html")) READ.put(f, readerText(BuiltSite.page(site, f)));
        }
        READ.put("feed.xml", Jsoup.parse(Files.readString(site.resolve("feed.xml")), "", Parser.xmlParser()).text());
        assertTrue(READ.size() > 30, "a whole site: " + READ.keySet());
    }

    static String readerText(Document d) {
        StringBuilder b = new StringBuilder(d.text());
        for (Element e : d.select("[title], [aria-label], [placeholder], [alt]")) {
            for (String a : List.of("title", "aria-label", "placeholder", "alt")) if (e.hasAttr(a)) b.append('\n').append(e.attr(a));
        }
        for (Element e : d.select("meta[name=description], meta[property=og:description], meta[property=og:title]")) {
            b.append('\n').append(e.attr("content"));
        }
        return b.toString();
    }

    /**
     * The English texts a French page must not show: every value of the English bundle that is plain text (no
     * argument), at least two words or one word of five letters or more, and not the same in French ("Source"; nor
     * a word French uses too, such as "sources", found in the French bundle).
     */
    static Map<String, String> englishTexts() {
        Map<String, String> out = new LinkedHashMap<>();
        SortedMap<String, String> en = EN.raw(""), fr = FR.raw("");
        String french = String.join("\n", fr.values());
        en.forEach((key, value) -> {
            if (key.startsWith("date.pattern.")) return; // ICU date patterns, not text
            if (hasArguments(value) || value.equals(fr.get(key)) || holds(french, value)) return;
            String text = value.replace("''", "'").strip();
            String[] words = text.split("\\s+");
            if (words.length >= 2 || text.replaceAll("[^\\p{L}]", "").length() >= 5) out.put(key, text);
        });
        return out;
    }

    static boolean hasArguments(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part.Type type = parsed.getPart(i).getType();
            if (type == MessagePattern.Part.Type.ARG_NAME || type == MessagePattern.Part.Type.ARG_NUMBER) return true;
        }
        return false;
    }

    /** Whether {@code text} holds {@code phrase} as whole words ("Person" is not in "Personnes"). */
    static boolean holds(String text, String phrase) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])").matcher(text).find();
    }

    @Test
    void noEnglishInterfaceTextIsLeftOnAnyPage() {
        Map<String, String> english = englishTexts();
        assertTrue(english.size() > 100, "the English bundle's texts to look for: " + english.size());
        assertTrue(english.containsValue("Reported by") && english.containsValue("Page not found"), "labels and titles are looked for");
        List<String> left = new ArrayList<>();
        // file names (the data page's actors.csv) are no text
        READ.forEach((page, read) -> english.forEach((key, value) -> {
            String text = read.replaceAll("[\\w-]+\\.(csv|json|xml|html)\\b", "");
            if (holds(text, value)) left.add(page + ": \"" + value + "\" (" + key + ")");
        }));
        assertEquals(List.of(), left, "English interface text on the French portal");
    }

    @Test
    void theFrenchTextsAreThere() {
        String home = READ.get("index.html");
        assertTrue(home.contains(FR.get("nav.timeline")) && home.contains(FR.get("event.reported_by")), home);
        assertTrue(READ.get("404.html").contains(FR.get("notfound.title")));
        assertTrue(READ.get("feed.xml").contains(FR.get("feed.kind.event") + " : "), "feed entries are French");
    }

    @Test
    void datesAndNumbersAreWrittenTheFrenchWay() {
        String all = String.join("\n", READ.values());
        assertTrue(all.contains("juin 2020"), "French month names");
        assertTrue(all.contains("1er mars 2020"), "the first of the month is 1er");
        assertTrue(all.contains("Juin 2020") || all.contains("Mars 2020"), "month headings, capitalised");
        assertTrue(Pattern.compile("\\d[\u202F\u00A0]\\d{3}").matcher(all).find(), "numbers grouped with a (narrow) no-break space");
        assertFalse(Pattern.compile("\\b\\d{1,3},\\d{3}\\b").matcher(String.join("\n", READ.get("index.html"),
                READ.get("figures/casques-bleus.html"))).find(), "no English grouping");
    }

    @Test
    void everyPageSaysItIsFrench() throws Exception {
        for (String page : READ.keySet()) {
            if (page.equals("feed.xml")) continue;
            assertEquals("fr", BuiltSite.page(site, page).selectFirst("html").attr("lang"), page);
        }
        assertEquals("fr", Jsoup.parse(Files.readString(site.resolve("feed.xml")), "", Parser.xmlParser())
                .selectFirst("feed").attr("xml:lang"));
    }

    @Test
    void theScriptsGetTheirTextsFromThePageInFrench() throws Exception {
        ObjectMapper json = new ObjectMapper();
        TypeReference<Map<String, String>> map = new TypeReference<>() {
        };
        Document search = BuiltSite.page(site, "search/index.html");
        assertEquals(FR.raw("js.search."), new java.util.TreeMap<>(json.readValue(search.getElementById("search").attr("data-text"), map)));
        assertEquals("Tapez un nom, un lieu, une année ou un mot.", FR.raw("js.search.").get("hint"));
        assertEquals(FR.raw("js.site."), new java.util.TreeMap<>(json.readValue(search.body().attr("data-text"), map)));
        String type = search.getElementById("search").attr("data-text");
        assertFalse(type.contains("\"Type a name"), "the hint is French");
    }

    @Test
    void aFrenchSummaryLinksItsDatesToTheTimeline() {
        Document source = BuiltSite.page(site, "sources/courrier-du-mekong-2020-trois-mois.html");
        Element july = source.select("a.xref-date").stream().filter(a -> a.text().equals("9 juillet 2011")).findFirst().orElseThrow(
                () -> new AssertionError("9 juillet 2011 is not linked: " + source.select("a.xref-date")));
        assertEquals("../timeline/2011.html#month-2011-07", july.attr("href"));
        assertTrue(source.select("a.xref-date").stream().anyMatch(a -> a.text().equals("1er mars 2020")
                && a.attr("href").equals("../timeline/2020.html#month-2020-03")), "1er mars 2020");
    }
}
