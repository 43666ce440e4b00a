package briefing.model;

/**
 * content/pages/&lt;slug&gt;.md: a free editorial page (overview, methodology ...); {@code pages/<slug>.<lang>.md} beside
 * it is the same page in another of the portal's languages.
 */
public record EditorialPage(String slug, Localized<Markdown> bodies) {
    /** A page written in one language. */
    public EditorialPage(String slug, Markdown body, String language) {
        this(slug, Localized.of(body, language));
    }

    /** The page's text in the language read, else the default's. */
    public Markdown body() {
        return bodies.get();
    }

    /** The same page with its text in the language read replaced (counts filled in). */
    public EditorialPage withBody(Markdown body) {
        java.util.SortedMap<String, Markdown> all = new java.util.TreeMap<>(bodies.values());
        all.put(bodies.language(), body);
        return new EditorialPage(slug, new Localized<>(all, bodies.fallback(), bodies.shown()));
    }

    public EditorialPage in(String language) {
        return new EditorialPage(slug, bodies.in(language));
    }
}
