package briefing.model;

import java.util.List;
import java.util.Optional;

/**
 * content/sources/&lt;id&gt;/: what a source is (source.yaml), the editor's summary and the facts drawn from it.
 * {@code language} is the source's own language (its title and quotes are in it); the summary is the editor's, in the
 * portal's default language ({@code summary.md}) and in others ({@code summary.<lang>.md}); so are its scope and
 * provenance notes, plain or per language.
 */
public record Source(String id, String title, String publisher, List<String> authors, Text published,
                     Optional<String> url, Optional<String> license, Text kind, String language,
                     Localized<String> scopeNotes, Localized<String> provenanceNotes,
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

    /** What the source covers that the portal leaves out, in the language read (else the default's). */
    public Optional<String> scopeNote() {
        return Localized.optional(scopeNotes);
    }

    /** How the title, date or publisher are known, in the language read (else the default's). */
    public Optional<String> provenanceNote() {
        return Localized.optional(provenanceNotes);
    }

    /** The source read in {@code language}: its summary, its notes and its events' titles and notes. */
    public Source in(String language) {
        return new Source(id, title, publisher, authors, published, url, license, kind, this.language, scopeNotes.in(language),
                provenanceNotes.in(language),
                summaries.in(language), events.stream().map(e -> e.in(language)).toList(), figures, statements, origin);
    }
}
