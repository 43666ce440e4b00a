package briefing.cms;

import briefing.tools.NpmPackage;
import briefing.tools.ToolException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Decap CMS's browser bundle, pinned by the engine's {@code npm/decap-cms/package-lock.json}: installed once by
 * {@link NpmPackage} (the tarball checked against its integrity, every file's checksum recorded) into the engine's
 * tools, and its script and the chunks it loads on demand copied into every site's {@code admin/}, each checked against
 * its recorded checksum, so the CMS loads nothing from another origin.
 */
public final class DecapBundle {
    /** The release the portal is built and tested with. */
    static final NpmPackage RELEASE = NpmPackage.locked("/npm/decap-cms/package-lock.json", "decap-cms");
    private static final String SCRIPT = "dist/decap-cms.js";
    /** The files of dist/ the page needs: the script, its numbered chunks, their WebAssembly, the licence notice. */
    private static final Pattern NEEDED = Pattern.compile("dist/(decap-cms\\.js|\\d+\\.decap-cms\\.js|[0-9a-f]+\\.wasm|decap-cms\\.js\\.LICENSE\\.txt)");

    private DecapBundle() {
    }

    /** Copies the bundle's files into {@code admin}, installing the release under {@code tools} first if needed. */
    static List<String> copyInto(Path tools, Path admin) throws ToolException, IOException {
        Path dist = RELEASE.file(tools, SCRIPT).getParent();
        List<String> needed;
        try (Stream<Path> s = Files.list(dist)) {
            needed = s.map(f -> "dist/" + f.getFileName()).filter(f -> NEEDED.matcher(f).matches()).sorted().toList();
        }
        Files.createDirectories(admin);
        for (String f : needed) {
            Files.copy(RELEASE.file(tools, f), admin.resolve(f.substring("dist/".length())), StandardCopyOption.REPLACE_EXISTING);
        }
        return needed.stream().map(f -> f.substring("dist/".length())).toList();
    }
}
