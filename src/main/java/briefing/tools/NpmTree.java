package briefing.tools;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A tool that needs its dependencies (a Node program rather than one tarball, which {@link NpmPackage} installs): the
 * whole tree pinned by a package-lock.json kept in the engine's resources ({@code /npm/<dir>/}, which Dependabot keeps
 * current) and installed by {@code npm ci}, which checks every package against the lockfile's integrity and runs no
 * install scripts here. The tree goes into a staging folder and is moved in place when complete, under a name that
 * holds the lockfile's hash, so a new lockfile is a new install and two builds never share a half-written tree. The
 * file asked for is checked against the SHA-256 recorded at install every time it is taken.
 */
public record NpmTree(String dir) {
    private static final String COMPLETE = ".complete";

    public NpmTree {
        if (!dir.matches("[a-z0-9][a-z0-9._-]*")) throw new IllegalArgumentException("not an npm resource folder: " + dir);
    }

    /** The pin of {@code name} in this tree's lockfile (its version, for messages). */
    public NpmPackage pin(String name) {
        return NpmPackage.locked(resource("package-lock.json"), name);
    }

    /** The file {@code relative} of the tree ("node_modules/decap-server/dist/index.js"), installed if it is not yet. */
    public Path file(Path tools, String relative) throws ToolException {
        synchronized (NpmTree.class) {
            try {
                byte[] lock = read("package-lock.json");
                Path folder = tools.resolve("npm-" + dir + "-" + HexFormat.of().formatHex(sha256(lock)).substring(0, 12));
                if (!intact(folder, relative)) install(tools, folder, lock, relative);
                if (intact(folder, relative)) return folder.resolve(relative);
                throw new ToolException(dir + " (npm ci) has no file " + relative + " (or it does not match the checksum"
                        + " recorded when it was installed). Delete " + folder + " and try again.");
            } catch (IOException e) {
                throw new ToolException("cannot install " + dir + " into " + tools + ": " + e.getMessage());
            }
        }
    }

    private void install(Path tools, Path folder, byte[] lock, String relative) throws ToolException, IOException {
        Files.createDirectories(tools);
        Path staging = Files.createTempDirectory(tools, ".install-");
        try {
            Files.write(staging.resolve("package.json"), read("package.json"));
            Files.write(staging.resolve("package-lock.json"), lock);
            ci(staging);
            Path file = staging.resolve(relative);
            if (!Files.isRegularFile(file)) throw new ToolException("npm ci of " + dir + " wrote no " + relative);
            Files.writeString(staging.resolve(COMPLETE), NpmPackage.sha256(file) + " " + relative + "\n", StandardCharsets.UTF_8);
            NpmPackage.delete(folder);
            try {
                Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (!intact(folder, relative)) throw e; // else another build installed it meanwhile
            }
        } finally {
            NpmPackage.delete(staging);
        }
    }

    private void ci(Path folder) throws ToolException {
        NpmPackage.Ran r = NpmPackage.run(List.of("ci", "--ignore-scripts", "--omit=dev", "--prefer-offline", "--no-audit",
                "--no-fund", "--loglevel=error"), folder, dir);
        if (r.exit() != 0) {
            throw new ToolException("npm could not install " + dir + " (exit " + r.exit() + "): is the npm registry reachable?"
                    + " It is needed once, until npm's cache holds the packages. npm said: " + r.said());
        }
    }

    /** Whether the installed tree is complete and {@code relative} is what was recorded at install. */
    private static boolean intact(Path folder, String relative) {
        try {
            String recorded = Files.readString(folder.resolve(COMPLETE), StandardCharsets.UTF_8).strip();
            Path file = folder.resolve(relative);
            return Files.isRegularFile(file) && recorded.equals(NpmPackage.sha256(file) + " " + relative);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private String resource(String file) {
        return "/npm/" + dir + "/" + file;
    }

    private byte[] read(String file) throws IOException {
        try (InputStream in = NpmTree.class.getResourceAsStream(resource(file))) {
            if (in == null) throw new IOException("missing resource " + resource(file));
            return in.readAllBytes();
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
