package briefing.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where npx keeps the Pagefind executable of the pinned release, remembered between builds: npx's wrapper (Node.js
 * starting, the package resolved, a second process spawned) costs about a second per build, the executable itself
 * nothing. The path is learnt from the wrapper's own verbose line ("Running the executable at ...") and kept in the
 * user's cache folder, one file per release; a path whose file is gone is forgotten, and npx is used again.
 */
final class PagefindBinary {
    private static final Pattern WRAPPER = Pattern.compile("Running the executable at (\\S.*?)\\s*$", Pattern.MULTILINE);

    private PagefindBinary() {
    }

    /** The remembered executable of {@code release} ("pagefind@1.6.0"), if it is still there. */
    static Optional<Path> remembered(String release) {
        return remembered(release, cache());
    }

    static Optional<Path> remembered(String release, Path cache) {
        Path note = cache.resolve(release + ".path");
        try {
            if (!Files.isRegularFile(note)) return Optional.empty();
            Path binary = Path.of(Files.readString(note, StandardCharsets.UTF_8).strip());
            if (Files.isRegularFile(binary) && Files.isExecutable(binary)) return Optional.of(binary);
            Files.deleteIfExists(note);
        } catch (IOException | RuntimeException e) {
            // an unreadable note is as good as none
        }
        return Optional.empty();
    }

    /** Remembers the executable npx's wrapper named in {@code output} (of a run with --verbose), if it named one. */
    static void learn(String release, String output) {
        learn(release, output, cache());
    }

    static void learn(String release, String output, Path cache) {
        Matcher m = WRAPPER.matcher(output);
        if (!m.find()) return;
        Path binary = Path.of(m.group(1));
        if (!Files.isRegularFile(binary) || !Files.isExecutable(binary)) return;
        Path note = cache.resolve(release + ".path");
        try {
            Files.createDirectories(note.getParent());
            Path tmp = Files.createTempFile(note.getParent(), "pagefind", ".tmp");
            Files.writeString(tmp, binary.toString(), StandardCharsets.UTF_8);
            Files.move(tmp, note, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // not remembered: the next build asks npx again
        }
    }

    /** Where the notes are kept: $XDG_CACHE_HOME (or ~/.cache)/briefing-portal/, e.g. pagefind@1.6.0.path there. */
    private static Path cache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("briefing-portal");
    }
}
