package briefing.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class NamesTest {

    @Test
    void diacriticsAndCaseDoNotCount() {
        assertEquals(Names.key("Keita"), Names.key("Keïta"));
        assertEquals(Names.key("IBRAHIM BOUBACAR KEITA"), Names.key("Ibrahim Boubacar Keïta"));
        assertEquals(Names.key("Sevare"), Names.key("Sévaré"));
        assertEquals("keita", Names.key("Keïta"));
    }

    @Test
    void typographicApostrophesAreStraight() {
        assertEquals(Names.key("Cote d'Ivoire"), Names.key("Côte d’Ivoire"));
        assertEquals(Names.key("N'Djamena"), Names.key("N‘Djamena"));
        assertEquals('\'', Names.fold('\u2019'));
    }

    @Test
    void foldingKeepsPositions() {
        String text = "Côte d’Ivoire’s troops";
        String key = Names.key(text);
        assertEquals(text.length(), key.length());
        assertEquals("côte".length(), key.indexOf(' '));
    }

    @Test
    void spacesAndDashesAreNormalised() {
        assertEquals(Names.key("UN mission"), Names.key("UN\u00A0mission"));
        assertEquals(Names.key("al-Qaeda"), Names.key("al\u2010Qaeda"));
        assertEquals("x", Names.key("  X  "));
    }

    @Test
    void differentLettersStayDifferent() {
        assertNotEquals(Names.key("Mali"), Names.key("Malo"));
        assertEquals('ß', Names.fold('ß'), "a letter without a diacritic folds to itself");
    }
}
