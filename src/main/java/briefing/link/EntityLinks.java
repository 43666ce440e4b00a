package briefing.link;

import briefing.model.Statement;

import java.util.List;

/**
 * Everything the corpus says about one actor or place, gathered once: the summaries' sentences that mention it,
 * its events in date order, figures about it, statements by or about it, the entities it most often appears with,
 * and (for places) the places within it.
 */
public record EntityLinks(String id, List<Mention> mentions, List<String> events, List<DatedFigure> figures,
                          List<Statement> statementsBy, List<Statement> statementsAbout, List<Count> companions,
                          List<String> within) {
    public EntityLinks {
        mentions = List.copyOf(mentions);
        events = List.copyOf(events);
        figures = List.copyOf(figures);
        statementsBy = List.copyOf(statementsBy);
        statementsAbout = List.copyOf(statementsAbout);
        companions = List.copyOf(companions);
        within = List.copyOf(within);
    }

    /** How many events an entity shares with this one. */
    public record Count(String id, int events) {
    }
}
