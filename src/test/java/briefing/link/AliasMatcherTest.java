package briefing.link;

import briefing.link.AliasMatcher.Match;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class AliasMatcherTest {
    private static final AliasMatcher MATCHER = new AliasMatcher(Map.of(
            "UN", "un",
            "UN Security Council", "unsc",
            "Security Council", "unsc",
            "Mali", "mali",
            "MINUSMA", "minusma",
            "Ibrahim Boubacar Keïta", "ibk",
            "Côte d'Ivoire", "civ",
            "Sévaré", "sevare"));

    /** The matched words and their ids, in text order. */
    private static List<String> found(String text) {
        return MATCHER.find(text).stream().map(m -> text.substring(m.start(), m.end()) + "=" + m.id()).toList();
    }

    @Test
    void longestNameWins() {
        assertEquals(List.of("UN Security Council=unsc"), found("The UN Security Council voted."));
        assertEquals(List.of("UN=un", "Security Council=unsc"), found("The UN and its Security Council."));
    }

    @Test
    void wholeWordsOnly() {
        assertEquals(List.of(), found("Malian troops and a UNESCO site"));
        assertEquals(List.of("Mali=mali"), found("Malians in Mali."));
        assertEquals(List.of(), found("SMali Mali2 Mali_x"));
        assertEquals(List.of("Mali=mali"), found("(Mali)"));
    }

    @Test
    void caseAndDiacriticsDoNotCount() {
        assertEquals(List.of("Ibrahim Boubacar Keita=ibk"), found("President Ibrahim Boubacar Keita resigned."));
        assertEquals(List.of("SEVARE=sevare"), found("near SEVARE"));
        assertEquals(List.of("minusma=minusma"), found("the minusma base"));
    }

    @Test
    void aShortAcronymMatchesOnlyInCapitals() {
        // "un" is the French article: a text in French names the UN only as "UN", while longer names ignore case
        assertEquals(List.of("UN=un"), found("Un rapport de l'UN, un autre."));
        assertEquals(List.of("minusma=minusma", "UN=un"), found("la minusma et UN"));
        AliasMatcher both = new AliasMatcher(Map.of("UN", "un", "Un", "un"));
        assertEquals(2, both.find("UN et un").size(), "a name also written in lower case matches either way");
    }

    @Test
    void possessiveAndTypographicApostrophes() {
        assertEquals(List.of("MINUSMA=minusma", "Mali=mali"), found("MINUSMA’s mandate in Mali's north"));
        assertEquals(List.of("Côte d’Ivoire=civ"), found("Côte d’Ivoire’s contingent"));
    }

    @Test
    void matchesDoNotOverlapAndKeepTextPositions() {
        String text = "UN Security Council UN Mali";
        List<Match> m = MATCHER.find(text);
        assertEquals(List.of(new Match(0, 19, "unsc"), new Match(20, 22, "un"), new Match(23, 27, "mali")), m);
        for (int i = 1; i < m.size(); i++) assertEquals(true, m.get(i).start() >= m.get(i - 1).end());
    }

    @Test
    void aShorterNameInsideALongerWordIsNotTaken() {
        AliasMatcher am = new AliasMatcher(Map.of("Kidal", "kidal", "Kidal region", "kidal-region", "region", "region"));
        assertEquals(List.of(new Match(0, 12, "kidal-region")), am.find("Kidal region"));
        assertEquals(List.of(new Match(0, 5, "kidal"), new Match(14, 20, "region")), am.find("Kidal regions region"),
                "\"regions\" is not the word \"region\"");
    }

    @Test
    void emptyRegistryAndEmptyText() {
        assertEquals(List.of(), new AliasMatcher(Map.of()).find("Mali"));
        assertEquals(List.of(), MATCHER.find(""));
    }

    @Test
    void fiveThousandAliasesStillFindTheRightOnes() {
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < 5000; i++) {
            names.put("Group " + i, "group-" + i);
            names.put("Militia " + i + " of the North", "militia-" + i);
        }
        names.put("Group", "group");
        AliasMatcher big = new AliasMatcher(names);
        String text = "Group 4999 met Militia 17 of the North and Group 123, but not Group 50000 nor Militia 17 of the South; Group.";
        List<String> ids = assertTimeoutPreemptively(java.time.Duration.ofSeconds(5), () -> big.find(text))
                .stream().map(Match::id).toList();
        // "Group 50000" is not "Group 5000" but is "Group"; "Militia 17 of the South" is no name at all
        assertEquals(List.of("group-4999", "militia-17", "group-123", "group", "group"), ids);

        StringBuilder longText = new StringBuilder();
        for (int i = 0; i < 2000; i++) longText.append("In week ").append(i).append(" Group ").append(i).append(" attacked. ");
        List<Match> all = assertTimeoutPreemptively(java.time.Duration.ofSeconds(5), () -> big.find(longText));
        assertEquals(2000, all.size());
        assertEquals("group-1999", all.get(1999).id());
    }
}
