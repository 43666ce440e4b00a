package briefing.cli;

import briefing.BuiltSite;
import briefing.i18n.Messages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code init} and {@code new-source} in each of the six languages: their texts in it, and placeholders that stop the build. */
class InitLanguagesTest {
    @TempDir
    Path tmp;
    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    /** The title, tagline and overview lines init writes as TODO placeholders, replaced as an editor would. */
    static void replacePlaceholders(Path portal) throws IOException {
        Path yaml = portal.resolve("content/portal.yaml");
        Files.writeString(yaml, Files.readString(yaml).replaceAll("(?m)^title: \"TODO[^\"]*\"", "title: \"Portail remplacé\"")
                .replaceAll("(?m)^tagline: \"TODO[^\"]*\"", "tagline: \"Une ligne remplacée\""));
        Path overview = portal.resolve("content/pages/overview.md");
        Files.writeString(overview, Files.readString(overview).replaceAll("(?m)^TODO.*$", "Un paragraphe écrit par l'éditeur."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ar", "ru", "zh"})
    void initWritesInTheLanguageAndItsPlaceholdersStopTheBuild(String language) throws Exception {
        Path portal = tmp.resolve(language);
        assertEquals(0, Main.run("init", portal.toString(), "--language", language), console.err.toString(StandardCharsets.UTF_8));
        String yaml = Files.readString(portal.resolve("content/portal.yaml"));
        assertTrue(yaml.contains("\nlanguage: " + language + "\n"), yaml);
        // the comments and the placeholders are in the language (no English sentence left), the field names are not
        if (!language.equals("en")) {
            for (String file : List.of("content/portal.yaml", "content/measures.yaml", "content/pages/overview.md")) {
                String text = Files.readString(portal.resolve(file));
                assertFalse(text.contains("The portal itself") || text.contains("What the sources' figures count")
                        || text.contains("This portal is new") || text.contains("what to do next"), language + " " + file);
            }
        }
        console.err.reset();
        assertEquals(1, Main.run("validate", "--project", portal.toString()), "placeholders are errors");
        String errors = console.err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains("'title' is still the placeholder"), errors);
        assertTrue(errors.contains("'tagline' is still the placeholder"), errors);
        assertTrue(Pattern.compile("overview\\.md:1:1: .*placeholder").matcher(errors).find(), errors);

        replacePlaceholders(portal);
        assertEquals(0, Main.run("new-source", "first-report", "--project", portal.toString()));
        String summary = Files.readString(portal.resolve("content/sources/first-report/summary.md"));
        String facts = Files.readString(portal.resolve("content/sources/first-report/facts.yaml"));
        if (!language.equals("en")) {
            assertFalse(summary.contains("What the source says") || facts.contains("Events, figures and statements drawn"), language);
        }
        assertTrue(Files.readString(portal.resolve("content/sources/first-report/source.yaml")).contains("language: " + language));
        console.err.reset();
        assertEquals(1, Main.run("validate", "--project", portal.toString()));
        assertTrue(console.err.toString(StandardCharsets.UTF_8).contains("placeholder"), "new-source's TODOs are errors too");

        Files.walk(portal.resolve("content/sources/first-report")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        assertEquals(0, Main.run("build", "--project", portal.toString(), "--no-search"), console.err.toString(StandardCharsets.UTF_8));
        Document home = BuiltSite.page(portal.resolve("target/site"), "index.html");
        assertEquals(language, home.select("html").attr("lang"));
        assertEquals(Messages.load(language, java.util.Optional.empty()).get("home.overview"), home.select("main h2").first().text());
    }
}
