package briefing.cms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * One pinned npm package, fetched with npm's own client ({@code npm pack}, which honours the user's registry and proxy
 * settings) and checked against the integrity the registry published for that release ({@code dist.integrity}, a
 * SHA-512 pinned in our code): a tarball that differs by one byte is refused. Its files are then read straight from
 * the tarball (POSIX tar in gzip).
 */
record NpmTarball(String name, String version, String integrity) {
    private static final long TIMEOUT_MINUTES = 5;

    String spec() {
        return name + "@" + version;
    }

    /** Fetches the tarball into {@code folder} and checks it; returns its path. */
    Path fetch(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path tgz = folder.resolve(name + "-" + version + ".tgz");
        if (!Files.isRegularFile(tgz) || !integrity.equals(integrityOf(Files.readAllBytes(tgz)))) {
            run(List.of(npm(), "pack", spec(), "--silent", "--pack-destination", folder.toString()), folder);
            if (!Files.isRegularFile(tgz)) throw new IOException("npm pack " + spec() + " wrote no " + tgz.getFileName());
        }
        String found = integrityOf(Files.readAllBytes(tgz));
        if (!integrity.equals(found)) {
            Files.deleteIfExists(tgz);
            throw new IOException(spec() + " from the registry does not match its pinned integrity (" + found + "); refused");
        }
        return tgz;
    }

    /** The files of the tarball whose path (without the leading "package/") {@code wanted} accepts, written into {@code to}. */
    static List<String> extract(Path tgz, Predicate<String> wanted, Path to) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(tgz), 1 << 16)) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
                String path = text(header, 0, 100);
                String prefix = text(header, 345, 155);
                if (!prefix.isEmpty()) path = prefix + "/" + path;
                long size = Long.parseLong(text(header, 124, 12).trim().isEmpty() ? "0" : text(header, 124, 12).trim(), 8);
                byte[] body = in.readNBytes((int) size);
                in.readNBytes((int) ((512 - size % 512) % 512));
                char type = (char) header[156];
                String inside = path.startsWith("package/") ? path.substring("package/".length()) : path;
                if ((type == '0' || type == 0) && !inside.contains("..") && wanted.test(inside)) {
                    Path target = to.resolve(inside).normalize();
                    if (!target.startsWith(to)) continue;
                    Files.createDirectories(target.getParent());
                    Files.write(target, body);
                    out.add(inside);
                }
            }
        }
        return out;
    }

    private static String text(byte[] b, int from, int length) {
        int end = from;
        while (end < from + length && b[end] != 0) end++;
        return new String(b, from, end - from, StandardCharsets.UTF_8);
    }

    /** npm's integrity string of these bytes: "sha512-" and the digest in base 64. */
    static String integrityOf(byte[] bytes) {
        try {
            return "sha512-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String npm() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win") ? "npm.cmd" : "npm";
    }

    /** Runs a command in {@code dir}; its output is returned, a failure thrown with its last lines. */
    static String run(List<String> command, Path dir) throws IOException {
        Process p;
        try {
            p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException(command.get(0) + " was not found: install Node.js 18 or newer (with npm)");
        }
        p.getOutputStream().close();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = p.getInputStream()) {
            in.transferTo(out);
            if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish in " + TIMEOUT_MINUTES + " minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", command));
        }
        String text = out.toString(StandardCharsets.UTF_8).strip();
        if (p.exitValue() != 0) {
            List<String> lines = text.lines().toList();
            throw new IOException(String.join(" ", command.subList(0, Math.min(3, command.size()))) + " failed (exit " + p.exitValue() + "): "
                    + String.join(" ", lines.subList(Math.max(0, lines.size() - 3), lines.size())));
        }
        return text;
    }
}
