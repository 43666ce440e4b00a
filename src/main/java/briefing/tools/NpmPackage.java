package briefing.tools;

import briefing.Project;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One npm package at a pinned version, installed for the build with its integrity checked: the tarball is fetched by
 * {@code npm pack} (npm's registry settings and cache, so a reinstall works offline), its SHA-512 compared with the
 * pinned {@code integrity} before anything is unpacked, and the files unpacked into {@code <tools>/<name>@<version>/}
 * with the SHA-256 of each recorded. A file taken from there is checked against that record every time
 * ({@link #file}); one that changed is reinstalled once, then refused. The pins come from a package-lock.json kept
 * in the engine's resources ({@link #locked}), which Dependabot keeps current. Nothing of the package runs at install
 * (no npm scripts, no dependencies: a tarball is one package).
 */
public record NpmPackage(String name, String version, String integrity) {
    private static final String MANIFEST = ".installed";
    private static final long TIMEOUT_MINUTES = 10;

    public NpmPackage {
        if (!name.matches("(@[a-z0-9][a-z0-9._-]*/)?[a-z0-9][a-z0-9._-]*") || !version.matches("[0-9A-Za-z.+-]+")
                || !integrity.startsWith("sha512-")) {
            throw new IllegalArgumentException("not a pinned npm package: " + name + "@" + version + " " + integrity);
        }
    }

    /** The package {@code name} as the engine's lockfile {@code resource} ("/npm/pagefind/package-lock.json") pins it. */
    public static NpmPackage locked(String resource, String name) {
        try (InputStream in = NpmPackage.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            JsonNode entry = new ObjectMapper().readTree(in).path("packages").path("node_modules/" + name);
            if (entry.isMissingNode()) throw new IllegalStateException(resource + " pins no " + name);
            return new NpmPackage(name, entry.path("version").asText(), entry.path("integrity").asText());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    /** Where the engine keeps the tools it installs: its {@code target/tools/} (kept until {@code mvn clean}). */
    public static Path engineTools() {
        return Project.engineHome().resolve("target").resolve("tools");
    }

    /** "pagefind@1.6.0". */
    public String spec() {
        return name + "@" + version;
    }

    /** The folder this package is (or will be) installed in under {@code tools}. */
    public Path folder(Path tools) {
        return tools.resolve(name.replace('/', '+') + "@" + version);
    }

    /**
     * The file {@code relative} of this package ("bin/pagefind_extended"), installed under {@code tools} if it is not
     * yet, and checked against the checksum recorded when it was installed.
     */
    public Path file(Path tools, String relative) throws ToolException {
        return file(tools, relative, NpmPackage::pack);
    }

    /** How a package's tarball is fetched into a folder: {@code npm pack}, or a test's own. */
    interface Fetcher {
        byte[] fetch(NpmPackage pkg, Path into) throws ToolException, IOException;
    }

    Path file(Path tools, String relative, Fetcher fetcher) throws ToolException {
        synchronized (NpmPackage.class) { // one install at a time in this JVM; other processes are told apart below
            Path folder = folder(tools);
            if (recordedIntegrity(folder).equals(integrity) && verified(folder, relative)) return folder.resolve(relative);
            install(tools, relative, fetcher); // missing, another release, or changed since it was installed
            if (verified(folder, relative)) return folder.resolve(relative);
            throw new ToolException(spec() + " has no file " + relative + " (or it does not match the checksum recorded"
                    + " when it was installed). Delete " + folder + " and build again.");
        }
    }

    /** Fetches, verifies and unpacks the tarball into a fresh folder, then puts it in place of an invalid previous one. */
    private void install(Path tools, String relative, Fetcher fetcher) throws ToolException {
        Path staging = null;
        try {
            Files.createDirectories(tools);
            staging = Files.createTempDirectory(tools, ".install-");
            byte[] tgz = fetcher.fetch(this, staging);
            String actual = "sha512-" + Base64.getEncoder().encodeToString(digest("SHA-512", tgz));
            if (!actual.equals(integrity)) {
                throw new ToolException("the downloaded " + spec() + " does not match its pinned checksum (" + integrity
                        + ", got " + actual + "); nothing was installed. Check the npm registry you use.");
            }
            Path unpacked = staging.resolve("package");
            TarGz.unpack(tgz, unpacked);
            writeManifest(unpacked);
            Path folder = folder(tools);
            if (recordedIntegrity(folder).equals(integrity) && verified(folder, relative)) return; // another build's
            delete(folder);
            try {
                Files.move(unpacked, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (!(recordedIntegrity(folder).equals(integrity) && verified(folder, relative))) throw e; // else another's
            }
        } catch (IOException e) {
            throw new ToolException("cannot install " + spec() + " into " + tools + ": " + e.getMessage());
        } finally {
            if (staging != null) delete(staging);
        }
    }

    private static byte[] pack(NpmPackage pkg, Path into) throws ToolException, IOException {
        String spec = pkg.spec();
        Ran r = run(List.of("pack", spec, "--pack-destination", into.toString(), "--ignore-scripts", "--prefer-offline",
                "--loglevel=error", "--no-audit", "--no-fund"), into, spec);
        List<Path> tarballs;
        try (Stream<Path> files = Files.list(into)) {
            tarballs = files.filter(f -> f.getFileName().toString().endsWith(".tgz")).toList();
        }
        if (r.exit() != 0 || tarballs.size() != 1) {
            throw new ToolException("npm could not fetch " + spec + " (exit " + r.exit() + "): is the npm registry"
                    + " reachable? It is needed once, until npm's cache holds the package. npm said: " + r.said());
        }
        return Files.readAllBytes(tarballs.get(0));
    }

    /** What npm did: its exit code and output. */
    record Ran(int exit, String output) {
        /** The first lines npm printed, on one line. */
        String said() {
            return String.join(" ", output.strip().lines().limit(6).toList());
        }
    }

    /** Runs npm with {@code args} in {@code dir}; {@code what} it installs names it in messages. */
    static Ran run(List<String> args, Path dir, String what) throws ToolException {
        List<String> command = new ArrayList<>(List.of(npm()));
        command.addAll(args);
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).directory(dir.toFile()).start();
        } catch (IOException e) {
            throw npmMissing(what);
        }
        try {
            p.getOutputStream().close();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new ToolException("npm " + args.get(0) + " " + what + " did not finish in " + TIMEOUT_MINUTES + " minutes");
            }
            return new Ran(p.exitValue(), output);
        } catch (IOException e) {
            p.destroyForcibly();
            throw new ToolException("npm " + args.get(0) + " " + what + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new ToolException("interrupted while installing " + what);
        }
    }

    /** npm's command on this system. */
    static String npm() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win") ? "npm.cmd" : "npm";
    }

    /** What to do when npm is not on the PATH. */
    static ToolException npmMissing(String spec) {
        return new ToolException("Installing " + spec + " needs npm (Node.js 18 or newer) on the PATH, and none was"
                + " found. Install Node.js (Debian/Ubuntu: sudo apt-get install -y nodejs npm; macOS: brew install node;"
                + " Windows: the installer from nodejs.org) and build again.");
    }

    /** Records the pinned integrity, then "sha256 path" for every file, sorted. */
    private void writeManifest(Path folder) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                sums.put(folder.relativize(f).toString().replace('\\', '/'), sha256(f));
            }
        }
        StringBuilder out = new StringBuilder("integrity ").append(integrity).append('\n');
        sums.forEach((path, sum) -> out.append(sum).append(' ').append(path).append('\n'));
        Files.writeString(folder.resolve(MANIFEST), out, StandardCharsets.UTF_8);
    }

    private static String recordedIntegrity(Path folder) {
        try (Stream<String> lines = Files.lines(folder.resolve(MANIFEST), StandardCharsets.UTF_8)) {
            return lines.findFirst().filter(l -> l.startsWith("integrity ")).map(l -> l.substring(10)).orElse("");
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** Whether {@code relative} is a file of the installed package whose content is what was recorded. */
    static boolean verified(Path folder, String relative) {
        try (Stream<String> lines = Files.lines(folder.resolve(MANIFEST), StandardCharsets.UTF_8)) {
            String expected = lines.skip(1).filter(l -> l.indexOf(' ') > 0 && l.substring(l.indexOf(' ') + 1).equals(relative))
                    .map(l -> l.substring(0, l.indexOf(' '))).findFirst().orElse(null);
            Path file = folder.resolve(relative);
            return expected != null && Files.isRegularFile(file) && expected.equals(sha256(file));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) md.update(buffer, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] digest(String algorithm, byte[] bytes) {
        try {
            return MessageDigest.getInstance(algorithm).digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void delete(Path folder) {
        if (!Files.exists(folder)) return;
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        } catch (IOException e) {
            // left behind: a later install starts from a fresh staging folder anyway
        }
    }
}
