package briefing.model;

import java.util.List;
import java.util.Optional;

/**
 * content/portal.yaml: the portal itself. {@code topic} is the actor the portal is about (its figures are the key
 * numbers); {@code language} the language the portal is read in, which is also the interface's; {@code languages} every
 * language it is published in, the default first ({@code languages: [en, fr]}; one for a single-language portal);
 * {@code vocabulary} the kinds and timeline marks the portal uses; {@code map} how its map is framed. Title and
 * tagline may be written per language.
 */
public record Portal(Localized<String> titles, Localized<String> taglines, Optional<Ref> topic, Text language, List<Text> languages,
                     String basePath, Optional<String> url, List<Ref> keyMeasures, Vocabulary vocabulary, MapSettings map, Origin origin) {
    public Portal {
        keyMeasures = List.copyOf(keyMeasures);
        languages = languages.isEmpty() ? List.of(language) : List.copyOf(languages);
    }

    /** A portal in one language. */
    public Portal(String title, String tagline, Optional<Ref> topic, Text language, String basePath,
                  Optional<String> url, List<Ref> keyMeasures, Vocabulary vocabulary, MapSettings map, Origin origin) {
        this(Localized.of(title, language.value()), Localized.of(tagline, language.value()), topic, language, List.of(language),
                basePath, url, keyMeasures, vocabulary, map, origin);
    }

    public String title() {
        return titles.get();
    }

    public String tagline() {
        return taglines.get();
    }

    /** The default language: the first of {@code languages}, whose pages are at the site's root. */
    public String defaultLanguage() {
        return languages.get(0).value();
    }

    /** The same portal with another tagline in the language read (counts filled in). */
    public Portal withTagline(String tagline) {
        java.util.SortedMap<String, String> all = new java.util.TreeMap<>(taglines.values());
        all.put(taglines.language(), tagline);
        return new Portal(titles, new Localized<>(all, taglines.fallback(), taglines.shown()), topic, language, languages, basePath, url,
                keyMeasures, vocabulary, map, origin);
    }

    /** The portal read in {@code lang}: its interface and text in that language. */
    public Portal in(String lang) {
        Text l = languages.stream().filter(t -> t.value().equals(lang)).findFirst().orElse(new Text(lang, language.origin()));
        return new Portal(titles.in(lang), taglines.in(lang), topic, l, languages, basePath, url, keyMeasures, vocabulary.in(lang), map, origin);
    }

    /** The same portal published elsewhere: another base path (e.g. the one GitHub Pages reports) or site origin. */
    public Portal publishedAt(Optional<String> newBasePath, Optional<String> newUrl) {
        String base = newBasePath.map(b -> (b.startsWith("/") ? "" : "/") + b + (b.endsWith("/") ? "" : "/")).orElse(basePath);
        return new Portal(titles, taglines, topic, language, languages, base, newUrl.or(() -> url), keyMeasures, vocabulary, map, origin);
    }

    /** The site's public address, for canonical links and feeds: url + base path, when the url is known. */
    public Optional<String> siteAddress() {
        return url.map(u -> u.replaceAll("/+$", "") + basePath);
    }
}
