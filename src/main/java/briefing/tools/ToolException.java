package briefing.tools;

/** A pinned tool could not be installed or failed its check; the message says why and what to do. */
public class ToolException extends Exception {
    public ToolException(String message) {
        super(message);
    }
}
