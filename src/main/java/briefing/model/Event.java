package briefing.model;

import java.util.List;
import java.util.Optional;

/**
 * One source's report of an event. The same id in several sources is one event, reported (and perhaps dated) by each.
 * {@code planned}: the source announces or schedules it ({@code status: planned}) rather than reports it as done. Its title
 * and note may be written per language ({@link Localized}).
 */
public record Event(Text id, String sourceId, Text date, Localized<String> titles, List<Ref> actors, List<Ref> places,
                    List<String> tags, Localized<String> notes, boolean planned, Origin origin, List<Ref> documents) {
    /** Its title, in the language read (else the default's). */
    public String title() {
        return titles.get();
    }

    public Optional<String> note() {
        return Localized.optional(notes);
    }

    /** The event read in {@code language}. */
    public Event in(String language) {
        return new Event(id, sourceId, date, titles.in(language), actors, places, tags, notes.in(language), planned, origin, documents);
    }

    public Event {
        documents = List.copyOf(documents);
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        tags = List.copyOf(tags);
    }
}
