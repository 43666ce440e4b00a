package briefing.tools;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Unpacks an npm package tarball (a gzipped ustar archive whose entries sit under {@code package/}) into a folder:
 * regular files and folders only (links and devices are skipped), executable bits kept, and no entry written outside
 * the folder (an absolute name or a ".." is refused).
 */
final class TarGz {
    private static final int BLOCK = 512;

    private TarGz() {
    }

    static void unpack(byte[] tgz, Path into) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(tgz))) {
            byte[] header = new byte[BLOCK];
            String longName = null;
            while (in.readNBytes(header, 0, BLOCK) == BLOCK && !zeros(header)) {
                long size = octal(header, 124, 12);
                byte type = header[156];
                byte[] data = in.readNBytes((int) size);
                if (data.length != size) throw new IOException("the archive ends inside an entry");
                in.skipNBytes((BLOCK - size % BLOCK) % BLOCK);
                if (type == 'x') { // a pax header: its "path" record names the next entry
                    longName = paxPath(new String(data, StandardCharsets.UTF_8));
                    continue;
                }
                if (type == 'L') { // a GNU long name
                    longName = new String(data, StandardCharsets.UTF_8).replace("\0", "");
                    continue;
                }
                String name = longName != null ? longName : name(header);
                longName = null;
                if (type != '0' && type != 0 && type != '5') continue;
                Path target = inside(into, name);
                if (target == null) continue;
                if (type == '5') {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.write(target, data);
                    if ((octal(header, 100, 8) & 0100) != 0) target.toFile().setExecutable(true, false);
                }
            }
        }
    }

    /** Where {@code name} ("package/bin/x") goes inside {@code into}, without its first component; null for the root. */
    private static Path inside(Path into, String name) throws IOException {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) throw new IOException("an absolute path in the archive: " + name);
        int slash = n.indexOf('/');
        String rest = slash < 0 ? "" : n.substring(slash + 1);
        if (rest.isEmpty()) return null;
        for (String part : rest.split("/")) {
            if (part.equals("..")) throw new IOException("a path leaving the folder in the archive: " + name);
        }
        Path target = into.resolve(rest).normalize();
        if (!target.startsWith(into)) throw new IOException("a path leaving the folder in the archive: " + name);
        return target;
    }

    private static String name(byte[] h) {
        String name = text(h, 0, 100);
        boolean ustar = text(h, 257, 5).equals("ustar");
        String prefix = ustar ? text(h, 345, 155) : "";
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    private static String paxPath(String records) {
        for (String record : records.split("\n")) {
            int eq = record.indexOf(" path=");
            if (eq >= 0) return record.substring(eq + 6);
        }
        return null;
    }

    private static String text(byte[] h, int from, int length) {
        int end = from;
        while (end < from + length && h[end] != 0) end++;
        return new String(h, from, end - from, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] h, int from, int length) throws IOException {
        String s = text(h, from, length).strip();
        if (s.isEmpty()) return 0;
        if (!s.matches("[0-7]+")) throw new IOException("not a tar archive (a field is not octal)");
        return Long.parseLong(s, 8);
    }

    private static boolean zeros(byte[] block) {
        for (byte b : block) if (b != 0) return false;
        return true;
    }
}
