package briefing.model;

import java.util.List;
import java.util.Optional;

/** content/portal.yaml: the portal itself. {@code topic} is the actor the portal is about. */
public record Portal(String title, String tagline, Ref topic, String language, String basePath,
                     Optional<String> url, List<Ref> keyMeasures, Origin origin) {
    public Portal {
        keyMeasures = List.copyOf(keyMeasures);
    }


    /** The same portal published elsewhere: another base path (e.g. the one GitHub Pages reports) or site origin. */
    public Portal publishedAt(Optional<String> newBasePath, Optional<String> newUrl) {
        String base = newBasePath.map(b -> (b.startsWith("/") ? "" : "/") + b + (b.endsWith("/") ? "" : "/")).orElse(basePath);
        return new Portal(title, tagline, topic, language, base, newUrl.or(() -> url), keyMeasures, origin);
    }

    /** The site's public address, for canonical links and feeds: url + base path, when the url is known. */
    public Optional<String> siteAddress() {
        return url.map(u -> u.replaceAll("/+$", "") + basePath);
    }
}
