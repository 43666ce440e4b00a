package briefing.model;

/** A scalar value as the editor wrote it, with its position (dates and ids are checked later, at their position). */
public record Text(String value, Origin origin) {
    @Override
    public String toString() {
        return value;
    }
}
