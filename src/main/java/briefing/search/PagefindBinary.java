package briefing.search;

import briefing.tools.NpmPackage;
import briefing.tools.ToolException;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The pinned Pagefind executable for this machine: the platform package of the release in the engine's
 * {@code npm/pagefind/package-lock.json} (which holds every platform's integrity hash), installed once into the
 * engine's {@code target/tools/} with its integrity checked, and checked against the checksum recorded then before each
 * run ({@link NpmPackage}). Node.js is needed for that first install only; later builds run the executable directly,
 * offline (npx's wrapper cost about a second per build).
 */
final class PagefindBinary {
    static final String LOCK = "/npm/pagefind/package-lock.json";

    private PagefindBinary() {
    }

    /** The pinned release, "pagefind@1.6.0". */
    static String release() {
        return NpmPackage.locked(LOCK, "pagefind").spec();
    }

    /** Pagefind's name for a platform ("linux-x64", "windows-arm64"), if it publishes a build for it. */
    static Optional<String> platform(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String system = os.startsWith("windows") ? "windows" : os.startsWith("mac") || os.startsWith("darwin") ? "darwin"
                : os.startsWith("linux") ? "linux" : os.startsWith("freebsd") ? "freebsd" : null;
        String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64", "x64" -> "x64";
            case "aarch64", "arm64" -> "arm64";
            default -> null;
        };
        if (system == null || arch == null || system.equals("freebsd") && arch.equals("arm64")) return Optional.empty();
        return Optional.of(system + "-" + arch);
    }

    /** The platform package's executable, inside the package: bin/pagefind_extended (with .exe on Windows). */
    static String executable(String platform) {
        return "bin/pagefind_extended" + (platform.startsWith("windows") ? ".exe" : "");
    }

    /** The verified executable for this machine, installed under {@code tools} first if needed. */
    static Path installed(Path tools) throws SearchException {
        String platform = platform(System.getProperty("os.name", ""), System.getProperty("os.arch", ""))
                .orElseThrow(() -> new SearchException("Pagefind publishes no build for " + System.getProperty("os.name")
                        + " on " + System.getProperty("os.arch") + "; build with --no-search."));
        try {
            return NpmPackage.locked(LOCK, "@pagefind/" + platform).file(tools, executable(platform));
        } catch (ToolException e) {
            throw new SearchException("Search indexing: " + e.getMessage());
        }
    }
}
