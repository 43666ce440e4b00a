package briefing.cli;

import briefing.model.Problem;

import java.nio.file.Path;
import java.util.List;

/** Prints content problems for a person (file:line:column: error: ...) or for GitHub Actions (annotations). */
final class Problems {
    private Problems() {
    }

    static void print(List<Problem> problems, String format, Path site) {
        for (Problem p : problems) {
            if (format.equals("github")) {
                System.out.printf("::error file=%s,line=%d,col=%d::%s%n", p.origin().file(), Math.max(1, p.origin().line()),
                        Math.max(1, p.origin().column()), p.message().replace("%", "%25").replace("\n", "%0A"));
            } else {
                System.err.println(p);
            }
        }
        System.err.println(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in content; nothing was built."
                + (site == null ? "" : " The site in " + site + " was left as it was."));
    }
}
