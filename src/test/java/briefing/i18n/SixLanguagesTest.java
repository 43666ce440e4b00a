package briefing.i18n;

import briefing.model.EdtfDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The six UN languages write dates, numbers, plurals and lists as CLDR says, and know their direction. */
class SixLanguagesTest {
    private static Messages m(String language) {
        return Messages.load(language, Optional.empty());
    }

    @Test
    void theEngineShipsTheSixLanguages() {
        assertEquals(List.of("en", "fr", "es", "ar", "ru", "zh"), Messages.shipped());
    }

    @Test
    void datesAtEachPrecisionFromCldr() {
        EdtfDate day = EdtfDate.parse("2023-06-30");
        assertEquals("30 de junio de 2023", m("es").date(day));
        assertEquals("30 июня 2023 г.", m("ru").date(day).replaceAll("\\h", " "));
        assertEquals("2023年6月30日", m("zh").date(day));
        assertTrue(m("ar").date(day).contains("يونيو"), m("ar").date(day));
        assertEquals("junio de 2023", m("es").date(EdtfDate.parse("2023-06")));
        assertEquals("2023年6月", m("zh").date(EdtfDate.parse("2023-06")));
        assertEquals("Июнь 2023 г.", m("ru").month(2023, 6).replaceAll("\\h", " "), "the stand-alone (nominative) month as a heading");
        assertEquals("2023年", m("zh").date(EdtfDate.parse("2023")));
    }

    @Test
    void pluralsOfEachLanguage() {
        assertEquals("21 событие", m("ru").get("count.events", "count", 21));
        assertEquals("3 события", m("ru").get("count.events", "count", 3));
        assertEquals("11 событий", m("ru").get("count.events", "count", 11));
        assertEquals("حدثان", m("ar").get("count.events", "count", 2));
        assertEquals("5 أحداث", m("ar").get("count.events", "count", 5).replaceAll("[٠-٩]", "5").replace("5 ", "5 "));
        assertEquals("unas", m("es").get("figure.qualifier.about", "gender", "feminine"));
        assertEquals("unos", m("es").get("figure.qualifier.about", "gender", "masculine"));
        assertEquals("3个事件", m("zh").get("count.events", "count", 3));
    }

    @Test
    void numbersListsAndDirection() {
        assertEquals("13.589", m("es").number(new BigDecimal("13589")));
        assertEquals("Perú, Chile y Bolivia", m("es").list(List.of("Perú", "Chile", "Bolivia")));
        assertEquals("秘鲁、智利和玻利维亚", m("zh").list(List.of("秘鲁", "智利", "玻利维亚")));
        assertTrue(m("ar").rightToLeft());
        for (String l : List.of("en", "fr", "es", "ru", "zh")) assertFalse(m(l).rightToLeft(), l);
    }

    @Test
    void aShippedLanguageLacksNothingAndAPortalLanguageListsWhatItLacks(@TempDir Path dir) throws Exception {
        for (String l : Messages.shipped()) assertEquals(List.of(), m(l).untranslated(), l);
        Files.writeString(dir.resolve("pt.properties"), "nav.timeline=Cronologia\n");
        Messages pt = Messages.load("pt", Optional.of(dir));
        assertTrue(pt.untranslated().contains("nav.actors"), "shown in English until translated");
        assertFalse(pt.untranslated().contains("nav.timeline"));
        assertEquals("30 de junho de 2023", pt.date(EdtfDate.parse("2023-06-30")), "dates need no words: CLDR has them");
    }

    @Test
    void validateWarnsOfWhatAPortalLanguageLacksNamingTheKeyAndTheFile(@TempDir Path dir) throws Exception {
        briefing.Fixtures.copy(briefing.Fixtures.MINIMAL, dir);
        Path portal = dir.resolve("content/portal.yaml");
        Files.writeString(portal, Files.readString(portal).replace("\nlanguage: en\n", "\nlanguage: pt\n"));
        Files.createDirectories(dir.resolve("i18n"));
        Files.writeString(dir.resolve("i18n/pt.properties"), "nav.timeline=Cronologia\n");
        List<briefing.model.Problem> warnings = briefing.Briefing.check(dir.resolve("content")).warnings();
        briefing.model.Problem w = warnings.stream().filter(p -> p.message().contains("not translated")).findFirst().orElseThrow(
                () -> new AssertionError(warnings.toString()));
        assertTrue(w.origin().file().endsWith("pt.properties"), w.toString());
        int lacking = Messages.load("pt", Optional.of(dir.resolve("i18n"))).untranslated().size();
        assertTrue(w.message().startsWith(lacking + " interface texts are not translated") && w.message().contains("actor.companions"), w.message());
        Files.writeString(portal, Files.readString(portal).replace("\nlanguage: pt\n", "\nlanguage: es\n"));
        assertTrue(briefing.Briefing.check(dir.resolve("content")).warnings().stream().noneMatch(p -> p.message().contains("not translated")),
                "a shipped language lacks nothing");
    }
}
