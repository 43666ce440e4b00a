package briefing.load;

import java.nio.file.Path;

/**
 * The files editors and their systems leave beside the content, which are never content: backups ({@code summary.md~},
 * {@code #facts.yaml#}), swap and lock files ({@code .facts.yaml.swp}, {@code .#facts.yaml}), and folder metadata
 * ({@code .DS_Store}, {@code Thumbs.db}, {@code desktop.ini}). The loader skips them everywhere in content/ and the
 * preview ignores their changes.
 */
public final class EditorFiles {
    private EditorFiles() {
    }

    /** Whether the file {@code path} names is an editor's or the system's, not content. */
    public static boolean ignored(Path path) {
        Path name = path.getFileName();
        return name != null && ignored(name.toString());
    }

    /** Whether a file of this name is an editor's or the system's, not content. */
    public static boolean ignored(String name) {
        return name.endsWith("~") // backups: Emacs, Vim, gedit, nano
                || name.startsWith(".#") // Emacs lock files
                || name.startsWith("#") && name.endsWith("#") // Emacs auto-saves
                || name.startsWith(".") && (name.endsWith(".swp") || name.endsWith(".swo") || name.endsWith(".swx")) // Vim swap files
                || name.equals(".DS_Store") || name.startsWith("._") // macOS folder metadata and resource forks
                || name.equalsIgnoreCase("Thumbs.db") || name.equalsIgnoreCase("desktop.ini"); // Windows folder metadata
    }
}
