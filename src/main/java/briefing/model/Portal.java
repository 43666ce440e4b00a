package briefing.model;

import java.util.Optional;

/** content/portal.yaml: the portal itself. {@code topic} is the actor the portal is about. */
public record Portal(String title, String tagline, Ref topic, String language, String basePath,
                     Optional<String> url, Origin origin) {
}
