package briefing.i18n;

import briefing.model.EdtfDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessagesTest {
    private final Messages en = Messages.english();
    private final Messages fr = Messages.load("fr", Optional.empty());

    @Test
    void datesFollowTheLanguageAtTheirOwnPrecision() {
        assertEquals("30 June 2023", en.date(EdtfDate.parse("2023-06-30")));
        assertEquals("30 juin 2023", fr.date(EdtfDate.parse("2023-06-30")));
        assertEquals("1er juillet 2011", fr.date(EdtfDate.parse("2011-07-01")));
        assertEquals("1 July 2011", en.date(EdtfDate.parse("2011-07-01")));
        assertEquals("avril 2013", fr.date(EdtfDate.parse("2013-04")));
        assertEquals("2013", fr.date(EdtfDate.parse("2013")));
        assertEquals("about October 2020", en.date(EdtfDate.parse("2020-10~")));
        assertEquals("vers octobre 2020", fr.date(EdtfDate.parse("2020-10~")));
        assertEquals("April 2021 (uncertain)", en.date(EdtfDate.parse("2021-04?")));
        assertEquals("28 January 2019 – 1 February 2019", en.date(EdtfDate.parse("2019-01-28/2019-02-01")));
        assertEquals("31 octobre 2023 ou après", fr.date(EdtfDate.parse("2023-10-31/..")));
        assertEquals("20 January 2019 or earlier", en.date(EdtfDate.parse("../2019-01-20")));
        assertEquals("Juin 2023", fr.month(2023, 6));
        assertEquals("June 2023", en.month(2023, 6));
    }

    @Test
    void numbersAndListsFollowTheLanguage() {
        assertEquals("12,261", en.number(new BigDecimal("12261")));
        assertEquals("12\u202F261", fr.number(new BigDecimal("12261")));
        assertEquals("17.5", en.number(new BigDecimal("17.5")));
        assertEquals("17,5", fr.number(new BigDecimal("17.5")));
        assertEquals("Peru, Chile, and Bolivia", en.list(List.of("Peru", "Chile", "Bolivia")));
        assertEquals("Pérou, Chili et Bolivie", fr.list(List.of("Pérou", "Chili", "Bolivie")));
        assertEquals(Optional.of("Pérou"), fr.countryName("PE"));
        assertEquals("français", fr.languageName("fr"));
        assertEquals("French", en.languageName("fr"));
        assertEquals("juillet", Messages.monthNames("fr").get(6));
        assertEquals("July", Messages.monthNames("en").get(6));
    }

    @Test
    void aPortalOverridesOneKeyAndMayAddALanguage(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("en.properties"), "date.approximate=circa {date}\n");
        Messages custom = Messages.load("en", Optional.of(dir));
        assertEquals("circa 2013", custom.date(EdtfDate.parse("2013~")));
        assertEquals("2013 (uncertain)", custom.date(EdtfDate.parse("2013?")), "other keys are the engine's");

        assertFalse(Messages.available("de", Optional.of(dir)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Messages.load("de", Optional.of(dir)));
        assertTrue(e.getMessage().contains("de.properties"), e.getMessage());
        Files.writeString(dir.resolve("de.properties"), "date.pattern.day=d. MMMM y\n");
        Messages de = Messages.load("de", Optional.of(dir));
        assertEquals("9. Juli 2011", de.date(EdtfDate.parse("2011-07-09")));
        assertEquals("about 2011", de.date(EdtfDate.parse("2011~")), "a key the new language lacks falls back to English");
    }

    @Test
    void aRegionalTagUsesItsLanguage() {
        assertTrue(Messages.available("fr-CA", Optional.empty()));
        assertEquals("30 juin 2023", Messages.load("fr-CA", Optional.empty()).date(EdtfDate.parse("2023-06-30")));
    }

    @Test
    void anUnknownKeyIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> en.get("no.such.key"));
        assertTrue(e.getMessage().contains("no.such.key"), e.getMessage());
    }

    /** Every shipped language has every English key, with the same arguments: a language is complete or it is not shipped. */
    @Test
    void everyShippedBundleIsComplete() {
        for (String language : Messages.shipped()) {
            Messages m = Messages.load(language, Optional.empty());
            Set<String> own = new TreeSet<>(bundleKeys(language));
            Set<String> missing = new TreeSet<>(en.keys());
            missing.removeAll(own);
            missing.removeIf(k -> k.startsWith("date.pattern.")); // without its own, a language dates as CLDR says
            assertTrue(missing.isEmpty(), language + " lacks " + missing);
            for (String key : en.keys()) {
                if (key.startsWith("date.pattern")) continue;
                // {gender}, the unit's grammatical gender, is an argument every figure qualifier has, used where the language needs it
                Set<String> args = arguments(m.raw("").get(key));
                if (key.startsWith("figure.qualifier.")) args.remove("gender");
                // a language may spell out the number of its singular or dual form ("صفحة واحدة", "صفحتان")
                if (key.startsWith("js.") && (key.endsWith(".one") || key.endsWith(".two"))) args.add("count");
                assertEquals(arguments(en.raw("").get(key)), args, language + ": arguments of " + key);
            }
        }
    }

    /** The named arguments of an ICU message pattern, read with ICU's own parser (words inside plural forms are text). */
    private static Set<String> arguments(String pattern) {
        Set<String> out = new TreeSet<>();
        com.ibm.icu.text.MessagePattern parsed = new com.ibm.icu.text.MessagePattern(pattern);
        for (int i = 0; i < parsed.countParts(); i++) {
            com.ibm.icu.text.MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == com.ibm.icu.text.MessagePattern.Part.Type.ARG_NAME) out.add(parsed.getSubstring(part));
        }
        return out;
    }

    private static Set<String> bundleKeys(String language) {
        try (var in = Messages.class.getResourceAsStream("/i18n/" + language + ".properties")) {
            java.util.Properties p = new java.util.Properties();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            return p.stringPropertyNames();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
