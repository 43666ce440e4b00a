package briefing.browser;

import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every built page (but Pagefind's own files) is valid HTML by the Nu HTML Checker, run in-process. */
class HtmlValidityIT {

    /** Collects errors as file:line:col: message; warnings are only printed. */
    private static final class Collector implements ErrorHandler {
        final List<String> errors = new ArrayList<>();
        Path file;

        private String where(SAXParseException e) {
            return Browsers.SITE.relativize(file) + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
        }

        @Override public void warning(SAXParseException e) { System.out.println("warning " + where(e)); }
        @Override public void error(SAXParseException e) { errors.add(where(e)); }
        @Override public void fatalError(SAXParseException e) { errors.add("fatal " + where(e)); }
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        Path pagefind = Browsers.SITE.resolve("pagefind");
        List<Path> pages;
        try (Stream<Path> files = Files.walk(Browsers.SITE)) {
            pages = files.filter(p -> p.toString().endsWith(".html") && !p.startsWith(pagefind)).sorted().toList();
        }
        assertTrue(pages.size() > 100, "the built site has its pages: " + pages.size());

        Collector collector = new Collector();
        SimpleDocumentValidator validator = new SimpleDocumentValidator();
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", collector);
        validator.setUpValidatorAndParsers(collector, false, false);
        for (Path page : pages) {
            collector.file = page;
            validator.checkHtmlFile(page.toFile(), true);
        }
        collector.errors.forEach(System.out::println);
        assertTrue(collector.errors.isEmpty(), collector.errors.size() + " validation errors in " + pages.size()
                + " pages, first: " + collector.errors.stream().limit(20).toList());
    }
}
