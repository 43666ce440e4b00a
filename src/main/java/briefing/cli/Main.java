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
        LastResort.onOtherThreads();
        System.exit(run(args));
    }

    /**
     * Runs a command and returns its exit code (0 ok, 1 content problems, 2 bake failure or a failure that is not the
     * content's, 3 search index failure), without exiting. Whatever fails unexpectedly is one sentence, never a stack trace.
     */
    public static int run(String... args) {
        try {
            return new CommandLine(new Main()).setExecutionExceptionHandler((e, cmd, parsed) -> LastResort.report(e)).execute(args);
        } catch (Throwable t) { // an Error (out of memory) is not handed to the handler
            return LastResort.report(t);
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
