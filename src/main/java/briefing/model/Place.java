package briefing.model;

import java.util.List;
import java.util.Optional;

/** content/places/&lt;id&gt;.yaml: a country, region, town or base, with its coordinates when the editor knows them. */
public record Place(String id, String name, Text kind, Optional<Ref> within, Optional<Coordinates> coordinates,
                    List<String> aliases, Origin origin) {
    public Place {
        aliases = List.copyOf(aliases);
    }
}
