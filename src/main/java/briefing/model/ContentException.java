package briefing.model;

import java.util.List;

/** The content has problems; the build stops before anything is written. Carries every problem, sorted. */
public class ContentException extends Exception {
    private final List<Problem> problems;

    public ContentException(List<Problem> problems) {
        super(problems.size() + " problem(s) in content");
        this.problems = problems.stream().sorted().toList();
    }

    public List<Problem> problems() {
        return problems;
    }
}
