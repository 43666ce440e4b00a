package briefing.model;

import java.util.List;
import java.util.Optional;

/**
 * One source's report of an event. The same id in several sources is one event, reported (and perhaps dated) by each.
 * {@code planned}: the source announces or schedules it ({@code status: planned}) rather than reports it as done.
 */
public record Event(Text id, String sourceId, Text date, String title, List<Ref> actors, List<Ref> places,
                    List<String> tags, Optional<String> note, boolean planned, Origin origin, List<Ref> documents) {
    /** An event that names no document. */
    public Event(Text id, String sourceId, Text date, String title, List<Ref> actors, List<Ref> places,
                 List<String> tags, Optional<String> note, boolean planned, Origin origin) {
        this(id, sourceId, date, title, actors, places, tags, note, planned, origin, List.of());
    }

    public Event {
        documents = List.copyOf(documents);
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        tags = List.copyOf(tags);
    }
}
