package briefing.model;

import java.util.Optional;

/**
 * An entry of content/measures.yaml: a quantity that figures track. {@code unit} is written as most values need it
 * ("people", "personnes"); {@code unitGender} the unit's grammatical gender (feminine, masculine, neuter) where the
 * words around a number agree with it ("unas 13.589 personas", "unos 20 países"); {@code unitOne}, when given, is the form for a value the language counts as one
 * ("person", "personne").
 */
public record Measure(String id, String label, String unit, Optional<String> unitOne, Optional<String> unitGender,
                      Optional<String> description, Origin origin) {
    /** The same without a grammatical gender for the unit (languages whose words around a number do not agree with it). */
    public Measure(String id, String label, String unit, Optional<String> unitOne, Optional<String> description, Origin origin) {
        this(id, label, unit, unitOne, Optional.empty(), description, origin);
    }

}
