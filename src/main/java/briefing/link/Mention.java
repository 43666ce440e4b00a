package briefing.link;

/**
 * A mention of an actor or place in a summary, with the sentence around it for the entity's page:
 * {@code sentence.substring(start, end)} is the words that name it. {@code kind} is "actor" or "place".
 */
public record Mention(String kind, String entityId, String sourceId, String sentence, int start, int end) {
}
