package briefing.load;

import briefing.model.Corpus;
import briefing.model.Problem;

import java.util.List;

/** What the loader read (as much as it could) and what it found wrong on the way. */
public record LoadResult(Corpus corpus, List<Problem> problems) {
    public LoadResult {
        problems = List.copyOf(problems);
    }
}
