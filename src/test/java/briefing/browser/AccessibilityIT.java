package briefing.browser;

import briefing.Samples;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * axe-core finds no WCAG 2.1 A/AA violation on a page of every kind, light and dark, desktop and phone: the pages are
 * chosen from the content ({@link Samples}: the first source, the actor and the place with the most events, the first
 * year, the first measure, the first editorial page, the search page with a real actor's name ...), on the real
 * content's site and on the rich fixture's. Each page must answer HTTP 200 and be a page of its kind; the 404 page is
 * checked once on purpose, at an address that has no page, and must answer 404.
 */
class AccessibilityIT {
    private static final Map<String, Browsers> BROWSERS = new TreeMap<>();
    /** The kinds whose screenshots are kept (target/screenshots). */
    private static final Set<String> SHOTS = Set.of("home", "actor", "search", "notfound");

    static synchronized Browsers browsers(String site) throws Exception {
        Browsers b = BROWSERS.get(site);
        if (b == null) BROWSERS.put(site, b = new Browsers(TestSite.named(site)));
        return b;
    }

    @AfterAll
    static void stop() {
        BROWSERS.values().forEach(Browsers::close);
        BROWSERS.clear();
    }

    static Stream<Arguments> variants() {
        // the real content in both schemes at both widths; the fixture (the same templates, other content) in light on
        // a desktop and dark on a phone, which covers each scheme and each width once and keeps the run short
        return Stream.of(Arguments.of("content", ColorScheme.LIGHT, 1280, 900), Arguments.of("content", ColorScheme.DARK, 1280, 900),
                Arguments.of("content", ColorScheme.LIGHT, 360, 740), Arguments.of("content", ColorScheme.DARK, 360, 740),
                Arguments.of("fixture", ColorScheme.LIGHT, 1280, 900), Arguments.of("fixture", ColorScheme.DARK, 360, 740));
    }

    @ParameterizedTest(name = "{0}: {1} at {2}px")
    @MethodSource("variants")
    void noViolations(String site, ColorScheme scheme, int width, int height) throws Exception {
        Browsers browsers = browsers(site);
        Samples samples = browsers.site.samples();
        System.out.print(samples.report());
        List<Samples.Sample> pages = new ArrayList<>(samples.pages());
        pages.add(new Samples.Sample("notfound", Samples.MISSING, "the 404 page, at an address without a page"));
        List<String> problems = new ArrayList<>();
        for (Samples.Sample s : pages) {
            Page page = browsers.page(width, height, scheme);
            browsers.open(page, s.url(), s.kind().equals("notfound") ? 404 : 200, s.kind());
            if (s.kind().equals("search")) page.waitForSelector("#search[data-state=done]");
            AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
            assertFalse(results.getPasses().isEmpty(), "axe ran on " + s.url());
            for (Rule v : results.getViolations()) {
                problems.add(s.url() + " (" + s.why() + "): " + v.getId() + " (" + v.getImpact() + ") " + v.getHelp() + " at "
                        + v.getNodes().stream().map(CheckedNode::getTarget).map(String::valueOf).limit(8).toList());
            }
            if (SHOTS.contains(s.kind())) {
                Browsers.screenshot(page, "a11y-" + site + "-" + s.kind() + "-" + scheme.name().toLowerCase() + "-" + width);
            }
            page.context().close();
        }
        problems.forEach(System.out::println);
        assertTrue(problems.isEmpty(), problems.size() + " axe violations (" + site + ", " + scheme + ", " + width + "px):\n"
                + String.join("\n", problems));
    }
}
