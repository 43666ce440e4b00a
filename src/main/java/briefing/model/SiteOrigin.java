package briefing.model;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A site's origin, as {@code --site-url} and portal.yaml's {@code url} give it: {@code http} or {@code https}, a host
 * name (or an IPv4 or bracketed IPv6 address) and an optional port; nothing else (no path, query, fragment or user
 * name), since it is written into every canonical link, the feed and the sitemap. The schema of portal.yaml holds the
 * same pattern ({@code schemas/portal.schema.json}), so its error is positioned.
 */
public final class SiteOrigin {
    /** The same expression as {@code url}'s pattern in portal.schema.json (a test keeps them equal). */
    public static final String PATTERN = "^https?://([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*"
            + "|\\[[0-9A-Fa-f:.]+\\])(:[0-9]{1,5})?/?$";
    private static final Pattern ORIGIN = Pattern.compile(PATTERN);

    private SiteOrigin() {
    }

    /** Empty when {@code url} is an http(s) origin; otherwise what is wrong with it, in a few words. */
    public static Optional<String> problem(String url) {
        if (ORIGIN.matcher(url).matches()) {
            int port = url.matches(".*:[0-9]+/?$") ? Integer.parseInt(url.replaceAll(".*:([0-9]+)/?$", "$1")) : 80;
            return port >= 1 && port <= 65535 ? Optional.empty() : Optional.of("its port is not between 1 and 65535");
        }
        if (!url.matches("(?i)^https?://.*")) return Optional.of("it must start with https:// or http://");
        return Optional.of("it must be an origin alone: scheme, host and optional port (https://example.org or"
                + " https://example.org:8443), without a path, query, fragment or user name");
    }
}
