package briefing.link;

import briefing.model.EdtfDate;

import java.util.List;
import java.util.Optional;

/**
 * One event as the portal shows it: every source that reports it (its id in several facts files), the union of the
 * actors and places they name, and the date: the most precise of the reports' dates. Dates at different precision
 * that contain one another ("2013" and "2013-04-25") agree; dates that cannot both be true disagree, and
 * {@link #datesDisagree()} says so. Each report keeps its own date. {@code planned}: every source that reports it
 * announces it as planned (one source reporting it as done makes it an event that happened). {@code documents}: the
 * documents the event is tied to, named in its reports' {@code documents:} or mentioned in their titles.
 */
public record LinkedEvent(String id, EdtfDate date, String title, List<String> actors, List<String> places,
                          List<String> tags, List<Report> reports, boolean planned, List<String> documents) {
    /** An event tied to no document. */
    public LinkedEvent(String id, EdtfDate date, String title, List<String> actors, List<String> places,
                       List<String> tags, List<Report> reports, boolean planned) {
        this(id, date, title, actors, places, tags, reports, planned, List.of());
    }

    public LinkedEvent {
        documents = List.copyOf(documents);
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        tags = List.copyOf(tags);
        reports = List.copyOf(reports);
    }

    /** One source's version of the event. */
    public record Report(String sourceId, EdtfDate date, String title, Optional<String> note) {
    }

    public boolean datesDisagree() {
        for (Report a : reports) {
            for (Report b : reports) if (!a.date().overlaps(b.date())) return true;
        }
        return false;
    }

    public List<String> sources() {
        return reports.stream().map(Report::sourceId).toList();
    }
}
