package briefing.model;

import java.util.List;
import java.util.Optional;

/** content/actors/&lt;id&gt;.yaml: a person, state, UN body, force, armed group ... */
public record Actor(String id, String name, Text kind, List<String> aliases, String description,
                    Optional<Ref> country, Origin origin) {
    public Actor {
        aliases = List.copyOf(aliases);
    }
}
