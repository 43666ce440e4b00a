package briefing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The fixture portals tests build instead of the repository's content/ (which belongs to the first portal and may hold
 * anything): {@code rich} (a fictional observer mission in South America exercising every feature), {@code minimal}
 * (one of each thing) and {@code fr} (a fictional portal written in French). Each is a portal folder holding content/;
 * it is built with the engine's templates and assets.
 */
public final class Fixtures {
    public static final String RICH = "rich";
    public static final String MINIMAL = "minimal";
    public static final String FRENCH = "fr";
    /** English and French from one content folder ({@code languages: [en, fr]}). */
    public static final String BILINGUAL = "bilingual";

    private Fixtures() {
    }

    /** The fixture's folder in the source tree; build it, never write into it (use {@link #copy} to change it). */
    public static Path portal(String name) {
        Path p = BuiltSite.projectRoot().resolve("src/test/resources/portals").resolve(name);
        if (!Files.isDirectory(p.resolve("content"))) throw new IllegalStateException("no fixture portal " + p);
        return p;
    }

    /** A copy of the fixture under {@code dir}, for tests that change it; returned as a content tree to edit. */
    public static ContentTree copy(String name, Path dir) {
        Path from = portal(name);
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted().toList()) {
                Path target = dir.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ContentTree.at(dir);
    }

    /** Builds the fixture without its search index into {@code work/site}. */
    public static Path build(String name, Path work) throws Exception {
        return BuiltSite.build(portal(name), work);
    }
}
