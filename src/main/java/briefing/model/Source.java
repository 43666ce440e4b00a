package briefing.model;

import java.util.List;
import java.util.Optional;

/**
 * content/sources/&lt;id&gt;/: what a source is (source.yaml), the editor's summary and the facts drawn from it.
 * {@code language} is the source's own language (its title and quotes are in it); the summary is the editor's, in the
 * portal's default language ({@code summary.md}) and in others ({@code summary.<lang>.md}).
 */
public record Source(String id, String title, String publisher, List<String> authors, Text published,
                     Optional<String> url, Optional<String> license, Text kind, String language,
                     Optional<String> scopeNote, Optional<String> provenanceNote,
                     Localized<Markdown> summaries, List<Event> events, List<Figure> figures, List<Statement> statements,
                     Origin origin) {
    public Source {
        authors = List.copyOf(authors);
        events = List.copyOf(events);
        figures = List.copyOf(figures);
        statements = List.copyOf(statements);
    }

    /** The summary in the language read ({@code summary.<lang>.md}), else the default's ({@code summary.md}). */
    public Markdown summary() {
        return summaries.get();
    }

    /** The source read in {@code language}: its summary and its events' titles and notes. */
    public Source in(String language) {
        return new Source(id, title, publisher, authors, published, url, license, kind, this.language, scopeNote, provenanceNote,
                summaries.in(language), events.stream().map(e -> e.in(language)).toList(), figures, statements, origin);
    }
}
