package briefing.model;

import java.math.BigDecimal;
import java.util.Optional;

/** A number a source gives: a measure of a subject, with its qualifier and as-of date. */
public record Figure(String sourceId, Ref measure, Ref subject, BigDecimal value, Text qualifier, Text asOf,
                     Optional<String> note, Origin origin) {
}
