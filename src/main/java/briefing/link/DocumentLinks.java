package briefing.link;

import java.util.List;

/**
 * Everything the corpus says about one document, gathered once: the events tied to it (those that name it in
 * {@code documents:} and those whose title mentions it), in date order; the summaries' sentences that mention it; the
 * sources that cite it (mention it in their summary, or report an event tied to it), by id.
 */
public record DocumentLinks(String id, List<String> events, List<Mention> mentions, List<String> sources) {
    public DocumentLinks {
        events = List.copyOf(events);
        mentions = List.copyOf(mentions);
        sources = List.copyOf(sources);
    }
}
