package briefing.browser;

import briefing.BuiltSite;
import briefing.Samples;
import briefing.link.LinkedCorpus;
import briefing.model.Actor;
import briefing.model.Corpus;
import briefing.model.Urls;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Queries a reader would type, in a real browser under a base path, on the rich fixture portal built with its search
 * index: the expected page comes first. Each query is made from the fixture's corpus by a rule (an alias that is not
 * part of any name, a word only one summary has, the busiest place's name, a number in an event's title), and the
 * expected page follows from the same corpus.
 */
class SearchIT {
    private static Browsers browsers;
    private static Corpus corpus;
    private static LinkedCorpus linked;
    private static List<CorpusText> texts;

    @BeforeAll
    static void start() throws Exception {
        browsers = new Browsers(TestSite.fixture());
        linked = browsers.site.plan().linked();
        corpus = linked.corpus();
        texts = CorpusText.of(corpus);
    }

    @AfterAll
    static void stop() {
        browsers.close();
    }

    /** Types {@code query} into the search page and returns the result links' addresses, in order. */
    private static List<String> search(Page page, String query) {
        browsers.open(page, Urls.SEARCH, "search");
        page.locator("#search-q").fill(query);
        page.waitForSelector("#search[data-state=done]");
        return page.locator("#search-results a.result-link").all().stream().map(a -> a.getAttribute("href")).toList();
    }

