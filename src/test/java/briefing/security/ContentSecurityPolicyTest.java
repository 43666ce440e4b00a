package briefing.security;

import briefing.BuiltSite;
import briefing.Fixtures;
import briefing.SiteContract;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every HTML page a build writes carries the Content-Security-Policy (the site's own scripts and styles only, plus
 * the WebAssembly Pagefind needs; no plugins, no foreign base or form target) before anything it governs, and a
 * referrer policy; and nothing on the page needs more: no inline script but JSON-LD data, no inline style, no event
 * handler attribute, no javascript: address. Checked on every page of the fixture portals (the 404 page too).
 */
class ContentSecurityPolicyTest {
    static final Map<String, String> POLICY = new TreeMap<>(Map.of(
            "default-src", "'self'", "script-src", "'self' 'wasm-unsafe-eval'", "style-src", "'self'", "img-src", "'self' data:",
            "object-src", "'none'", "base-uri", "'self'", "form-action", "'self'", "connect-src", "'self'"));

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.RICH, Fixtures.FRENCH})
    void everyPageCarriesThePolicyAndNeedsNoMore(String fixture) throws Exception {
        Path site = Fixtures.build(fixture, tmp);
        List<String> pages = SiteContract.htmlFiles(site);
        assertTrue(pages.size() > 20 && pages.contains("404.html") && pages.contains("search/index.html"), pages.toString());
        for (String url : pages) {
            Document page = Jsoup.parse(Files.readString(site.resolve(url), StandardCharsets.UTF_8));
            List<Element> policies = page.select("meta[http-equiv]");
            assertEquals(1, policies.size(), url + ": one policy");
            Element policy = policies.get(0);
            assertEquals("Content-Security-Policy", policy.attr("http-equiv"), url);
            assertTrue(policy.parent() == page.head(), url + ": in the head");
            Map<String, String> directives = Arrays.stream(policy.attr("content").split(";")).map(String::strip)
                    .collect(Collectors.toMap(d -> d.split(" ", 2)[0], d -> d.split(" ", 2)[1], (a, b) -> a + " | " + b, TreeMap::new));
            assertEquals(POLICY, directives, url + ": exactly these directives (none a meta policy ignores, such as frame-ancestors)");
            // before anything it governs: the first element of the head after the character set
            for (Element e : page.head().children()) {
                if (e == policy) break;
                assertEquals("meta", e.tagName(), url + ": " + e.outerHtml() + " comes before the policy");
            }
            assertEquals("strict-origin-when-cross-origin", page.selectFirst("head meta[name=referrer]").attr("content"), url);
            for (Element script : page.select("script")) {
                assertTrue(script.hasAttr("src") || script.attr("type").equals("application/ld+json"), url + ": inline script " + script.outerHtml());
            }
            assertTrue(page.select("style").isEmpty(), url + ": a style element");
            for (Element e : page.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    assertTrue(!a.getKey().equals("style") && !a.getKey().startsWith("on"), url + ": " + a.getKey() + " on <" + e.tagName() + ">");
                    assertTrue(!a.getValue().strip().toLowerCase(java.util.Locale.ROOT).startsWith("javascript:"), url + ": " + a);
                }
            }
        }
    }
    /**
     * admin/ (the web CMS) is the one page with a policy of its own: Decap compiles its forms at run time, so its
     * scripts need 'unsafe-eval', which no other page gets; still only the site's own scripts (no inline script), and
     * it talks to GitHub's API alone besides the site.
     */
    @Test
    void theCmsPageHasItsOwnNarrowPolicy() throws Exception {
        Document page;
        try (java.io.InputStream in = briefing.cms.AdminSite.class.getResourceAsStream("/briefing/cms/index.html")) {
            page = Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        List<Element> policies = page.select("meta[http-equiv=Content-Security-Policy]");
        assertEquals(1, policies.size());
        Map<String, String> directives = Arrays.stream(policies.get(0).attr("content").split(";")).map(String::strip)
                .collect(Collectors.toMap(d -> d.split(" ", 2)[0], d -> d.split(" ", 2)[1], (a, b) -> a + " | " + b, TreeMap::new));
        assertEquals("'self' 'unsafe-eval'", directives.get("script-src"), "the site's scripts, evaluated: no inline script, no other origin");
        assertEquals("'self' https://api.github.com", directives.get("connect-src"), "the site and GitHub's API only");
        for (String d : List.of("default-src", "base-uri", "form-action")) assertEquals("'self'", directives.get(d), d);
        assertEquals("'none'", directives.get("object-src"));
        for (Element script : page.select("script")) assertTrue(script.hasAttr("src") && !script.attr("src").contains(":"), script.outerHtml());
        Element first = page.head().children().stream().filter(e -> !e.tagName().equals("meta")).findFirst().orElseThrow();
        assertTrue(policies.get(0).elementSiblingIndex() < first.elementSiblingIndex(), "the policy comes before anything it governs");
        assertTrue(!List.of(POLICY.get("script-src").split(" ")).contains("'unsafe-eval'"), "the site's pages never get 'unsafe-eval'");
    }
}
