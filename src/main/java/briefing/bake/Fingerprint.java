package briefing.bake;

import briefing.emit.CompactModel;
import briefing.emit.Page;
import briefing.i18n.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * A SHA-256 over a canonical walk of what makes a page's bytes, for {@link RenderCache}: each value with a tag for its
 * type (so "1", 1 and 1.0 differ), each text and list with its length, maps in their own (sorted) order. Values of other
 * types are walked as the templates see them ({@link PageModel#plain}). One fingerprint, one thread.
 */
final class Fingerprint {
    private final MessageDigest sha = sha256();
    private final byte[] eight = new byte[8];
    /**
     * How many maps' digests are kept: about 3% of the heap (some 100 bytes each), so a large build that fingerprints
     * every page does not run out of memory for it (about 250,000 at the launcher's 768 MB; 340,000 distinct maps at
     * 2,000 sources).
     */
    private static final long SHARED_LIMIT = Runtime.getRuntime().maxMemory() / 32 / 100;
    /**
     * The digests of the maps walked so far, by identity, or null: the planners share each view (an actor's, an event's)
     * between the pages that show it, so a map is walked once per build and a page's walk takes its digest instead.
     */
    private final Map<Shared, byte[]> shared;

    private Fingerprint() {
        this(null);
    }

    private Fingerprint(Map<Shared, byte[]> shared) {
        this.shared = shared;
    }

    /** A map by identity (an immutable compacted map: its digest never changes). */
    record Shared(Object map) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Shared s && s.map == map;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(map);
        }
    }

    /**
     * The page as the bakery renders it (url, type, title, model), after the bakery's environment; with {@code shared}
     * each compacted map of more than one entry is walked as its own digest (the same content gives the same
     * fingerprint whether its digest was kept or not).
     */
    static String of(byte[] environment, Page page, Map<Shared, byte[]> shared) {
        Fingerprint f = new Fingerprint(shared);
        f.sha.update(environment);
        f.text(page.url()).text(page.type()).text(page.title()).value(page.model());
        return f.hex();
    }

    /**
     * What every page of one bakery shares: the engine's code, the derived project's templates and configuration, the
     * site model and the interface text.
     */
    static byte[] environment(String engine, String templates, Map<String, ?> site, Messages messages) {
        Fingerprint f = new Fingerprint();
        f.text(engine).text(templates).value(site).text(messages.language()).value(messages.raw(""));
        return f.sha.digest();
    }

    /** Every file under {@code project}'s templates/, and its jbake.properties (which template renders which type). */
    static String templates(Path project) {
        Fingerprint f = new Fingerprint();
        Path templates = project.resolve("templates");
        try (Stream<Path> files = Files.isDirectory(templates) ? Files.walk(templates) : Stream.empty()) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                f.text(templates.relativize(p).toString().replace('\\', '/')).bytes(Files.readAllBytes(p));
            }
            Path properties = project.resolve("jbake.properties");
            f.bytes(Files.isRegularFile(properties) ? Files.readAllBytes(properties) : new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return f.hex();
    }

    private static volatile String engine;

    /**
     * The engine that renders: every file of the code the bakery was loaded from (the classes folder or the jar; names
     * and bytes, not dates, so a fresh compile of the same sources matches), the libraries' file names on the class path
     * (their versions: FreeMarker, JBake, ICU) and the Java version. Computed once per process.
     */
    static String engine() {
        String e = engine;
        if (e != null) return e;
        Fingerprint f = new Fingerprint();
        f.text(System.getProperty("java.version", ""));
        for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
            f.text(Path.of(entry).getFileName() == null ? "" : Path.of(entry).getFileName().toString());
        }
        try {
            Path code = Path.of(Bakery.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(code)) {
                try (Stream<Path> files = Files.walk(code)) {
                    for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                        f.text(code.relativize(p).toString().replace('\\', '/')).bytes(Files.readAllBytes(p));
                    }
                }
            } else {
                try (ZipFile jar = new ZipFile(code.toFile())) {
                    for (var entry : jar.stream().filter(z -> !z.isDirectory()).sorted(java.util.Comparator.comparing(z -> z.getName())).toList()) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            f.text(entry.getName()).bytes(in.readAllBytes());
                        }
                    }
                }
            }
        } catch (IOException | java.net.URISyntaxException | RuntimeException ex) {
            f.text("unknown code source: " + ex); // then a fingerprint no other process shares: every page renders
            f.text(String.valueOf(System.nanoTime()));
        }
        engine = f.hex();
        return engine;
    }

    private Fingerprint tag(char t) {
        sha.update((byte) t);
        return this;
    }

    private Fingerprint number(long n) {
        for (int i = 0; i < 8; i++) eight[i] = (byte) (n >>> (56 - 8 * i));
        sha.update(eight);
        return this;
    }

    private Fingerprint bytes(byte[] b) {
        number(b.length);
        sha.update(b);
        return this;
    }

    private Fingerprint text(String s) {
        return tag('s').bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    private Fingerprint value(Object v) {
        if (v == null) return tag('n');
        if (v instanceof String s) return text(s);
        if (v instanceof Boolean b) return tag(b ? 'T' : 'F');
        if (v instanceof Integer i) return tag('i').number(i);
        if (v instanceof Long l) return tag('l').number(l);
        if (v instanceof Double d) return tag('d').number(Double.doubleToLongBits(d));
        if (v instanceof Number n) return tag('N').text(n.getClass().getName()).text(n.toString());
        if (v instanceof Map<?, ?> m) {
            // a compacted, sorted or insertion-ordered map in its own order; another (a hash map) sorted first
            if (!CompactModel.sorted(m) && !(m instanceof java.util.SortedMap<?, ?>) && !(m instanceof java.util.LinkedHashMap<?, ?>)) {
                return tag('p').value(PageModel.plain(m));
            }
            if (shared != null && CompactModel.sorted(m) && m.size() > 1) {
                byte[] d = shared.get(new Shared(m));
                if (d == null) {
                    Fingerprint sub = new Fingerprint(shared);
                    sub.tag('m').number(m.size());
                    m.forEach((k, x) -> sub.value(k).value(x));
                    d = sub.sha.digest();
                    if (shared.size() < SHARED_LIMIT) shared.put(new Shared(m), d); // past it, computed each time
                }
                tag('h');
                sha.update(d);
                return this;
            }
            tag('m').number(m.size());
            m.forEach((k, x) -> value(k).value(x));
            return this;
        }
        if (v instanceof Collection<?> c) {
            tag('a').number(c.size());
            for (Object x : c) value(x);
            return this;
        }
        return tag('o').value(PageModel.plain(v)); // a record, enum, character...: as the templates see it
    }

    private String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /**
     * A check of a page's bytes, as the manifest records it: their length and two CRCs (CRC-32C and CRC-32, 64 bits),
     * so a previous page changed on disk since the manifest was written is seen. It guards against accident, not an
     * adversary: whoever can write the previous site can write the manifest beside it. Computed in hardware (a SHA-256
     * of every reused page cost more than a second of a 2,000-source build at the quick JIT tier the launcher uses).
     */
    static String checksum(byte[] b) {
        java.util.zip.CRC32C c = new java.util.zip.CRC32C();
        java.util.zip.CRC32 d = new java.util.zip.CRC32();
        c.update(b);
        d.update(b);
        return Integer.toHexString(b.length) + "-" + HexFormat.of().toHexDigits((int) c.getValue()) + HexFormat.of().toHexDigits((int) d.getValue());
    }
}
