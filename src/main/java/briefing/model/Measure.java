package briefing.model;

import java.util.Optional;

/**
 * An entry of content/measures.yaml: a quantity that figures track. {@code unit} is written as most values need it
 * ("people", "personnes"); {@code unitOne}, when given, is the form for a value the language counts as one
 * ("person", "personne"); {@code unitGender} the unit's grammatical gender (feminine, masculine, neuter) where the words
 * around a number agree with it ("unas 13.589 personas", "unos 20 países"). Label, units and description may be
 * written per language ({@link Localized}).
 */
public record Measure(String id, Localized<String> labels, Localized<String> units, Localized<String> unitsOne,
                      Optional<String> unitGender, Localized<String> descriptions, Origin origin) {
    /** A measure written in one language, {@code language}. */
    public Measure(String id, String label, String unit, Optional<String> unitOne, Optional<String> description, Origin origin,
                   String language) {
        this(id, Localized.of(label, language), Localized.of(unit, language), Localized.of(unitOne.orElse(""), language),
                Optional.empty(), Localized.of(description.orElse(""), language), origin);
    }

    /** A measure written in English whose unit has a grammatical gender (tests). */
    public Measure(String id, String label, String unit, Optional<String> unitOne, Optional<String> unitGender,
                   Optional<String> description, Origin origin) {
        this(id, Localized.of(label, "en"), Localized.of(unit, "en"), Localized.of(unitOne.orElse(""), "en"), unitGender,
                Localized.of(description.orElse(""), "en"), origin);
    }

    /** A measure written in English (tests). */
    public Measure(String id, String label, String unit, Optional<String> unitOne, Optional<String> description, Origin origin) {
        this(id, label, unit, unitOne, description, origin, "en");
    }

    public String label() {
        return labels.get();
    }

    public String unit() {
        return units.get();
    }

    /** The singular unit, when written in the language the unit is shown in (an English "person" never follows "personnes"). */
    public Optional<String> unitOne() {
        return java.util.Objects.equals(unitsOne.language(), units.language()) ? Localized.optional(unitsOne) : Optional.empty();
    }

    public Optional<String> description() {
        return Localized.optional(descriptions);
    }

    /** The measure read in {@code language}. */
    public Measure in(String language) {
        return new Measure(id, labels.in(language), units.in(language), unitsOne.in(language), unitGender, descriptions.in(language), origin);
    }
}
