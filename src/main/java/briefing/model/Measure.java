package briefing.model;

import java.util.Optional;

/**
 * An entry of content/measures.yaml: a quantity that figures track. {@code unit} is written as most values need it
 * ("people", "personnes"); {@code unitOne}, when given, is the form for a value the language counts as one
 * ("person", "personne").
 */
public record Measure(String id, String label, String unit, Optional<String> unitOne, Optional<String> description, Origin origin) {
}
