package briefing.cli;

import briefing.Briefing;
import briefing.bake.BakeException;
import briefing.model.ContentException;
import briefing.search.SearchException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true, description = "Validate content/, link it and bake the portal into target/site.")
final class BuildCommand implements Callable<Integer> {
    @Option(names = "--project", description = "The project folder (holding content/, templates/, assets/). Default: ${DEFAULT-VALUE}",
            defaultValue = ".")
    Path project;

    @Option(names = "--out", description = "Where the site goes. Default: ${DEFAULT-VALUE}", defaultValue = "target/site")
    Path out;

    @Option(names = "--no-search", description = "Skip the Pagefind search index (no Node.js needed).")
    boolean noSearch;

    @Option(names = "--no-cms", description = "Leave out the web CMS (admin/; its code comes from npm once).")
    boolean noCms;

    @Option(names = "--base-path", description = "Publish under this path (e.g. /my-repo/ on GitHub project pages); overrides portal.yaml's base_path.")
    String basePath;

    @Option(names = "--site-url", description = "The site's origin (e.g. https://me.github.io) for canonical links and feeds; overrides portal.yaml's url.")
    String siteUrl;

    @Option(names = "--cache", description = "Keep a render cache in this folder (relative to --project) and reuse the last site's pages"
            + " that did not change (for CI: restore the folder and --out from the last build).")
    Path cache;

    @Option(names = "--stats", hidden = true, description = "Also print a JSON line of timings and peak memory (for the bench).")
    boolean stats;

    @Option(names = "--failed-marker", hidden = true, description = "A file written when the build fails and deleted when it succeeds:"
            + " Maven (mvn package) fails on it after the problems were printed, without a stack trace of its own.")
    Path failedMarker;

    @Override
    public Integer call() {
        int code = build();
        if (failedMarker != null) {
            try {
                if (code == 0) java.nio.file.Files.deleteIfExists(failedMarker);
                else java.nio.file.Files.writeString(failedMarker, "exit code " + code + "\n");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return code;
    }

    private int build() {
        Logging.quiet();
        try {
            Briefing.Report report = Briefing.build(project, project.resolve(out), new Briefing.Options(!noSearch, !noCms, java.util.Optional.ofNullable(basePath), java.util.Optional.ofNullable(siteUrl),
                    java.util.Optional.ofNullable(cache).map(project::resolve), briefing.emit.PagePlanner.PART, briefing.search.SearchStream.PAGES_PER_BUNDLE, false));
            Problems.list(report.warnings(), "text");
            report.notes().forEach(System.err::println); // what was left out (admin/ without npm): beside, not in, the summary
            System.out.println(report.summary() + (report.warnings().isEmpty() ? ""
                    : " (" + briefing.model.Problem.countWarnings(report.warnings().size()) + ")"));
            if (stats) System.out.println(Stats.json(report));
            return 0;
        } catch (ContentException e) {
            Problems.print(e.problems(), "text", project.resolve(out));
            return 1;
        } catch (SearchException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println("The site in " + project.resolve(out) + " was left as it was.");
            return 3;
        } catch (briefing.files.SiteException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        } catch (BakeException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println("The site in " + project.resolve(out) + " was left as it was.");
            return 2;
        }
    }
}
