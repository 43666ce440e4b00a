package briefing.model;

/** content/pages/&lt;slug&gt;.md: a free editorial page (overview, methodology ...). */
public record EditorialPage(String slug, Markdown body) {
}
