package briefing.model;

import java.util.Optional;

/**
 * content/actors/&lt;id&gt;.yaml: a person, state, UN body, force, armed group ... Its name, aliases and description
 * may be written per language ({@link Localized}); the accessors read them in the language the corpus is read in.
 */
public record Actor(String id, Localized<String> names, Text kind, Localized<java.util.List<String>> aliasLists,
                    Localized<String> descriptions, Optional<Ref> country, Origin origin) {
    public String name() {
        return names.get();
    }

    /** The aliases of the language read, then the default language's name and aliases (all of them name this actor). */
    public java.util.List<String> aliases() {
        return Localized.aliases(names, aliasLists);
    }

    public String description() {
        return descriptions.get();
    }

    /** The actor read in {@code language}. */
    public Actor in(String language) {
        return new Actor(id, names.in(language), kind, aliasLists.in(language), descriptions.in(language), country, origin);
    }
}
