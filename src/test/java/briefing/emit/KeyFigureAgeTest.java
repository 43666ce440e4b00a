package briefing.emit;

import briefing.model.EdtfDate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A key number is marked stale when even its last possible day is more than a year before the latest source. */
class KeyFigureAgeTest {
    private static final LocalDate LATEST = LocalDate.of(2023, 12, 18);

    @Test
    void aFigureOverAYearOlderThanTheLatestSourceIsStale() {
        assertTrue(HomePlanner.stale(EdtfDate.parse("2022-12-17"), LATEST));
        assertTrue(HomePlanner.stale(EdtfDate.parse("2021-03"), LATEST));
    }

    @Test
    void aFigureWithinAYearOrOfUncertainReachIsNot() {
        assertFalse(HomePlanner.stale(EdtfDate.parse("2022-12-18"), LATEST), "exactly a year: not more than a year");
        assertFalse(HomePlanner.stale(EdtfDate.parse("2022"), LATEST), "a year's figure may be from its last day");
        assertFalse(HomePlanner.stale(EdtfDate.parse("2020/.."), LATEST), "an open window reaches today");
        assertFalse(HomePlanner.stale(EdtfDate.parse("2019-01"), null), "no dated source: nothing to compare with");
    }
}
