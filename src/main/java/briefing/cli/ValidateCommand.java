package briefing.cli;

import briefing.Briefing;
import briefing.model.ContentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true, description = "Check content/ only: every problem with file:line:column, nothing built.")
final class ValidateCommand implements Callable<Integer> {
    @Option(names = "--project", description = "The project folder (holding content/). Default: ${DEFAULT-VALUE}", defaultValue = ".")
    Path project;

    @Option(names = "--format", description = "text (default) or github (GitHub Actions annotations)", defaultValue = "text")
    String format;

    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    @Override
    public Integer call() {
        try {
            var checked = Briefing.check(project.resolve("content"));
            var corpus = checked.corpus();
            Problems.list(checked.warnings(), format);
            System.out.println("content is valid: " + count(corpus.sources().size(), "source") + ", " + count(corpus.actors().size(), "actor")
                    + ", " + count(corpus.places().size(), "place") + ", " + count(corpus.measures().size(), "measure")
                    + (corpus.documents().isEmpty() ? "" : ", " + count(corpus.documents().size(), "document"))
                    + (checked.warnings().isEmpty() ? "" : "; " + briefing.model.Problem.countWarnings(checked.warnings().size())));
            return 0;
        } catch (ContentException e) {
            Problems.print(e.problems(), format, null);
            return 1;
        }
    }
}
