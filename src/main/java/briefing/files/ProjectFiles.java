package briefing.files;

import briefing.model.Origin;
import briefing.model.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The one check every read of a portal's files passes: a file read from {@code content/}, {@code templates/},
 * {@code assets/} or {@code i18n/} (the portal's or the engine's) must resolve, links followed, inside the portal's folder
 * or the engine's, and not into a hidden folder there ({@code .git/config} holds a checkout's token) nor into
 * {@code target/} (what builds write). A symbolic link that leaves them is refused, so nothing outside the project can be
 * published; links that stay inside are fine (a portal may share a folder of the engine's).
 */
public final class ProjectFiles {
    /** What an editor reads at the link's path. */
    public static final String OUTSIDE = "a link to a file outside the project; copy the file in instead";
    static final String BROKEN = "a link to a file that is not there; copy the file in instead";

    private final Path portal;
    private final Path engine;
    /** The portal's and the engine's folders as they really are (links resolved), where files may come from. */
    private final List<Path> roots;

    private ProjectFiles(Path portal, Path engine) {
        this.portal = portal.toAbsolutePath().normalize();
        this.engine = engine.toAbsolutePath().normalize();
        this.roots = Stream.of(this.portal, this.engine).map(ProjectFiles::real).distinct().toList();
    }

    /** The files of the portal in {@code portal} built with the engine in {@code engine}. */
    public static ProjectFiles of(Path portal, Path engine) {
        return new ProjectFiles(portal, engine);
    }

    /** The files of the portal holding {@code content} (its parent folder), with the engine found by {@link briefing.Project#engineHome()}. */
    public static ProjectFiles holding(Path content) {
        Path c = content.toAbsolutePath().normalize();
        return new ProjectFiles(c.getParent() == null ? c : c.getParent(), briefing.Project.engineHome());
    }

    /** Empty when {@code file} may be read (it is inside the project, or not there at all); otherwise why it may not. */
    public Optional<String> refusal(Path file) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            return Optional.of(BROKEN);
        }
        return inside(real) ? Optional.empty() : Optional.of(OUTSIDE);
    }

    private boolean inside(Path real) {
        for (Path root : roots) {
            if (!real.startsWith(root)) continue;
            Path rel = root.relativize(real);
            boolean hidden = false;
            for (Path part : rel) hidden |= part.toString().startsWith(".");
            boolean built = rel.getNameCount() > 1 && rel.getName(0).toString().equals("target");
            if (!hidden && !built) return true;
        }
        return false;
    }

    /** The files under a folder that may be read, and those that may not, as problems at their names. */
    public record Listing(List<Path> files, List<Problem> problems) {
        public Listing {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    /**
     * Every file under the folders {@code dirs} (links to folders inside the project followed) that may not be read, as
     * problems at their names; a link to a folder outside is one problem. Empty when all of them may be read.
     */
    public List<Problem> problemsIn(List<Path> dirs) {
        List<Problem> out = new ArrayList<>();
        for (Path dir : dirs) out.addAll(list(dir).problems());
        return out;
    }

    /**
     * The files under {@code dir}, in order, links that stay inside the project followed (a link to a folder is walked as
     * a folder, never out of the project); those that may not be read are problems instead.
     */
    public Listing list(Path dir) {
        List<Path> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            Optional<String> top = refusal(dir);
            if (top.isPresent()) problems.add(new Problem(Origin.of(name(dir)), top.get()));
            else if (Files.isDirectory(dir)) collect(dir, new HashSet<>(), files, problems);
        }
        return new Listing(files, problems);
    }

    private void collect(Path dir, Set<Path> seen, List<Path> files, List<Problem> problems) {
        if (!seen.add(real(dir))) return; // a link back to a folder already walked
        List<Path> children;
        try (Stream<Path> s = Files.list(dir)) {
            children = s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path c : children) {
            Optional<String> why = refusal(c);
            if (why.isPresent()) problems.add(new Problem(Origin.of(name(c)), why.get()));
            else if (Files.isDirectory(c)) collect(c, seen, files, problems);
            else files.add(c);
        }
    }

    /** A path as an editor reads it: relative to the portal, else to the engine. */
    public String name(Path p) {
        Path a = p.toAbsolutePath().normalize();
        Path base = a.startsWith(portal) ? portal : a.startsWith(engine) ? engine : null;
        return (base == null ? a : base.relativize(a)).toString().replace('\\', '/');
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p; // a folder that is not there yet holds nothing to read
        }
    }
}
