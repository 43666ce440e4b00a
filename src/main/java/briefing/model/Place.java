package briefing.model;

import java.util.List;
import java.util.Optional;

/**
 * content/places/&lt;id&gt;.yaml: a country, region, town or base, with its coordinates when the editor knows them. Its
 * name and aliases may be written per language ({@link Localized}).
 */
public record Place(String id, Localized<String> names, Text kind, Optional<Ref> within, Optional<Coordinates> coordinates,
                    Localized<List<String>> aliasLists, Origin origin) {
    public String name() {
        return names.get();
    }

    /** The aliases of the language read, then the default language's name and aliases. */
    public List<String> aliases() {
        return Localized.aliases(names, aliasLists);
    }

    /** The place read in {@code language}. */
    public Place in(String language) {
        return new Place(id, names.in(language), kind, within, coordinates, aliasLists.in(language), origin);
    }
}
