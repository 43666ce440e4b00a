package briefing.search;

/** The search index could not be built; the message says why and what to do. */
public class SearchException extends Exception {
    public SearchException(String message) {
        super(message);
    }
}
