package briefing.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SuggestionsTest {
    private static final List<String> ACTORS = List.of("wagner-group", "minusma", "un-security-council", "mali",
            "mali-government", "jnim");
    private static final List<String> SOURCE_FIELDS = List.of("title", "publisher", "authors", "published", "url",
            "license", "kind", "language", "scope_note", "provenance_note");

    @Test
    void partOfAnIdSuggestsTheId() {
        assertEquals(Optional.of("wagner-group"), Suggestions.nearest("wagner", ACTORS));
        assertEquals(Optional.of("un-security-council"), Suggestions.nearest("security", ACTORS));
    }

    @Test
    void misspeltFieldSuggestsTheField() {
        assertEquals(Optional.of("published"), Suggestions.nearest("pubished", SOURCE_FIELDS));
        assertEquals(Optional.of("authors"), Suggestions.nearest("autohrs", SOURCE_FIELDS), "a transposition is one edit");
        assertEquals(Optional.of("license"), Suggestions.nearest("licence", SOURCE_FIELDS));
    }

    @Test
    void nearestWinsAndTiesGoAlphabetically() {
        assertEquals(Optional.of("minusma"), Suggestions.nearest("minusm", ACTORS));
        assertEquals(Optional.of("mali"), Suggestions.nearest("Mali", ACTORS), "case does not count");
        assertEquals(Optional.of("ab"), Suggestions.nearest("aa", List.of("ba", "ab")));
    }

    @Test
    void nothingFarFetched() {
        assertEquals(Optional.empty(), Suggestions.nearest("zzz", ACTORS));
        assertEquals(Optional.empty(), Suggestions.nearest("france", ACTORS));
        assertEquals("", Suggestions.hint("france", ACTORS));
    }

    @Test
    void hintIsTheMessageSuffix() {
        assertEquals(" (did you mean 'wagner-group'?)", Suggestions.hint("wagner", ACTORS));
    }

    @Test
    void distanceCountsEdits() {
        assertEquals(0, Suggestions.distance("mali", "mali"));
        assertEquals(1, Suggestions.distance("mali", "malli"));
        assertEquals(1, Suggestions.distance("mail", "mali"));
        assertEquals(3, Suggestions.distance("", "abc"));
    }
}
