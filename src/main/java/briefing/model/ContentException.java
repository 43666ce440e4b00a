package briefing.model;

import java.util.List;

/**
 * The content has errors; the build stops before anything is written. Carries every error, sorted.
 */
public class ContentException extends Exception {
    private final List<Problem> problems;

    public ContentException(List<Problem> problems) {
        super(Problem.count(problems) + " in content");
        this.problems = problems.stream().sorted().toList();
    }

    public List<Problem> problems() {
        return problems;
    }
}
