package briefing.link;

import briefing.model.EdtfDate;

import java.util.List;
import java.util.Optional;

/**
 * Where sources disagree: different values for one measure, subject and month, or different dates for one event.
 * Each source's version is kept side by side; none is "corrected".
 */
public record Discrepancy(Kind kind, String id, String title, Optional<String> measure, Optional<String> subject,
                          Optional<String> eventId, EdtfDate when, List<Version> versions) {
    public enum Kind { FIGURE, EVENT_DATE }

    public Discrepancy {
        versions = List.copyOf(versions);
    }

    /** One source's version: the value (or date) it gives, as shown. */
    public record Version(String sourceId, String value, EdtfDate date, Optional<String> qualifier, Optional<String> note) {
    }
}
