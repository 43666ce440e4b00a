package briefing.link;

import briefing.Briefing;
import briefing.Fixtures;
import briefing.i18n.Messages;
import briefing.model.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Documents named in any language's words ({@code document.names.<kind>} of every shipped bundle) link to their page in
 * any portal, and a portal's own words for the date finder ({@code i18n/<lang>.properties}) are honoured.
 */
class DocumentNamesLanguagesTest {
    private static final String SOURCE = "chaco-monitor-2021-one-year";
    private static final String LINK = "<a href=\"../documents/resolution-9001.html\" class=\"xref xref-document\">";

    @TempDir
    Path tmp;

    private String summaryHtml(String language, String added, Optional<String> portalWords) throws Exception {
        Path project = tmp.resolve(language);
        Fixtures.copy(Fixtures.RICH, project);
        Path content = project.resolve("content");
        Path portal = content.resolve("portal.yaml");
        Files.writeString(portal, Files.readString(portal).replace("\nlanguage: en\n", "\nlanguage: " + language + "\n"));
        Path summary = content.resolve("sources").resolve(SOURCE).resolve("summary.md");
        Files.writeString(summary, Files.readString(summary) + "\n\n" + added + "\n");
        Optional<Path> i18n = Optional.empty();
        if (portalWords.isPresent()) {
            i18n = Optional.of(Files.createDirectories(project.resolve("i18n")));
            Files.writeString(i18n.get().resolve(language + ".properties"), portalWords.get());
        }
        Corpus corpus = Briefing.validate(content);
        return Linker.link(corpus, Messages.load(language, i18n)).summaries().get(SOURCE).html();
    }

    @Test
    void aResolutionNamedInEachLanguageLinksToItsPage() throws Exception {
        for (String text : List.of("la resolución 9001", "La Resolución 9001", "la résolution 9001", "резолюцию 9001",
                "القرار 9001", "安理会第9001(2020)号决议", "第9001号决议")) {
            String html = summaryHtml("es", "Texto: " + text + ".", Optional.empty());
            String name = text.replaceFirst("^(la |La |安理会)", "");
            assertTrue(html.contains(LINK + name + "</a>"), text + " -> " + html.substring(Math.max(0, html.length() - 400)));
        }
        String english = summaryHtml("en", "Under resolución 9001 and 第9001号决议.", Optional.empty());
        assertTrue(english.contains(LINK + "resolución 9001</a>") && english.contains(LINK + "第9001号决议</a>"),
                "an English portal reads a Spanish and a Chinese name too");
        assertFalse(summaryHtml("es", "la resolución 9002 no existe", Optional.empty()).contains("resolution-9002"));
    }

    @Test
    void thePortalsOwnWordsAfterWhichANumberIsNoYearAreHonoured() throws Exception {
        String plain = summaryHtml("es", "Véase el expediente 2020 y lo ocurrido en 2021.", Optional.empty());
        assertTrue(plain.contains(">2020</a>"), "without the portal's word, 2020 is a year");
        String html = summaryHtml("es", "Véase el expediente 2020 y lo ocurrido en 2021.",
                Optional.of("datefinder.not_a_year_after=expediente, resolución\n"));
        assertFalse(html.contains(">2020</a>"), html);
        assertTrue(html.contains(">2021</a>"), html);
    }
}
