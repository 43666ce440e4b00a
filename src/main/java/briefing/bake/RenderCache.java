package briefing.bake;

import briefing.emit.Page;
import briefing.files.SiteException;
import briefing.i18n.Messages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The last build's pages, reused: a build given a cache folder ({@code --cache}) takes a page's bytes from the previous
 * site instead of rendering it when nothing that makes them changed. The cache's manifest ({@value #MANIFEST}) records,
 * for each page the last successful build wrote, its fingerprint ({@link Fingerprint}: the page's url, type, title and
 * model, the site model, the interface text, the derived project's templates and the engine's code) and a checksum of
 * its bytes ({@link Fingerprint#checksum}). A page is reused when its fingerprint is the one recorded for its url and the previous site's file (a
 * regular file inside it) still has the recorded bytes; otherwise it is rendered. So a stale manifest, an edited or
 * half-deleted site or a site built without the cache costs renders, never a wrong page: the result is the same, byte
 * for byte, as a build without the cache.
 *
 * <p>The new manifest is kept in memory as pages are baked (on every core) and written by {@link #save()} once the new
 * site is in place; a build that fails leaves the old manifest with the old site. A missing or unreadable manifest
 * means every page is rendered.
 */
public final class RenderCache {
    /** The manifest's file name in the cache folder. */
    public static final String MANIFEST = "render-cache.tsv";
    private static final String HEADER = "# briefing render cache 1: url, page fingerprint (SHA-256), the page's length and CRCs";
    private static final String[] READ_ONLY = {"content", "templates", "assets", "i18n", "schemas", ".git"};

    private final Path dir;
    private final Path previous;
    /** The previous site's real path, or null when there is none. */
    private final Path previousReal;
    private final Map<String, Entry> last;
    private final Map<String, Entry> next = new ConcurrentHashMap<>();
    private final Map<Path, String> templates = new ConcurrentHashMap<>();
    private final Map<Fingerprint.Shared, byte[]> shared = new ConcurrentHashMap<>();
    private final AtomicInteger reused = new AtomicInteger();
    private final AtomicInteger rendered = new AtomicInteger();

    /** One page in the manifest. */
    record Entry(String fingerprint, String output) {
    }

    private RenderCache(Path dir, Path previous, Map<String, Entry> last) {
        this.dir = dir;
        this.previous = previous;
        Path real;
        try {
            real = last.isEmpty() ? null : previous.toRealPath();
        } catch (IOException e) {
            real = null;
        }
        this.previousReal = real;
        this.last = last;
    }

    /**
     * The cache kept in {@code dir} for the site in {@code site} (the previous build's output, read while the new one is
     * baked), for the portal in {@code portal}: the folder may not be inside the site or its work folders (a swap would
     * delete it) nor inside a folder the build reads.
     */
    public static RenderCache open(Path dir, Path site, Path portal) {
        Path d = dir.toAbsolutePath().normalize();
        Path s = site.toAbsolutePath().normalize();
        Path p = portal.toAbsolutePath().normalize();
        for (String suffix : List.of("", ".jbake", ".staging", ".old", ".spare")) {
            Path work = s.resolveSibling(s.getFileName() + suffix);
            if (d.startsWith(work)) refuse(dir, "it is inside " + work + ", which the build replaces");
        }
        if (s.startsWith(d)) refuse(dir, "it holds the site's folder " + s);
        for (String f : READ_ONLY) if (d.startsWith(p.resolve(f))) refuse(dir, "it is inside the portal's " + f + "/ folder");
        return new RenderCache(d, s, read(d.resolve(MANIFEST)));
    }

    private static void refuse(Path dir, String why) {
        throw new SiteException("cannot keep the render cache in " + dir + ": " + why + "; choose another --cache (e.g. target/render-cache)");
    }

    /** The manifest's entries; none when it is missing or not a whole manifest of this version. */
    static Map<String, Entry> read(Path manifest) {
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) return Map.of();
        try {
            List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) return Map.of();
            Map<String, Entry> out = new java.util.HashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                if (f.length != 3 || f[0].isEmpty() || !hash(f[1]) || !f[2].matches("[0-9a-f]{1,8}-[0-9a-f]{16}")) return Map.of(); // corrupt
                out.put(f[0], new Entry(f[1], f[2]));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    private static boolean hash(String s) {
        return s.length() == 64 && s.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f');
    }

    /** What every page of a bakery shares (see {@link Fingerprint#environment}); the templates read once per project. */
    byte[] environment(Path project, Map<String, ?> site, Messages messages) {
        String t = templates.computeIfAbsent(project, Fingerprint::templates);
        return Fingerprint.environment(Fingerprint.engine(), t, site, messages);
    }

    /**
     * The previous build's bytes of the page at {@code url}, if its fingerprint then was {@code fingerprint} and the
     * previous site still holds them; recorded for the next build when so.
     */
    Optional<byte[]> reuse(String url, String fingerprint) {
        Entry was = last.get(url);
        if (was == null || !was.fingerprint().equals(fingerprint)) return Optional.empty();
        Path file = previous.resolve(url).normalize();
        try {
            if (previousReal == null || !file.startsWith(previous) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    || !file.toRealPath().startsWith(previousReal)) return Optional.empty(); // no link out of the site
            byte[] bytes = Files.readAllBytes(file);
            if (!Fingerprint.checksum(bytes).equals(was.output())) return Optional.empty();
            next.put(url, was);
            reused.incrementAndGet();
            return Optional.of(bytes);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Records a page rendered with {@code fingerprint} into {@code bytes}. */
    void rendered(String url, String fingerprint, byte[] bytes) {
        rendered.incrementAndGet();
        if (url.indexOf('\t') < 0 && url.indexOf('\n') < 0 && url.indexOf('\r') < 0) {
            next.put(url, new Entry(fingerprint, Fingerprint.checksum(bytes)));
        }
    }

    /** The fingerprint of {@code page} rendered in {@code environment}. */
    String fingerprint(byte[] environment, Page page) {
        return Fingerprint.of(environment, page, shared);
    }

    /** How many pages this build took from the previous site. */
    public int reused() {
        return reused.get();
    }

    /** How many pages this build rendered. */
    public int rendered() {
        return rendered.get();
    }

    /**
     * Writes this build's manifest (every page it baked, by url), replacing the last one whole; call it once the new
     * site is in place. Returns a note when it could not be written (the site is built; the next build renders all).
     */
    public Optional<String> save() {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        new TreeMap<>(next).forEach((url, e) -> out.append(url).append('\t').append(e.fingerprint()).append('\t').append(e.output()).append('\n'));
        Path manifest = dir.resolve(MANIFEST);
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, MANIFEST, ".new");
            try {
                Files.writeString(temp, out, StandardCharsets.UTF_8);
                Files.move(temp, manifest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("note: the render cache could not be saved to " + manifest + " (" + e.getMessage()
                    + "); the next build may render more pages");
        }
    }
}
