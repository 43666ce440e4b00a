package briefing.tools;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A pinned npm package is installed only when its tarball matches the pinned SHA-512, once (later uses are offline),
 * and a file of it is checked against the checksum recorded at install on every use: a changed file is reinstalled,
 * a tarball that does not match installs nothing, and no entry is written outside the package's folder.
 */
class NpmPackageTest {
    @TempDir
    Path tools;

    private static final byte[] TOOL = "#!/bin/sh\necho the real tool\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void installsOnceWhenTheTarballMatchesItsPinAndChecksTheFileOnEveryUse() throws Exception {
        byte[] tgz = tgz(Map.of("package/bin/tool", TOOL, "package/package.json", "{}".getBytes(StandardCharsets.UTF_8)));
        NpmPackage pkg = new NpmPackage("@example/tool-linux-x64", "1.2.3", integrity(tgz));
        AtomicInteger fetches = new AtomicInteger();
        NpmPackage.Fetcher fetcher = (p, into) -> {
            fetches.incrementAndGet();
            return tgz;
        };

        Path tool = pkg.file(tools, "bin/tool", fetcher);
        assertEquals(tools.resolve("@example+tool-linux-x64@1.2.3/bin/tool"), tool);
        assertArrayEquals(TOOL, Files.readAllBytes(tool));
        assertTrue(Files.isExecutable(tool), "the executable bit of the archive is kept");
        assertEquals(1, fetches.get());

        assertEquals(tool, pkg.file(tools, "bin/tool", fetcher));
        assertEquals(1, fetches.get(), "installed once: a later use fetches nothing");

        Files.writeString(tool, "#!/bin/sh\necho something else\n");
        assertEquals(tool, pkg.file(tools, "bin/tool", fetcher));
        assertEquals(2, fetches.get(), "a file changed since its install is installed again");
        assertArrayEquals(TOOL, Files.readAllBytes(tool));

        assertThrows(ToolException.class, () -> pkg.file(tools, "bin/other", fetcher), "a file the package does not have");
        try (var left = Files.list(tools)) {
            assertEquals(1, left.count(), "no staging folder is left behind: " + tools);
        }
    }

    @Test
    void aTarballThatDoesNotMatchItsPinInstallsNothing() throws Exception {
        byte[] genuine = tgz(Map.of("package/bin/tool", TOOL));
        byte[] other = tgz(Map.of("package/bin/tool", "#!/bin/sh\necho tampered\n".getBytes(StandardCharsets.UTF_8)));
        NpmPackage pkg = new NpmPackage("tool", "1.0.0", integrity(genuine));

        ToolException e = assertThrows(ToolException.class, () -> pkg.file(tools, "bin/tool", (p, into) -> other));
        assertTrue(e.getMessage().contains("does not match its pinned checksum"), e.getMessage());
        assertFalse(Files.exists(pkg.folder(tools)), "nothing installed");
        try (var left = Files.list(tools)) {
            assertEquals(0, left.count(), "no staging folder is left behind");
        }
    }

    @Test
    void anEntryLeavingThePackageFolderIsRefused() throws Exception {
        byte[] tgz = tgz(Map.of("package/../../escaped", TOOL));
        NpmPackage pkg = new NpmPackage("tool", "1.0.0", integrity(tgz));

        ToolException e = assertThrows(ToolException.class, () -> pkg.file(tools, "bin/tool", (p, into) -> tgz));
        assertTrue(e.getMessage().contains("leaving the folder"), e.getMessage());
        assertFalse(Files.exists(tools.getParent().resolve("escaped")));
        assertFalse(Files.exists(tools.resolve("escaped")));
    }

    @Test
    void readsItsPinFromAPackageLock() {
        NpmPackage pagefind = NpmPackage.locked("/npm/pagefind/package-lock.json", "pagefind");
        assertTrue(pagefind.version().matches("\\d+\\.\\d+\\.\\d+"), pagefind.version());
        assertTrue(pagefind.integrity().matches("sha512-[A-Za-z0-9+/]{86}=="), pagefind.integrity());
        assertThrows(IllegalArgumentException.class, () -> new NpmPackage("tool", "1.0.0", "sha1-abc"), "only SHA-512 pins");
    }

    private static String integrity(byte[] tgz) throws Exception {
        return "sha512-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(tgz));
    }

    /** A gzipped ustar archive of these files, each with mode 755. */
    static byte[] tgz(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            for (var f : new java.util.TreeMap<>(files).entrySet()) {
                byte[] header = new byte[512];
                put(header, 0, f.getKey());
                put(header, 100, "0000755");
                put(header, 108, "0000000");
                put(header, 116, "0000000");
                put(header, 124, String.format("%011o", f.getValue().length));
                put(header, 136, "00000000000");
                header[156] = '0';
                put(header, 257, "ustar");
                put(header, 263, "00");
                java.util.Arrays.fill(header, 148, 156, (byte) ' ');
                int sum = 0;
                for (byte b : header) sum += b & 0xff;
                put(header, 148, String.format("%06o", sum));
                gz.write(header);
                gz.write(f.getValue());
                gz.write(new byte[(512 - f.getValue().length % 512) % 512]);
            }
            gz.write(new byte[1024]);
        }
        return out.toByteArray();
    }

    private static void put(byte[] header, int at, String value) {
        byte[] b = value.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, header, at, b.length);
    }
}
