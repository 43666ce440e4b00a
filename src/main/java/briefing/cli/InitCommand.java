package briefing.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code portal init <folder>}: an empty portal that validates and builds, for a new organisation to fill. Its texts
 * (the overview telling what to do next, the comments of portal.yaml and measures.yaml) are resources of the engine,
 * one folder per language under {@code scaffold/init/}, since they are content the editor will rewrite.
 */
@Command(name = "init", mixinStandardHelpOptions = true, description = "Write an empty portal into <folder>: content/ with portal.yaml,"
        + " measures.yaml, an overview saying what to do next and empty actors/, places/ and sources/; the JSON schemas; a .gitignore.")
final class InitCommand implements Callable<Integer> {
    /** The languages the scaffold is written in. */
    static final List<String> LANGUAGES = briefing.i18n.Messages.shipped();
    /** The schemas copied beside content/, so that the files' yaml-language-server lines resolve in an editor's IDE. */
    static final List<String> SCHEMAS = List.of("actor", "document", "facts", "measures", "place", "portal", "source");
    private static final String RESOURCES = "/scaffold/init/";

    @Parameters(paramLabel = "<folder>", description = "Where the portal goes: a new or empty folder.")
    Path folder;

    @Option(names = "--language", defaultValue = "en", description = "The portal's language: en, fr, es, ar, ru or zh. Default: ${DEFAULT-VALUE}")
    String language;

    @Option(names = "--title", description = "The portal's title. Default: a placeholder to replace in content/portal.yaml.")
    String title;

    @Override
    public Integer call() throws IOException {
        if (!LANGUAGES.contains(language)) {
            System.err.println("error: no scaffold in language '" + language + "'; choose one of " + String.join(", ", LANGUAGES)
                    + ". A portal in another language starts from one of them: change language: in content/portal.yaml and add"
                    + " i18n/<language>.properties (see the editor guide).");
            return 1;
        }
        if (Files.exists(folder) && (!Files.isDirectory(folder) || !isEmpty(folder))) {
            System.err.println("error: " + folder + " already exists and is not an empty folder; nothing was written."
                    + " Choose a new folder, or empty this one first.");
            return 1;
        }
        Properties texts = properties(language + "/texts.properties");
        Path content = folder.resolve("content");
        write(content.resolve("portal.yaml"), resource(language + "/portal.yaml")
                .replace("{title}", quoted(title == null || title.isBlank() ? texts.getProperty("title") : title.strip()))
                .replace("{tagline}", quoted(texts.getProperty("tagline")))
                .replace("{language}", language));
        write(content.resolve("measures.yaml"), resource(language + "/measures.yaml"));
        write(content.resolve("pages/overview.md"), resource(language + "/overview.md"));
        for (String dir : List.of("actors", "places", "sources")) write(content.resolve(dir).resolve(".gitkeep"), "");
        for (String s : SCHEMAS) write(folder.resolve("schemas/" + s + ".schema.json"), classpath("/schemas/" + s + ".schema.json"));
        write(folder.resolve(".gitignore"), "target/\n");
        System.out.println("Created an empty portal in " + folder + ".");
        System.out.println("Next: read " + content.resolve("pages/overview.md") + ", then run: ./portal serve --project " + folder);
        return 0;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** A YAML double-quoted scalar (JSON's string syntax, which YAML reads the same). */
    static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }

    /** One of the scaffold's files in the engine's resources. */
    private static String resource(String name) {
        return classpath(RESOURCES + name);
    }

    private static String classpath(String path) {
        try (InputStream in = InitCommand.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("the engine lacks its resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties properties(String name) throws IOException {
        try (InputStream in = InitCommand.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) throw new IllegalStateException("the engine lacks its resource " + RESOURCES + name);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
