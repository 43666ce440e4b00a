package briefing.model;

import java.util.List;
import java.util.Optional;

/** A short attributed quote drawn from a source. */
public record Statement(String sourceId, Ref actor, Text date, Text quote, List<Ref> about, Optional<String> note,
                        Origin origin) {
    public Statement {
        about = List.copyOf(about);
    }
}
