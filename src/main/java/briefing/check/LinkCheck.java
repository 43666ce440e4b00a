package briefing.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * <p>One pass reads each page once ({@link HtmlScan}, in parallel), keeps its ids, and settles every reference that
 * needs no other page's ids against the list of the site's files; only links to an anchor of another page wait for the
 * second pass. Problems are listed in page order, each page's in the order of its references.
 */
public final class LinkCheck {
    private final Path site;
    private final String basePath;
    private final Set<Path> files = new HashSet<>();
    private final Set<Path> directories = new HashSet<>();
    private final Map<Path, Set<String>> ids = new ConcurrentHashMap<>();

    private LinkCheck(Path site, String basePath) {
        this.site = site.toAbsolutePath().normalize();
        this.basePath = basePath.endsWith("/") ? basePath : basePath + "/";
    }

    /** Problems found, as "page: what is wrong"; empty when every reference resolves. */
    public static List<String> check(Path site, String basePath) {
        return new LinkCheck(site, basePath).run();
    }

    /** A problem, or an anchor to look for in another page once every page's ids are known. */
    private record Pending(String problem, Path file, String fragment, String target) {
    }

    private List<String> run() {
        List<Path> pages = new ArrayList<>();
        // the search index (pagefind/) is left out: Pagefind may be writing it while the check reads the pages
        Path index = site.resolve("pagefind");
        try {
            Files.walkFileTree(site, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes a) {
                    if (dir.equals(index)) return java.nio.file.FileVisitResult.SKIP_SUBTREE;
                    directories.add(dir);
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes a) {
                    if (a.isDirectory()) directories.add(file);
                    else files.add(file);
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path p : files) if (p.toString().endsWith(".html") && !site.relativize(p).startsWith("pagefind")) pages.add(p);
        pages.sort(null);
        // first pass, in parallel: read each page once, keep its ids and what of its references is not settled
        List<List<Pending>> pending = pages.parallelStream().map(page -> {
            HtmlScan.Result scan = HtmlScan.scan(read(page));
            ids.put(page, scan.ids());
            List<Pending> out = new ArrayList<>();
            for (HtmlScan.Ref r : scan.refs()) check(page, scan.ids(), r.target(), r.resource()).ifPresent(out::add);
            return out;
        }).toList();
        // second pass: anchors in other pages; problems in page order
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            String name = site.relativize(pages.get(i)).toString().replace('\\', '/');
            for (Pending p : pending.get(i)) {
                String problem = p.problem() != null ? p.problem() : anchor(p.file(), p.fragment(), p.target());
                if (problem != null) problems.add(name + ": " + problem);
            }
        }
        return problems;
    }

    private String anchor(Path file, String fragment, String target) {
        Set<String> known = ids.computeIfAbsent(file, f -> HtmlScan.scan(read(f)).ids());
        return known.contains(fragment) ? null : "broken anchor '" + target + "' (no id '" + fragment + "')";
    }

    private Optional<Pending> check(Path page, Set<String> own, String target, boolean resource) {
        URI uri;
        try {
            uri = new URI(target.strip());
        } catch (URISyntaxException e) {
            return problem("malformed link '" + target + "'");
        }
        if ("data".equals(uri.getScheme())) return Optional.empty(); // inline, e.g. the empty favicon
        if (uri.getScheme() != null || target.startsWith("//")) {
            if (resource) return problem("loads '" + target + "' from another origin");
            return Optional.empty(); // a link out, e.g. to a source's original
        }
        String path = uri.getRawPath() == null ? "" : uri.getPath();
        Path file;
        if (path.isEmpty()) {
            file = page;
        } else if (path.startsWith("/")) {
            if (!path.startsWith(basePath)) return problem("absolute link '" + target + "' outside the base path " + basePath);
            file = site.resolve(path.substring(basePath.length())).normalize();
        } else {
            file = page.getParent().resolve(path).normalize();
        }
        if (!file.startsWith(site)) return problem("link '" + target + "' leaves the site");
        if (directories.contains(file)) file = file.resolve("index.html");
        if (!files.contains(file)) return problem("broken link '" + target + "' (no " + site.relativize(file) + ")");
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && file.toString().endsWith(".html")) {
            if (file.equals(page)) {
                return own.contains(fragment) ? Optional.empty() : problem("broken anchor '" + target + "' (no id '" + fragment + "')");
            }
            return Optional.of(new Pending(null, file, fragment, target));
        }
        return Optional.empty();
    }

    private static Optional<Pending> problem(String what) {
        return Optional.of(new Pending(what, null, null, null));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
