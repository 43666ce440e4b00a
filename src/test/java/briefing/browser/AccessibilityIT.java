package briefing.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** axe-core finds no WCAG 2.1 A/AA violation on a page of every type, light and dark, desktop and phone. */
class AccessibilityIT {
    /** One page of every type; the search page with a query, so its results are checked too; the 404 page at a missing address. */
    static final List<String> PAGES = List.of("index.html", "sources/index.html", "sources/justsecurity-2019-bloody-week.html",
            "actors/index.html", "actors/minusma.html", "places/index.html", "places/aguelhok.html",
            "timeline/index.html", "timeline/2019.html", "figures/index.html", "figures/troops.html",
            "discrepancies/index.html", "pages/methodology.html", "search/index.html?q=Aguelhok",
            "no/such-page.html");

    private static Browsers browsers;

    @BeforeAll
    static void start() throws Exception {
        browsers = new Browsers();
    }

    @AfterAll
    static void stop() {
        browsers.close();
    }

    @ParameterizedTest(name = "{0} at {1}px")
    @CsvSource({"LIGHT,1280,900", "DARK,1280,900", "LIGHT,360,740", "DARK,360,740"})
    void noViolations(ColorScheme scheme, int width, int height) {
        List<String> problems = new ArrayList<>();
        for (String path : PAGES) {
            Page page = browsers.page(width, height, scheme);
            page.navigate(browsers.url(path));
            if (path.startsWith("search/")) page.waitForSelector("#search[data-state=done]");
            AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
            assertFalse(results.getPasses().isEmpty(), "axe ran on " + path);
            for (Rule v : results.getViolations()) {
                problems.add(path + ": " + v.getId() + " (" + v.getImpact() + ") " + v.getHelp() + " at "
                        + v.getNodes().stream().map(CheckedNode::getTarget).map(String::valueOf).limit(8).toList());
            }
            if (path.equals("index.html") || path.startsWith("actors/minusma") || path.startsWith("search/") || path.startsWith("no/")) {
                Browsers.screenshot(page, "a11y-" + path.replaceAll("[/.?=]", "-") + "-" + scheme.name().toLowerCase() + "-" + width);
            }
            page.context().close();
        }
        problems.forEach(System.out::println);
        assertTrue(problems.isEmpty(), problems.size() + " axe violations (" + scheme + ", " + width + "px):\n" + String.join("\n", problems));
    }
}
