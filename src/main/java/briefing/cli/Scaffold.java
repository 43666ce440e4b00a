package briefing.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The commented templates `new-source` writes, in the portal's language: resources of the engine under
 * {@code scaffold/new-source/<language>/} (source.yaml, summary.md, facts.yaml; English for a language the engine does
 * not ship). They validate as they are once the TODO placeholders are filled. In facts.yaml each list's examples are
 * commented out under its field, indented as list items, so that removing the "# " of a block gives valid YAML; their
 * values are TODO placeholders, so an example left as it is never passes as a fact.
 */
final class Scaffold {
    private static final String RESOURCES = "/scaffold/new-source/";

    private Scaffold() {
    }

    /** source.yaml with the language filled in (the portal's, which editors change when the source's differs). */
    static String source(String language) {
        return text(language, "source.yaml").replace("{language}", language);
    }

    static String summary(String language) {
        return text(language, "summary.md");
    }

    static String facts(String language) {
        return text(language, "facts.yaml");
    }

    /** One template in the language's base ("pt-BR": pt), else in English. */
    private static String text(String language, String file) {
        String base = com.ibm.icu.util.ULocale.forLanguageTag(language).getLanguage();
        InputStream in = Scaffold.class.getResourceAsStream(RESOURCES + base + "/" + file);
        if (in == null) in = Scaffold.class.getResourceAsStream(RESOURCES + "en/" + file);
        if (in == null) throw new IllegalStateException("the engine lacks its resource " + RESOURCES + "en/" + file);
        try (InputStream s = in) {
            return new String(s.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
