package briefing.browser;

import briefing.SiteContract;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every built page (but Pagefind's own files) is valid HTML by the Nu HTML Checker, run in-process: on the real
 * content's site and on the rich fixture's. The pages checked are exactly the planned HTML pages, counted.
 */
class HtmlValidityIT {

    /** Collects errors as file:line:col: message; warnings are only printed. */
    private static final class Collector implements ErrorHandler {
        final List<String> errors = new ArrayList<>();
        final Path site;
        Path file;

        Collector(Path site) {
            this.site = site;
        }

        private String where(SAXParseException e) {
            return site.relativize(file) + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
        }

        @Override public void warning(SAXParseException e) { System.out.println("warning " + where(e)); }
        @Override public void error(SAXParseException e) { errors.add(where(e)); }
        @Override public void fatalError(SAXParseException e) { errors.add("fatal " + where(e)); }
    }

    @ParameterizedTest
    @ValueSource(strings = {"content", "fixture"})
    void everyPageIsValidHtml(String name) throws Exception {
        TestSite site = TestSite.named(name);
        List<String> pages = SiteContract.htmlFiles(site.site());
        assertEquals(site.plan().htmlPages(), pages, "the site's pages are the planned HTML pages");
        assertEquals(site.plan().htmlPages().size(), pages.size(), "pages to check");

        Collector collector = new Collector(site.site());
        SimpleDocumentValidator validator = new SimpleDocumentValidator();
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", collector);
        validator.setUpValidatorAndParsers(collector, false, false);
        for (String page : pages) {
            collector.file = site.site().resolve(page);
            validator.checkHtmlFile(collector.file.toFile(), true);
        }
        collector.errors.forEach(System.out::println);
        System.out.println(name + ": checked " + pages.size() + " pages");
        assertTrue(collector.errors.isEmpty(), collector.errors.size() + " validation errors in " + pages.size()
                + " pages of " + name + ", first: " + collector.errors.stream().limit(20).toList());
    }
}
