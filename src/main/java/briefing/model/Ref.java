package briefing.model;

/** A reference to another element by id, remembering where it was written so an unknown id can be reported there. */
public record Ref(String id, Origin origin) {
}
