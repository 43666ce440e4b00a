package briefing.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The portal's command line: {@code build}, {@code validate} ... Run with no arguments for help. */
@Command(name = "portal", mixinStandardHelpOptions = true, version = "briefing-portal 0.1",
        description = "Builds and checks a briefing portal from content/ (YAML facts and Markdown summaries).",
        subcommands = {InitCommand.class, BuildCommand.class, ValidateCommand.class, ServeCommand.class, CmsCommand.class, NewSourceCommand.class, BenchCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command and returns its exit code (0 ok, 1 content problems, 2 bake failure, 3 search index failure), without exiting. */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
