package briefing.cli;

import briefing.model.Problem;

import java.nio.file.Path;
import java.util.List;

/** Prints content problems for a person (file:line:column: error: ...) or for GitHub Actions (annotations). */
public final class Problems {
    private Problems() {
    }

    /** "1 problem", "2 problems and 1 warning": the count every command prints (the preview too). */
    public static String count(List<Problem> problems) {
        return Problem.count(problems);
    }

    /** Each problem and warning, one a line, for a person or as GitHub annotations. */
    static void list(List<Problem> problems, String format) {
        for (Problem p : problems) {
            if (format.equals("github")) {
                System.out.println(GithubAnnotation.of(p));
            } else {
                System.err.println(p);
            }
        }
    }

    static void print(List<Problem> problems, String format, Path site) {
        list(problems, format);
        System.err.println(count(problems) + " in content; nothing was built."
                + (site == null || !java.nio.file.Files.isDirectory(site) ? "" : " The site in " + site.normalize() + " was left as it was."));
    }
}
