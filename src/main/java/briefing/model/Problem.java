package briefing.model;

/** One thing wrong with the content, at a position, with what to do about it in the message. */
public record Problem(Origin origin, String message) implements Comparable<Problem> {

    @Override
    public int compareTo(Problem o) {
        int c = origin.compareTo(o.origin);
        return c != 0 ? c : message.compareTo(o.message);
    }

    /** {@code content/sources/x/facts.yaml:12:7: error: unknown actor 'red-cross' (did you mean 'red-cross-committee'?)} */
    @Override
    public String toString() {
        return origin + ": error: " + message;
    }
}
