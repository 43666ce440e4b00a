package briefing.model;

import briefing.model.EdtfDate.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EdtfDateTest {

    @Test
    void parsesAYear() {
        EdtfDate d = EdtfDate.parse("2013");
        assertFalse(d.interval());
        assertEquals(Precision.YEAR, d.anchor().precision());
        assertEquals(2013, d.year());
        assertEquals("2013", d.anchor().iso());
        assertEquals(LocalDate.of(2013, 1, 1), d.earliest());
        assertEquals(LocalDate.of(2013, 12, 31), d.latest());
    }

    @Test
    void parsesAMonth() {
        EdtfDate d = EdtfDate.parse("2013-04");
        assertEquals(Precision.MONTH, d.anchor().precision());
        assertEquals(4, d.anchor().month());
        assertEquals(LocalDate.of(2013, 4, 1), d.earliest());
        assertEquals(LocalDate.of(2013, 4, 30), d.latest());
        assertEquals("2013-04", d.monthKey());
    }

    @Test
    void parsesADay() {
        EdtfDate d = EdtfDate.parse("2013-04-25");
        assertEquals(Precision.DAY, d.anchor().precision());
        assertEquals(25, d.anchor().day());
        assertEquals(0, d.span());
        assertEquals("2013-04-25", d.anchor().iso());
    }

    @Test
    void leapDayExistsOnlyInLeapYears() {
        assertTrue(EdtfDate.isValid("2024-02-29"));
        assertFalse(EdtfDate.isValid("2023-02-29"));
    }

    @Test
    void parsesApproximateAndUncertain() {
        EdtfDate approx = EdtfDate.parse("2020-10~");
        assertTrue(approx.anchor().approximate());
        assertFalse(approx.anchor().uncertain());
        EdtfDate unsure = EdtfDate.parse("2021-04?");
        assertTrue(unsure.anchor().uncertain());
        assertFalse(unsure.anchor().approximate());
        EdtfDate both = EdtfDate.parse("2021%");
        assertTrue(both.anchor().uncertain() && both.anchor().approximate());
        assertEquals("2020-10~", approx.edtf());
        assertEquals("2021-04?", unsure.edtf());
        assertEquals("2021%", both.edtf());
    }

    @Test
    void parsesAClosedInterval() {
        EdtfDate d = EdtfDate.parse("2019-01-28/2019-02-01");
        assertTrue(d.interval());
        assertEquals(LocalDate.of(2019, 1, 28), d.earliest());
        assertEquals(LocalDate.of(2019, 2, 1), d.latest());
        assertEquals(2019, d.year());
        assertEquals("2019-01-28/2019-02-01", d.edtf());
    }

    @Test
    void parsesIntervalsOpenAtEitherEnd() {
        EdtfDate from = EdtfDate.parse("2023-10-31/..");
        assertTrue(from.start().isPresent());
        assertTrue(from.end().isEmpty());
        assertEquals(LocalDate.MAX, from.latest());
        assertEquals("31 October 2023 or later", from.text());

        EdtfDate until = EdtfDate.parse("../2023");
        assertTrue(until.start().isEmpty());
        assertEquals(2023, until.year(), "an interval open at its start is filed under its end");
        assertEquals(LocalDate.MIN, until.earliest());
        assertEquals(LocalDate.of(2023, 12, 31), until.latest());
        assertEquals("2023 or earlier", until.text());
        assertEquals("../2023", until.edtf());
    }

    @Test
    void impossibleDaySaysHowManyDaysTheMonthHas() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EdtfDate.parse("2023-02-30"));
        assertEquals("'2023-02-30' does not exist: February 2023 has 28 days", e.getMessage());
        assertFalse(EdtfDate.isValid("2023-02-30"));
        assertFalse(EdtfDate.isValid("2023-04-31"));
    }

    @Test
    void impossibleMonthSaysMonthsRunFrom01To12() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EdtfDate.parse("2023-13"));
        assertEquals("'2023-13' has month 13; months run from 01 to 12", e.getMessage());
        assertFalse(EdtfDate.isValid("2023-00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "13", "2013-4", "2013-04-5", "25 April 2013", "2013/04/25", "2013-04-25T10:00",
            "April 2013", "2013~?", "x2013", "/", "../..", "2013/2014/2015"})
    void rejectsWhatIsNotADate(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EdtfDate.parse(text));
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void malformedDateMessageShowsTheForms() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EdtfDate.parse("25/04/2013"));
        assertEquals("'25/04/2013' is not a date in the form YYYY-MM-DD; write 2013-04-25", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> EdtfDate.parse("2013-4-25"));
        assertEquals("'2013-4-25' is not a date in the form YYYY-MM-DD; write 2013-04-25", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> EdtfDate.parse("2013-14-25"));
        assertTrue(e.getMessage().startsWith("'2013-14-25' has month 14"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> EdtfDate.parse("25 Brumaire 2013"));
        assertTrue(e.getMessage().startsWith("'25 Brumaire 2013' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"), e.getMessage());
    }

    @Test
    void intervalThatEndsBeforeItStartsIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EdtfDate.parse("2019-02-01/2019-01-28"));
        assertTrue(e.getMessage().contains("ends before it starts"), e.getMessage());
        assertTrue(EdtfDate.isValid("2019-01/2019-01-15"), "an interval whose end lies inside its start month is fine");
    }

    @Test
    void sortPutsLessPreciseDatesBeforeTheDatesInsideThem() {
        List<String> expected = List.of("2012-12-31", "2013", "2013-04", "2013-04-25", "2013-04-26", "2013-05", "2014");
        List<EdtfDate> dates = new ArrayList<>(expected.stream().map(EdtfDate::parse).toList());
        Collections.reverse(dates);
        Collections.sort(dates);
        assertEquals(expected, dates.stream().map(EdtfDate::edtf).toList());
        assertTrue(EdtfDate.parse("2013").sortKey().compareTo(EdtfDate.parse("2013-04").sortKey()) < 0);
        assertTrue(EdtfDate.parse("2013-04").sortKey().compareTo(EdtfDate.parse("2013-04-25").sortKey()) < 0);
        assertTrue(EdtfDate.parse("2013-04-25").sortKey().compareTo(EdtfDate.parse("2013-05").sortKey()) < 0);
    }

    @Test
    void anIntervalFromAYearSortsBeforeTheMonthsAndDaysOfThatYear() {
        List<String> expected = List.of("2013", "2013/2019-01", "2013/2023-03", "2013-04", "2013-04/2013-06", "2013-04-25",
                "2013-12-31", "2014");
        List<EdtfDate> dates = new ArrayList<>(expected.stream().map(EdtfDate::parse).toList());
        Collections.shuffle(dates, new java.util.Random(7));
        Collections.sort(dates);
        assertEquals(expected, dates.stream().map(EdtfDate::edtf).toList());
    }

    @Test
    void intervalsSortByTheirStart() {
        assertTrue(EdtfDate.parse("2019-01-28/2019-02-01").compareTo(EdtfDate.parse("2019-01-29")) < 0);
        assertTrue(EdtfDate.parse("2019-01-27").compareTo(EdtfDate.parse("2019-01-28/2019-02-01")) < 0);
    }

    @ParameterizedTest
    @CsvSource({
            "2013, 2013-04-25, true",
            "2013-04, 2013-04-25, true",
            "2013-04, 2013-05, false",
            "2019-01, 2019-02, false",
            "2013-04-25, 2013-04-26, false",
            "2019-01-28/2019-02-01, 2019-02, true",
            "2019-01-28/2019-02-01, 2019-02-02, false",
            "2023-10-31/.., 2030, true",
            "2023-10-31/.., 2023-10-30, false",
            "../2023, 1990, true",
            "../2023, 2024-01, false",
    })
    void overlapsWhenTheyCouldBeTheSameTime(String a, String b, boolean expected) {
        assertEquals(expected, EdtfDate.parse(a).overlaps(EdtfDate.parse(b)));
        assertEquals(expected, EdtfDate.parse(b).overlaps(EdtfDate.parse(a)), "overlap is symmetric");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2013|2013",
            "2013-04|April 2013",
            "2013-04-25|25 April 2013",
            "2013-04-05|5 April 2013",
            "2020-10~|about October 2020",
            "2021-04?|April 2021 (uncertain)",
            "2019-01-28/2019-02-01|28 January 2019 – 1 February 2019",
    })
    void textIsAtTheDatesOwnPrecision(String edtf, String text) {
        assertEquals(text, EdtfDate.parse(edtf).text());
    }

    @Test
    void isoPadsAsTheFormatDoes() {
        assertEquals("0987", EdtfDate.parse("0987").start().orElseThrow().iso());
        assertEquals("2013-04", EdtfDate.parse("2013-04").start().orElseThrow().iso());
        assertEquals("2013-04-05", EdtfDate.parse("2013-04-05~").start().orElseThrow().iso());
        assertEquals("0045-01", EdtfDate.parse("0045-01").monthKey());
        for (int n : new int[] {0, 7, 42, 999, 2013, 12345, -5, -2013, Integer.MIN_VALUE}) {
            assertEquals("%04d".formatted(n), EdtfDate.padded(n, 4), "" + n);
            assertEquals("%02d".formatted(n), EdtfDate.padded(n, 2), "" + n);
        }
    }

    @Test
    void leadingAndTrailingSpaceIsIgnored() {
        assertEquals(EdtfDate.parse("2013-04"), EdtfDate.parse(" 2013-04 "));
    }
}
