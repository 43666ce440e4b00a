package briefing.model;

import java.util.List;
import java.util.Optional;

/**
 * content/portal.yaml: the portal itself. {@code topic} is the actor the portal is about (its figures are the key
 * numbers); {@code language} the content's language, which is also the interface's; {@code vocabulary} the kinds and
 * timeline marks the portal uses; {@code map} how its map is framed.
 */
public record Portal(String title, String tagline, Optional<Ref> topic, Text language, String basePath,
                     Optional<String> url, List<Ref> keyMeasures, Vocabulary vocabulary, MapSettings map, Origin origin) {
    public Portal {
        keyMeasures = List.copyOf(keyMeasures);
    }

    /** The same portal published elsewhere: another base path (e.g. the one GitHub Pages reports) or site origin. */
    public Portal publishedAt(Optional<String> newBasePath, Optional<String> newUrl) {
        String base = newBasePath.map(b -> (b.startsWith("/") ? "" : "/") + b + (b.endsWith("/") ? "" : "/")).orElse(basePath);
        return new Portal(title, tagline, topic, language, base, newUrl.or(() -> url), keyMeasures, vocabulary, map, origin);
    }

    /** The site's public address, for canonical links and feeds: url + base path, when the url is known. */
    public Optional<String> siteAddress() {
        return url.map(u -> u.replaceAll("/+$", "") + basePath);
    }
}
