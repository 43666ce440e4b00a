package briefing.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

@Command(name = "new-source", mixinStandardHelpOptions = true, description = "Scaffold content/sources/<id>/ with commented templates of source.yaml, summary.md and facts.yaml.")
final class NewSourceCommand implements Callable<Integer> {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Parameters(paramLabel = "<id>", description = "The new source's id: lower-case kebab case, e.g. daily-news-2021-ceasefire")
    String id;

    @Option(names = "--project", defaultValue = ".", description = "The project folder. Default: ${DEFAULT-VALUE}")
    Path project;

    @Override
    public Integer call() throws IOException {
        if (!ID.matcher(id).matches()) {
            System.err.println("error: '" + id + "' is not a valid id: use lower-case letters, digits and single hyphens, e.g. daily-news-2021-ceasefire");
            return 1;
        }
        Path dir = project.resolve("content/sources").resolve(id);
        if (Files.exists(dir)) {
            System.err.println("error: " + dir + " already exists; choose another id or edit the files there");
            return 1;
        }
        Files.createDirectories(dir);
        String language = portalLanguage();
        write(dir.resolve("source.yaml"), Scaffold.source(language));
        write(dir.resolve("summary.md"), Scaffold.summary(language));
        write(dir.resolve("facts.yaml"), Scaffold.facts(language));
        System.out.println("Created " + dir + "/ with source.yaml, summary.md and facts.yaml.");
        System.out.println("Replace every TODO in them (the comments say how; validate lists those left), then run: ./portal validate"
                + (project.normalize().toString().isEmpty() ? "" : " --project " + project));
        return 0;
    }

    /** The portal's language, the likeliest language of its next source; English when portal.yaml cannot be read. */
    private String portalLanguage() {
        Path portal = project.resolve("content/portal.yaml");
        if (!Files.isRegularFile(portal)) return "en";
        return briefing.load.ContentLoader.load(project.resolve("content")).corpus().portal().language().value();
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
