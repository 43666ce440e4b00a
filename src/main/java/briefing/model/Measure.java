package briefing.model;

import java.util.Optional;

/** An entry of content/measures.yaml: a quantity that figures track. */
public record Measure(String id, String label, String unit, Optional<String> description, Origin origin) {
}
