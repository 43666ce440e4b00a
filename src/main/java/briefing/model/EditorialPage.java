package briefing.model;

import java.util.Optional;
import java.util.TreeMap;

/**
 * content/pages/&lt;slug&gt;.md: a free editorial page (overview, methodology ...); {@code pages/<slug>.<lang>.md} beside
 * it is the same page in another of the portal's languages. Its {@code titles} are the ones its editor wrote, per
 * language (front matter {@code title:} or the first heading), when there are any; the bodies no longer hold them.
 */
public record EditorialPage(String slug, Localized<Markdown> bodies, Localized<String> titles) {
    /** A page without a title of its own. */
    public EditorialPage(String slug, Localized<Markdown> bodies) {
        this(slug, bodies, new Localized<>(new TreeMap<>(), bodies.fallback(), bodies.shown()));
    }

    /** A page written in one language. */
    public EditorialPage(String slug, Markdown body, String language) {
        this(slug, Localized.of(body, language));
    }

    /** The page's text in the language read, else the default's. */
    public Markdown body() {
        return bodies.get();
    }

    /** The page's title in the language read, else the default's, when its editor wrote one. */
    public Optional<String> title() {
        return Localized.optional(titles);
    }

    /** The same page with its text in the language read replaced (counts filled in), its titles kept. */
    public EditorialPage withBody(Markdown body) {
        java.util.SortedMap<String, Markdown> all = new TreeMap<>(bodies.values());
        all.put(bodies.language(), body);
        return new EditorialPage(slug, new Localized<>(all, bodies.fallback(), bodies.shown()), titles);
    }

    public EditorialPage in(String language) {
        return new EditorialPage(slug, bodies.in(language), titles.in(language));
    }
}
