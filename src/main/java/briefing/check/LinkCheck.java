package briefing.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every internal link, anchor and asset reference of a built site resolves, and no page loads anything from another
 * origin (links out to an original source are fine; scripts, styles, images and frames from elsewhere are not).
 * Absolute paths are accepted only under the site's base path (the 404 page uses them, being served at any depth).
 *
 * <p>One pass reads each page once ({@link HtmlScan}) as the bake writes it ({@link #streaming}, from the bake's
 * threads: no page is read back from disk); {@link #check(Path, String)} reads a finished site. A page may link to a
 * page not written yet (the bake writes pages in batches, as they are planned), so what a page's references need of
 * other files waits until that file is fed ({@link Pending}), kept small: each distinct target once (site-relative
 * path and anchor), with where it was written; each page's ids as a sorted array of 64-bit hashes. Memory grows with
 * the targets not yet written and the ids, not with the pages' text. Problems are listed in page order, each page's
 * in the order of its references.
 */
public final class LinkCheck {
    private final Path site;
    private final String basePath;
    /** The site's files, relative, with '/': those there before the pages, then each page as it is fed. */
    private final Set<String> files = ConcurrentHashMap.newKeySet();
    /** Each fed page's ids, as sorted hashes. */
    private final Map<String, long[]> ids = new ConcurrentHashMap<>();
    /** References that need a file not fed yet (its existence, an anchor in it), until it is. */
    private final Pending pending = new Pending();
    /** Problems found in a page alone (a malformed link, another origin, a missing anchor of its own). */
    private final ConcurrentLinkedQueue<Found> found = new ConcurrentLinkedQueue<>();

    private LinkCheck(Path site, String basePath, Collection<String> files) {
        this.site = site.toAbsolutePath().normalize();
        this.basePath = basePath.endsWith("/") ? basePath : basePath + "/";
        files.forEach(this::known);
    }

    /** Problems found, as "page: what is wrong"; empty when every reference resolves. */
    public static List<String> check(Path site, String basePath) {
        Path root = site.toAbsolutePath().normalize();
        LinkCheck check = new LinkCheck(root, basePath, filesOf(root));
        return check.finish();
    }

    /**
     * A check of a site whose files are {@code files} (paths relative to {@code site}, with '/') and the pages fed
     * with {@link #page}; {@link #finish} reads any HTML file among {@code files} that was not fed, then settles
     * every reference.
     */
    public static LinkCheck streaming(Path site, String basePath, Collection<String> files) {
        return new LinkCheck(site, basePath, files);
    }

    /** The files under {@code site}, relative, with '/'; the search index (pagefind/, pagefind-2/ ...) is left out. */
    public static List<String> filesOf(Path site) {
        Path root = site.toAbsolutePath().normalize();
        try (java.util.stream.Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> !(p.getNameCount() > root.getNameCount() && p.getName(root.getNameCount()).toString().matches("pagefind(-[0-9]+)?"))
                            && Files.isRegularFile(p))
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One written page, its text as written: thread-safe. */
    public void page(String url, String html) {
        page(url, html.getBytes(StandardCharsets.UTF_8));
    }

    /** One written file (a page, a feed ...), its bytes as written (UTF-8): thread-safe. HTML pages are checked. */
    public void page(String url, byte[] html) {
        known(url);
        if (!url.endsWith(".html")) {
            arrived(url); // a file without ids: what waited for it needed only that it be there
            return;
        }
        HtmlScan.Result scan = HtmlScan.scan(html);
        ids.put(url, hashes(scan.ids()));
        int page = number(url);
        String folder = url.contains("/") ? url.substring(0, url.lastIndexOf('/')) : "";
        List<HtmlScan.Ref> refs = scan.refs();
        for (int i = 0; i < refs.size(); i++) {
            HtmlScan.Ref r = refs.get(i);
            Resolution res = resolved(folder, r.target(), r.resource());
            if (res.problem() != null) {
                found.add(new Found(url, i, res.problem()));
                continue;
            }
            String file = res.file() == null ? url : files.contains(res.file()) ? res.file()
                    : directories.contains(res.file()) ? index(res.file()) : res.file();
            if (file.equals(url)) { // the page itself ("#top", or its own name)
                if (res.fragment() != null && !scan.ids().contains(res.fragment())) found.add(new Found(url, i, anchorProblem(r.target(), res.fragment())));
                continue;
            }
            long[] idsThere = res.fragment() != null && file.endsWith(".html") ? ids.get(file) : null;
            if (files.contains(file) && (res.fragment() == null || !file.endsWith(".html") || idsThere != null)) {
                // settled now: the file is there, and so are its ids if an anchor is wanted
                if (idsThere != null && java.util.Arrays.binarySearch(idsThere, hash(res.fragment())) < 0) {
                    found.add(new Found(url, i, anchorProblem(r.target(), res.fragment())));
                }
            } else if (!pending.await(res.file(), res.fragment(), r.target(), page, i)) {
                // its file arrived while this page was read: its ids are known now
                long[] there = ids.get(res.file());
                if (res.fragment() != null && there != null && java.util.Arrays.binarySearch(there, hash(res.fragment())) < 0) {
                    found.add(new Found(url, i, anchorProblem(r.target(), res.fragment())));
                }
            } // else a file not written yet (or never): settled when it is fed, or at the end
        }
        arrived(url);
    }

    /** Settles the references that waited for {@code url}, now fed (and its ids known), and forgets them. */
    private void arrived(String url) {
        long[] there = url.endsWith(".html") ? ids.get(url) : null;
        for (Pending.Target t : pending.arrived(url)) {
            if (t.fragment != null && there != null && java.util.Arrays.binarySearch(there, hash(t.fragment)) < 0) {
                t.each((target, page, ordinal) -> found.add(new Found(page(page), ordinal, anchorProblem(target, t.fragment))));
            }
        }
    }

    /**
     * Files written into the site besides the pages (site-relative, with '/'): thread-safe. Links to them resolve, and
     * {@link #finish} reads those that are HTML, as it reads the files given at the start.
     */
    public void files(Collection<String> written) {
        written.forEach(this::known);
    }

    /** Whether {@code file} (site-relative, with '/') is one of the site's files: given at the start, or fed since. */
    public boolean knows(String file) {
        return files.contains(file);
    }

    /** The pages fed or read, numbered as they came (a pending reference names its page by number). */
    private final List<String> numbered = new ArrayList<>();

    private synchronized int number(String url) {
        numbered.add(url);
        return numbered.size() - 1;
    }

    private synchronized String page(int number) {
        return numbered.get(number);
    }

    /** The folders above the files known so far, "" for the site's. */
    private final Set<String> directories = ConcurrentHashMap.newKeySet();

    private void known(String file) {
        files.add(file);
        directories.add("");
        for (int cut = file.lastIndexOf('/'); cut > 0 && directories.add(file.substring(0, cut)); cut = file.lastIndexOf('/', cut - 1)) {
            // every folder above the file
        }
    }

    private static String index(String folder) {
        return folder.isEmpty() ? "index.html" : folder + "/index.html";
    }

    /** Reads the site's HTML files that were not fed, then gives every problem, in page order. */
    public List<String> finish() {
        List<String> unread = files.stream().filter(f -> f.endsWith(".html") && !f.startsWith("pagefind/") && !ids.containsKey(f))
                .sorted().toList();
        unread.parallelStream().forEach(f -> page(f, bytes(site.resolve(f))));
        List<Found> problems = new ArrayList<>(found);
        pending.each((waitedFor, t) -> {
            String file = directories.contains(t.file) ? index(t.file) : t.file;
            if (!files.contains(file)) {
                t.each((target, page, ordinal) -> problems.add(new Found(page(page), ordinal, "broken link '" + target + "' (no " + file + ")")));
            } else if (t.fragment != null && file.endsWith(".html") && !has(file, t.fragment)) {
                t.each((target, page, ordinal) -> problems.add(new Found(page(page), ordinal, anchorProblem(target, t.fragment))));
            }
        });
        problems.sort(Comparator.comparing(Found::page).thenComparingInt(Found::ordinal));
        return problems.stream().map(f -> f.page() + ": " + f.problem()).toList();
    }

    private static String anchorProblem(String target, String fragment) {
        return "broken anchor '" + target + "' (no id '" + fragment + "')";
    }

    /** Whether the page {@code file} declares the id (a page not fed, such as a copied asset, is read now). */
    private boolean has(String file, String id) {
        long[] known = ids.computeIfAbsent(file, f -> hashes(HtmlScan.scan(bytes(site.resolve(f))).ids()));
        return java.util.Arrays.binarySearch(known, hash(id)) >= 0;
    }

    /** A problem on a page, at its {@code ordinal}-th reference. */
    private record Found(String page, int ordinal, String problem) {
    }

    /**
     * Where a reference leads: a problem, a file (site-relative; its existence is settled when it is fed, or at the
     * end) with the fragment to find there, if any, or the page itself (file null).
     */
    record Resolution(String problem, String file, String fragment) {
    }

    private static final Resolution NOTHING = new Resolution(null, null, null);

    /** Resolutions by folder and target (a folder's pages link to the same places), forgotten when there are many. */
    private final Map<String, Resolution> resolutions = new ConcurrentHashMap<>();

    private Resolution resolved(String folder, String target, boolean resource) {
        Resolution quick = quick(folder, target);
        if (quick != null) return quick;
        String key = folder + (resource ? "\u0001" : "\u0000") + target;
        Resolution r = resolutions.get(key);
        if (r == null) {
            if (resolutions.size() > 20_000) resolutions.clear(); // memory stays bounded; only speed is lost
            r = resolve(folder, target, resource);
            resolutions.put(key, r);
        }
        return r;
    }

    Resolution resolve(String folder, String target, boolean resource) {
        String t = target.strip();
        String path;
        String fragment;
        if (plain(t)) { // the common case, read as URI would read it, without parsing
            int hash = t.indexOf('#');
            path = hash < 0 ? t : t.substring(0, hash);
            fragment = hash < 0 ? null : t.substring(hash + 1);
        } else {
            URI uri;
            try {
                uri = new URI(t);
            } catch (URISyntaxException e) {
                return broken("malformed link '" + target + "'");
            }
            if ("data".equals(uri.getScheme())) return NOTHING; // inline, e.g. the empty favicon
            if (uri.getScheme() != null || t.startsWith("//")) {
                if (resource) return broken("loads '" + target + "' from another origin");
                return NOTHING; // a link out, e.g. to a source's original
            }
            path = uri.getRawPath() == null ? "" : uri.getPath();
            fragment = uri.getFragment();
        }
        String file;
        if (path.isEmpty()) {
            file = null;
        } else if (path.startsWith("/")) {
            if (!path.startsWith(basePath)) return broken("absolute link '" + target + "' outside the base path " + basePath);
            file = normalize("", path.substring(basePath.length()));
        } else {
            file = normalize(folder, path);
        }
        if (file != null && file.equals("..")) return broken("link '" + target + "' leaves the site");
        return new Resolution(null, file, fragment != null && !fragment.isEmpty() ? fragment : null);
    }

    /**
     * The common case resolved without a cache or a parse: a relative target of letters, digits and
     * {@code - . _ ~ / #} (one '#' at most) whose '..' segments all lead it, and whose other segments are names
     * ("../../actors/a-1.html#it"); null for anything else, which {@link #resolve} reads as URI would.
     */
    static Resolution quick(String folder, String target) {
        int n = target.length();
        if (n == 0 || target.charAt(0) == '/') return null;
        int hash = -1;
        for (int i = 0; i < n; i++) {
            char c = target.charAt(i);
            if (c == '#') {
                if (hash >= 0) return null;
                hash = i;
            } else if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_'
                    || c == '~' || c == '/')) {
                return null;
            }
        }
        int end = hash < 0 ? n : hash;
        String fragment = hash < 0 || hash == n - 1 ? null : target.substring(hash + 1);
        if (end == 0) return new Resolution(null, null, fragment); // "#id": the page itself
        int at = 0;
        String base = folder;
        while (target.startsWith("../", at) && at + 3 <= end) {
            if (base.isEmpty()) return null; // leaves the site: said by resolve
            int cut = base.lastIndexOf('/');
            base = cut < 0 ? "" : base.substring(0, cut);
            at += 3;
        }
        // what follows: names between single slashes, none of them "." or ".."
        if (at == end || target.charAt(end - 1) == '/') return null;
        for (int start = at; start < end; ) {
            int slash = target.indexOf('/', start);
            int stop = slash < 0 || slash > end ? end : slash;
            int len = stop - start;
            if (len == 0 || len == 1 && target.charAt(start) == '.' || len == 2 && target.startsWith("..", start)) return null;
            start = stop + 1;
        }
        String rest = target.substring(at, end);
        return new Resolution(null, base.isEmpty() ? rest : base + "/" + rest, fragment);
    }

    /** Letters, digits and {@code - . _ ~ / #} only, one '#' at most, not starting with "//": no scheme, nothing to decode. */
    private static boolean plain(String t) {
        if (t.startsWith("//")) return false;
        int hashes = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '#') hashes++;
            else if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_'
                    || c == '~' || c == '/')) return false;
        }
        return hashes <= 1;
    }

    /**
     * {@code path} (relative to the site folder {@code folder}) as a site-relative path without '.' or '..' segments
     * and without a trailing '/'; ".." when it climbs out of the site.
     */
    static String normalize(String folder, String path) {
        List<String> parts = new ArrayList<>();
        if (!folder.isEmpty()) parts.addAll(List.of(folder.split("/")));
        for (String s : path.split("/", -1)) {
            if (s.isEmpty() || s.equals(".")) continue;
            if (s.equals("..")) {
                if (parts.isEmpty()) return "..";
                parts.remove(parts.size() - 1);
            } else {
                parts.add(s);
            }
        }
        return String.join("/", parts);
    }

    private static Resolution broken(String what) {
        return new Resolution(what, null, null);
    }

    private static long[] hashes(Set<String> ids) {
        long[] h = new long[ids.size()];
        int i = 0;
        for (String id : ids) h[i++] = hash(id);
        java.util.Arrays.sort(h);
        return h;
    }

    /** A 64-bit FNV-1a hash of the id's characters: two ids of a site sharing one is not to be expected. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
