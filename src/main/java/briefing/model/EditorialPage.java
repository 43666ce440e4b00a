package briefing.model;

import java.util.Optional;

/**
 * content/pages/&lt;slug&gt;.md: a free editorial page (overview, methodology ...). Its {@code title} is the one its
 * editor wrote (front matter {@code title:} or the first heading), when there is one; the body no longer holds it.
 */
public record EditorialPage(String slug, Markdown body, Optional<String> title) {
    public EditorialPage(String slug, Markdown body) {
        this(slug, body, Optional.empty());
    }

    /** The same page with another body (its title kept). */
    public EditorialPage withBody(Markdown newBody) {
        return new EditorialPage(slug, newBody, title);
    }
}
