package briefing.cms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Decap CMS's browser bundle, pinned: fetched once from npm ({@link NpmTarball}, its integrity checked), its script and
 * the chunks it loads on demand kept in the user's cache folder, and copied into every site's {@code admin/}, so the
 * CMS loads nothing from another origin.
 */
public final class DecapBundle {
    /** The release the portal is built and tested with, and its integrity as the npm registry publishes it. */
    static final NpmTarball RELEASE = new NpmTarball("decap-cms", "3.16.3",
            "sha512-hf+dPlCh7TJmWl8+6VRzHYOWhri5xgUknrZbDewaWe4s9B7xJ8PQugp2QHeSldMUKzav6+z0oIpwUYhUJDYtYw==");
    /** The files of dist/ the page needs: the script, its numbered chunks, their WebAssembly, the licence notice. */
    private static final Pattern NEEDED = Pattern.compile("dist/(decap-cms\\.js|\\d+\\.decap-cms\\.js|[0-9a-f]+\\.wasm|decap-cms\\.js\\.LICENSE\\.txt)");
    private static final String COMPLETE = ".complete";

    private DecapBundle() {
    }

    /**
     * The bundle's folder in the cache, fetched if it is not there yet: into a folder of its own, moved in place when
     * complete, so two builds at once (two tests, a build beside the preview) never read a half-written bundle.
     */
    public static synchronized Path installed() throws IOException {
        Path dir = cache().resolve(RELEASE.spec());
        if (Files.isRegularFile(dir.resolve(COMPLETE))) return dir;
        Path work = Files.createTempDirectory(Files.createDirectories(cache()), RELEASE.spec() + ".download");
        try {
            Path tgz = RELEASE.fetch(work);
            Path files = work.resolve("files");
            List<String> got = NpmTarball.extract(tgz, p -> NEEDED.matcher(p).matches(), files);
            if (!got.contains("dist/decap-cms.js")) throw new IOException(RELEASE.spec() + " holds no dist/decap-cms.js");
            Files.writeString(files.resolve("dist").resolve(COMPLETE), RELEASE.integrity() + "\n");
            if (Files.isRegularFile(dir.resolve(COMPLETE))) return dir; // another build was quicker
            deleteTree(dir);
            Files.move(files.resolve("dist"), dir, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return dir;
        } finally {
            deleteTree(work);
        }
    }

    /** Copies the bundle's files into {@code admin}. */
    static void copyInto(Path bundle, Path admin) throws IOException {
        Files.createDirectories(admin);
        try (Stream<Path> s = Files.list(bundle)) {
            for (Path f : s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList()) {
                Files.copy(f, admin.resolve(f.getFileName().toString()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** $XDG_CACHE_HOME (or ~/.cache)/briefing-portal/, where Pagefind's path is remembered too. */
    static Path cache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("briefing-portal");
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