    private static void assertFirst(String query, String expectedPage) {
        Page page = browsers.page(1280, 900);
        List<String> results = search(page, query);
        System.out.println("search '" + query + "': " + results);
        assertFalse(results.isEmpty(), "no result for " + query);
        assertEquals(Browsers.BASE + expectedPage, results.get(0), "first result for '" + query + "' among " + results);
        page.context().close();
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("[^\\p{L}]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** Whether {@code word} stands in any text not owned by {@code owner}. */
    private static boolean elsewhere(String word, String owner) {
        return texts.stream().anyMatch(t -> !t.owner().equals(owner) && t.mentions(word));
    }

    /** The type filter's value for pages of a kind, as the build wrote it into a page of that kind. */
    private static String typeOf(String samplePage) {
        return BuiltSite.page(browsers.site.site(), samplePage).selectFirst("meta[name=pagefind-filter-type]").attr("content");
    }

    /**
     * The place with the most events among those whose name is its own (no word of it in another actor's or place's name
     * or alias: "Paraguay" the country shares its name with Paraguay the state): a query whose page must come first.
     */
    private static String busiestPlace() {
        return linked.places().values().stream()
                .filter(p -> words(corpus.places().get(p.id()).name()).stream().noneMatch(w -> texts.stream().anyMatch(t ->
                        (t.owner().startsWith("actor:") || t.owner().startsWith("place:")) && !t.owner().equals("place:" + p.id())
                                && t.mentions(w))))
                .max(java.util.Comparator.comparingInt((briefing.link.EntityLinks p) -> p.events().size())
                        .thenComparing(briefing.link.EntityLinks::id, java.util.Comparator.reverseOrder()))
                .map(briefing.link.EntityLinks::id)
                .orElseThrow(() -> new AssertionError("the fixture has a place with a name of its own"));
    }

    @Test
    void anAliasThatIsNoNameFindsTheActor() {
        // the first actor with an alias word of 6 letters or more that no other entity's name or alias contains
        for (Actor a : corpus.actors().values()) {
            List<String> nameWords = words(a.name()).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
            Optional<String> word = a.aliases().stream().flatMap(x -> words(x).stream())
                    .filter(w -> w.length() >= 6 && !nameWords.contains(w.toLowerCase(Locale.ROOT)))
                    .filter(w -> texts.stream().noneMatch(t -> (t.owner().startsWith("actor:") || t.owner().startsWith("place:"))
                            && !t.owner().equals("actor:" + a.id()) && t.mentions(w)))
                    .findFirst();
            if (word.isPresent()) {
                assertFirst(word.get(), Urls.actor(a.id()));
                return;
            }
        }
        throw new AssertionError("the fixture has an actor with an alias that is not part of a name");
    }

    @Test
    void aWordOfOneSummaryFindsItsSource() {
        // the longest word (8 letters or more) that stands in one source's summary and nowhere else in the content
        for (String source : corpus.sources().keySet()) {
            Optional<String> word = words(corpus.sources().get(source).summary().text()).stream()
                    .filter(w -> w.length() >= 8 && w.chars().allMatch(Character::isLowerCase))
                    .filter(w -> !elsewhere(w, "summary:" + source))
                    .reduce((a, b) -> b.length() > a.length() ? b : a);
            if (word.isPresent()) {
                assertFirst(word.get(), Urls.source(source));
                return;
            }
        }
        throw new AssertionError("no word of the fixture's summaries stands in one summary only");
    }

    @Test
    void aPlacesNameFindsItsPage() {
        String place = busiestPlace();
        assertFirst(corpus.places().get(place).name(), Urls.place(place));
    }

    @Test
    void aNumberInAnEventsTitleFindsThatEvent() {
        // a number of three digits or more, not a year, in an event's title (a resolution's number, say)
        Pattern number = Pattern.compile("\\b\\d{3,}\\b");
        String query = null;
        for (var e : linked.timeline()) {
            Matcher m = number.matcher(e.title());
            while (query == null && m.find()) {
                int n = Integer.parseInt(m.group());
                if (n < 1900 || n > 2100) query = m.group();
            }
        }
        assertTrue(query != null, "the fixture has an event whose title holds a number");
        Page page = browsers.page(1280, 900);
        List<String> results = search(page, query);
        assertFalse(results.isEmpty(), "no result for " + query);
        String first = page.locator("#search-results li.result").first().innerText();
        assertTrue(first.contains(query), "the first result shows " + query + ": " + first);
        Browsers.screenshot(page, "search-number");
        page.context().close();
    }

    @Test
    void aDocumentsNumberOrSymbolFindsItsPage() {
        // the first document whose symbol carries a number: "9040" and "S/RES/9040" both lead to its page first
        briefing.model.Document d = corpus.documents().values().stream().filter(x -> x.number().isPresent() && x.shortSymbol().isPresent())
                .findFirst().orElseThrow(() -> new AssertionError("the fixture has a document with a numbered symbol"));
        assertFirst(d.number().get(), Urls.document(d.id()));
        assertFirst(d.shortSymbol().get(), Urls.document(d.id()));
    }

    @Test
    void aFilterNarrowsTheResults() {
        String actor = Samples.mostEvents(linked.actors()).orElseThrow();
        String actorType = typeOf(Urls.actor(actor));
        Page page = browsers.page(1280, 900);
        search(page, corpus.actors().get(actor).name());
        page.waitForSelector("#search[data-filters=ready]"); // the chips come once the filter index has loaded
        int all = Integer.parseInt(page.locator("#search").getAttribute("data-count"));
        List<Locator> chips = page.locator("#search-filters button.chip").all().stream()
                .filter(c -> c.innerText().strip().matches(Pattern.quote(actorType) + " \\(\\d+\\)")).toList();
        assertEquals(1, chips.size(), "one chip for the type " + actorType);
        chips.get(0).click();
        page.waitForSelector("#search[data-state=done]");
        List<String> filtered = page.locator("#search-results a.result-link").all().stream().map(a -> a.getAttribute("href")).toList();
        int narrowed = Integer.parseInt(page.locator("#search").getAttribute("data-count"));
        assertTrue(narrowed > 0 && narrowed < all, "filtering by type " + actorType + " narrows " + all + " results to " + narrowed);
        assertTrue(filtered.stream().allMatch(h -> h.startsWith(Browsers.BASE + "actors/")), "only actor pages: " + filtered);
        assertTrue(page.url().contains("type=" + URLEncoder.encode(actorType, StandardCharsets.UTF_8)), "the filter is in the URL: " + page.url());
        Browsers.screenshot(page, "search-filter");
        page.context().close();
    }

    @Test
    void aSharedUrlRestoresTheSearch() {
        String place = busiestPlace();
        String name = corpus.places().get(place).name();
        String placeType = typeOf(Urls.place(place));
        Page page = browsers.page(1280, 900);
        browsers.open(page, Urls.SEARCH + "?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20")
                + "&type=" + URLEncoder.encode(placeType, StandardCharsets.UTF_8), "search");
        page.waitForSelector("#search[data-filters=ready]");
        assertEquals(name, page.locator("#search-q").inputValue());
        Locator pressed = page.locator("#search-filters button.chip[aria-pressed=true]");
        assertEquals(1, pressed.count(), "one filter on");
        assertTrue(pressed.innerText().startsWith(placeType), pressed.innerText());
        List<String> results = page.locator("#search-results a.result-link").all().stream().map(a -> a.getAttribute("href")).toList();
        assertEquals(Browsers.BASE + Urls.place(place), results.get(0));
        assertTrue(results.stream().allMatch(h -> h.startsWith(Browsers.BASE + "places/")), "only place pages: " + results);
        page.context().close();
    }

    @Test
    void theHeaderSearchBoxLeadsToResults() {
        String actor = Samples.mostEvents(linked.actors()).orElseThrow();
        String name = corpus.places().get(busiestPlace()).name();
        Page page = browsers.page(1280, 900);
        browsers.open(page, Urls.actor(actor), "actor");
        page.keyboard().press("/");
        page.keyboard().type(name);
        page.keyboard().press("Enter");
        page.waitForSelector("#search[data-state=done]");
        assertTrue(page.url().contains("q=" + URLEncoder.encode(name, StandardCharsets.UTF_8)), page.url());
        assertEquals(name, page.locator("#search-q").inputValue());
        assertTrue(page.locator("#search-results a.result-link").count() > 0, "results for " + name);
        page.context().close();
    }

    @Test
    void aWordNoPageHasFindsNothingAndSaysSo() {
        String query = "qqxzv";
        assertTrue(texts.stream().noneMatch(t -> t.mentions(query)), "the word stands nowhere in the content");
        Page page = browsers.page(1280, 900);
        assertEquals(List.of(), search(page, query));
        assertEquals("0", page.locator("#search").getAttribute("data-count"));
        assertFalse(page.locator("#search-status").innerText().isBlank(), "the status says there is no result");
        assertTrue(page.url().contains("q=" + query), "the query is in the URL: " + page.url());
        Browsers.screenshot(page, "search-nothing");
        page.context().close();
    }
}
