package briefing.model;

import java.util.List;
import java.util.Optional;

/** content/sources/&lt;id&gt;/: what a source is (source.yaml), the editor's summary and the facts drawn from it. */
public record Source(String id, String title, String publisher, List<String> authors, Text published,
                     Optional<String> url, Optional<String> license, Text kind, String language,
                     Optional<String> scopeNote, Optional<String> provenanceNote,
                     Markdown summary, List<Event> events, List<Figure> figures, List<Statement> statements,
                     Origin origin) {
    public Source {
        authors = List.copyOf(authors);
        events = List.copyOf(events);
        figures = List.copyOf(figures);
        statements = List.copyOf(statements);
    }
}
