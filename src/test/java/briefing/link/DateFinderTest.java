package briefing.link;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DateFinderTest {
    /** Every year and month has a place on this timeline: "2011-07", or "2011" for a year. */
    private static final BiFunction<Integer, Integer, Optional<String>> EVERYWHERE =
            (y, m) -> Optional.of(m == 0 ? Integer.toString(y) : y + "-" + (m < 10 ? "0" : "") + m);

    private static final DateFinder FRENCH = new DateFinder(List.of("fr"), EVERYWHERE);
    private static final DateFinder ENGLISH = new DateFinder(List.of("en"), EVERYWHERE);

    /** Each date found as "matched text -> target". */
    private static List<String> found(DateFinder finder, String text) {
        return finder.find(text).stream().map(h -> text.substring(h.start(), h.end()) + " -> " + h.href()).toList();
    }

    @Test
    void frenchDatesInEveryFormTheLanguageWritesThem() {
        assertEquals(List.of("9 juillet 2011 -> 2011-07"), found(FRENCH, "signé à Paksé, le 9 juillet 2011, un accord"));
        assertEquals(List.of("1er mars 2020 -> 2020-03"), found(FRENCH, "arrivés à Stung Treng le 1er mars 2020."));
        assertEquals(List.of("15 août 2022 -> 2022-08"), found(FRENCH, "Mais le 15 août 2022, des tirs"));
        assertEquals(List.of("décembre 2019 -> 2019-12"), found(FRENCH, "La crise a éclaté en décembre 2019."));
        assertEquals(List.of("Février 2021 -> 2021-02"), found(FRENCH, "Février 2021 : le cessez-le-feu."), "capitalised");
        assertEquals(List.of("15 aout 2022 -> 2022-08", "fevrier 2021 -> 2021-02"),
                found(FRENCH, "le 15 aout 2022 et en fevrier 2021"), "without diacritics");
        assertEquals(List.of("9\u00A0juillet\u00A02011 -> 2011-07"), found(FRENCH, "le 9\u00A0juillet\u00A02011"), "no-break spaces");
        assertEquals(List.of("2020 -> 2020"), found(FRENCH, "Les contingents ont été relevés en 2020."));
    }

    @Test
    void aFrenchDateLinksAsTheSameEnglishDateDoes() {
        assertEquals(ENGLISH.find("on 9 July 2011").get(0).href(), FRENCH.find("le 9 juillet 2011").get(0).href());
        assertEquals(ENGLISH.find("in July 2011").get(0).href(), FRENCH.find("en juillet 2011").get(0).href());
    }

    @Test
    void numberWordsOfEachLanguage() {
        assertEquals(List.of(), found(FRENCH, "la résolution 2085"));
        assertEquals(List.of(), found(FRENCH, "la Résolution 2085"));
        assertEquals(List.of(), found(FRENCH, "les résolutions 2100"));
        assertEquals(List.of(), found(FRENCH, "le n° 2019 du journal"));
        assertEquals(List.of(), found(FRENCH, "le numéro 2013"));
        assertEquals(List.of(), found(ENGLISH, "Resolution 2085 and No. 2019 and number 2013 and § 2012"));
        assertEquals(List.of("2013 -> 2013"), found(FRENCH, "number 2013"), "French does not know the English word");
        assertEquals(List.of("2013 -> 2013"), found(ENGLISH, "a casino 2013"), "a word that merely ends like one");
    }

    @Test
    void aNumberWordCountsOnlyRightBeforeTheNumber() {
        String long_ = "In 2013 the council met. ".repeat(200);
        assertEquals(200, found(ENGLISH, long_ + "It adopted resolution \t\u2007 2085").size(), "spaces of every kind between");
        assertEquals(List.of("2085 -> 2085"), found(ENGLISH, "a resolution of 2085"), "another word between");
        assertEquals(List.of(), found(ENGLISH, "No 2019"), "at the very start");
    }

    @Test
    void englishKeepsItsForms() {
        assertEquals(List.of("25 April 2013 -> 2013-04"), found(ENGLISH, "It began on 25 April 2013."));
        assertEquals(List.of("June 30, 2023 -> 2023-06"), found(ENGLISH, "It ended on June 30, 2023."));
        assertEquals(List.of("April 2013 -> 2013-04"), found(ENGLISH, "It began in April 2013."));
        assertEquals(List.of("2013 -> 2013"), found(ENGLISH, "It has 2013-14 budgets and 12,2019 things, in 2013."));
    }

    @Test
    void monthNamesOfAnotherLanguageAreNotRead() {
        assertEquals(List.of("2011 -> 2011"), found(ENGLISH, "le 9 juillet 2011"), "only the year is an English date");
        assertEquals(List.of("2011 -> 2011"), found(FRENCH, "on 9 July 2011"));
    }

    @Test
    void aSummaryMayBeInItsSourcesLanguageOrThePortals() {
        DateFinder both = new DateFinder(List.of("es", "en"), EVERYWHERE);
        assertEquals(List.of("julio 2011 -> 2011-07", "18 February 2023 -> 2023-02"), found(both, "en julio 2011 y el 18 February 2023"));
        assertEquals(List.of("2023 -> 2023"), found(new DateFinder(List.of("es"), EVERYWHERE), "el 18 February 2023"),
                "a Spanish text alone does not read English month names");
    }

    @Test
    void aDayThatCannotBeIsNoDay() {
        assertEquals(List.of(), found(FRENCH, "le 32 juillet 2011"));
    }
}
