package briefing.link;

import java.util.List;

/** A Markdown text turned into safe HTML with its mentions and dates linked, and the mentions found in it. */
public record RenderedMarkdown(String html, List<Mention> mentions) {
    public RenderedMarkdown {
        mentions = List.copyOf(mentions);
    }
}
