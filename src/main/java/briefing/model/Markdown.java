package briefing.model;

/** A Markdown file's text and where it lives (summaries and editorial pages). */
public record Markdown(String text, Origin origin) {
}
