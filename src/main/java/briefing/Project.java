package briefing;

import briefing.files.ProjectFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a build reads: a portal's folder (its {@code content/}, and optionally {@code templates/}, {@code assets/} and
 * {@code i18n/} of its own) and the engine's {@code templates/} and {@code assets/}. A portal's file overrides the
 * engine's file of the same name and nothing else, as a Hugo site overrides one file of its theme: a portal may bring
 * one stylesheet or one template and keep the rest.
 */
public record Project(Path portal, Path engine) {
    /** The system property naming the engine's folder (the one holding templates/ and assets/); the launcher sets it. */
    public static final String HOME_PROPERTY = "briefing.home";

    public Project {
        portal = portal.toAbsolutePath().normalize();
        engine = engine.toAbsolutePath().normalize();
    }

    /** The portal in {@code portal}, built with the engine found by {@link #engineHome()}. */
    public static Project of(Path portal) {
        return new Project(portal, engineHome());
    }

    /**
     * The engine's folder: the {@code briefing.home} property (set by {@code ./portal} and Maven), else
     * {@code project.root} (the tests'), else the working folder.
     */
    public static Path engineHome() {
        String home = System.getProperty(HOME_PROPERTY, System.getProperty("project.root", "."));
        return Path.of(home).toAbsolutePath().normalize();
    }

    public Path content() {
        return portal.resolve("content");
    }

    /** The template folders in lookup order: the engine's, then the portal's own, whose files win. */
    public List<Path> templates() {
        return layers("templates");
    }

    /** The asset folders in the same order. */
    public List<Path> assets() {
        return layers("assets");
    }

    /** The portal's own interface text, overriding or adding to the engine's bundles, if it has any. */
    public Optional<Path> i18n() {
        Path dir = portal.resolve("i18n");
        return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }

    /** What the build may read of this portal and engine: a link out of them is refused ({@link ProjectFiles}). */
    public ProjectFiles files() {
        return ProjectFiles.of(portal, engine);
    }

    private List<Path> layers(String name) {
        List<Path> out = new ArrayList<>();
        out.add(engine.resolve(name));
        Path own = portal.resolve(name);
        if (!portal.equals(engine) && Files.isDirectory(own)) out.add(own);
        return out;
    }
}
