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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every internal link, anchor and asset reference of a built site resolves, and no page loads anything from another
 * origin (links out to an original source are fine; scripts, styles, images and frames from elsewhere are not).
 * Absolute paths are accepted only under the site's base path (the 404 page uses them, being served at any depth).
 *
 * <p>One pass reads each page once ({@link HtmlScan}), keeps its ids, and settles every reference that needs no other
 * page's ids against the list of the site's files; only links to an anchor of another page wait for the end. A build
 * feeds the pages as the bake writes them ({@link #streaming}, from the bake's threads: no page is read back from
 * disk); {@link #check(Path, String)} reads a finished site. Problems are listed in page order, each page's in the
 * order of its references.
 */
public final class LinkCheck {
    private final Path site;
    private final String basePath;
    private final Set<Path> files = new HashSet<>();
    private final Set<Path> directories = new HashSet<>();
    private final Map<Path, Set<String>> ids = new ConcurrentHashMap<>();
    private final Map<Path, List<Pending>> pending = new ConcurrentHashMap<>();

    private LinkCheck(Path site, String basePath, Collection<String> files) {
        this.site = site.toAbsolutePath().normalize();
        this.basePath = basePath.endsWith("/") ? basePath : basePath + "/";
        for (String f : files) {
            Path file = this.site.resolve(f).normalize();
            this.files.add(file);
            for (Path d = file.getParent(); d != null && d.startsWith(this.site) && this.directories.add(d); d = d.getParent()) {
                // every folder above a file
            }
        }
        this.directories.add(this.site);
    }

    /** Problems found, as "page: what is wrong"; empty when every reference resolves. */
    public static List<String> check(Path site, String basePath) {
        Path root = site.toAbsolutePath().normalize();
        LinkCheck check = new LinkCheck(root, basePath, filesOf(root));
        return check.finish();
    }

    /**
     * A check of the site that will hold exactly {@code files} (paths relative to {@code site}, with '/'), fed page by
     * page with {@link #page}; {@link #finish} reads any HTML file that was not fed, then settles the anchors.
     */
    public static LinkCheck streaming(Path site, String basePath, Collection<String> files) {
        return new LinkCheck(site, basePath, files);
    }

    /** The files under {@code site}, relative, with '/'; the search index (pagefind/) is left out. */
    public static List<String> filesOf(Path site) {
        Path root = site.toAbsolutePath().normalize();
        Path index = root.resolve("pagefind");
        try (java.util.stream.Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> !p.startsWith(index) && Files.isRegularFile(p))
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One written page, its text as written: thread-safe. */
    public void page(String url, String html) {
        page(url, html.getBytes(StandardCharsets.UTF_8));
    }

    /** One written page, its bytes as written (UTF-8): thread-safe. */
    public void page(String url, byte[] html) {
        if (!url.endsWith(".html")) return;
        Path page = site.resolve(url).normalize();
        HtmlScan.Result scan = HtmlScan.scan(html);
        ids.put(page, scan.ids());
        List<Pending> out = new ArrayList<>();
        for (HtmlScan.Ref r : scan.refs()) check(page, scan.ids(), r.target(), r.resource()).ifPresent(out::add);
        pending.put(page, out);
    }

    /** Reads the site's HTML files that were not fed, then gives every problem, in page order. */
    public List<String> finish() {
        List<Path> pages = new ArrayList<>();
        for (Path p : files) if (p.toString().endsWith(".html") && !site.relativize(p).startsWith("pagefind")) pages.add(p);
        pages.sort(null);
        pages.parallelStream().filter(p -> !pending.containsKey(p))
                .forEach(p -> page(site.relativize(p).toString().replace('\\', '/'), bytes(p)));
        List<String> problems = new ArrayList<>();
        for (Path page : pages) {
            String name = site.relativize(page).toString().replace('\\', '/');
            for (Pending p : pending.get(page)) {
                String problem = p.problem() != null ? p.problem() : anchor(p.file(), p.fragment(), p.target());
                if (problem != null) problems.add(name + ": " + problem);
            }
        }
        return problems;
    }

    /** A problem, or an anchor to look for in another page once every page's ids are known. */
    private record Pending(String problem, Path file, String fragment, String target) {
    }

    private String anchor(Path file, String fragment, String target) {
        Set<String> known = ids.computeIfAbsent(file, f -> HtmlScan.scan(bytes(f)).ids());
        return known.contains(fragment) ? null : "broken anchor '" + target + "' (no id '" + fragment + "')";
    }

    /**
     * Where a reference leads, worked out once per folder and target (pages of one folder link to the same places):
     * a problem, a file (with the fragment to find there, if any), or the page itself (an anchor of its own).
     */
    private record Resolution(String problem, Path file, String fragment) {
    }

    private final Map<String, Resolution> resolved = new ConcurrentHashMap<>();

    private Optional<Pending> check(Path page, Set<String> own, String target, boolean resource) {
        Path folder = page.getParent();
        Resolution r = resolved.computeIfAbsent(folder + "\u0000" + resource + "\u0000" + target, k -> resolve(folder, target, resource));
        if (r.problem() != null) return problem(r.problem());
        Path file = r.file() == null ? page : r.file(); // null: the page itself ("#top", "")
        String fragment = r.fragment();
        if (fragment == null) return Optional.empty();
        if (file.equals(page)) {
            return own.contains(fragment) ? Optional.empty() : problem("broken anchor '" + target + "' (no id '" + fragment + "')");
        }
        return Optional.of(new Pending(null, file, fragment, target));
    }

    private Resolution resolve(Path folder, String target, boolean resource) {
        URI uri;
        try {
            uri = new URI(target.strip());
        } catch (URISyntaxException e) {
            return broken("malformed link '" + target + "'");
        }
        if ("data".equals(uri.getScheme())) return new Resolution(null, null, null); // inline, e.g. the empty favicon
        if (uri.getScheme() != null || target.startsWith("//")) {
            if (resource) return broken("loads '" + target + "' from another origin");
            return new Resolution(null, null, null); // a link out, e.g. to a source's original
        }
        String path = uri.getRawPath() == null ? "" : uri.getPath();
        Path file;
        if (path.isEmpty()) {
            file = null;
        } else if (path.startsWith("/")) {
            if (!path.startsWith(basePath)) return broken("absolute link '" + target + "' outside the base path " + basePath);
            file = site.resolve(path.substring(basePath.length())).normalize();
        } else {
            file = folder.resolve(path).normalize();
        }
        if (file != null) {
            if (!file.startsWith(site)) return broken("link '" + target + "' leaves the site");
            if (directories.contains(file)) file = file.resolve("index.html");
            if (!files.contains(file)) return broken("broken link '" + target + "' (no " + site.relativize(file) + ")");
        }
        String fragment = uri.getFragment();
        boolean anchored = fragment != null && !fragment.isEmpty() && (file == null || file.toString().endsWith(".html"));
        return new Resolution(null, file, anchored ? fragment : null);
    }

    private static Resolution broken(String what) {
        return new Resolution(what, null, null);
    }

    private static Optional<Pending> problem(String what) {
        return Optional.of(new Pending(what, null, null, null));
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
