package briefing.check;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every internal link, anchor and asset reference of a built site resolves, and no page loads anything from another
 * origin (links out to an original source are fine; scripts, styles, images and frames from elsewhere are not).
 * Absolute paths are accepted only under the site's base path (the 404 page uses them, being served at any depth).
 */
public final class LinkCheck {
    /** What a browser loads by itself; canonical and alternate links do not load anything. */
    private static final String RESOURCES = "link[rel~=(?i)^(stylesheet|icon|preload|modulepreload|manifest|prefetch)$][href], script[src], img[src], source[src], iframe[src], video[src], audio[src], embed[src], object[data]";

    private final Path site;
    private final String basePath;
    private final Map<Path, Set<String>> ids = new java.util.concurrent.ConcurrentHashMap<>();

    private LinkCheck(Path site, String basePath) {
        this.site = site.toAbsolutePath().normalize();
        this.basePath = basePath.endsWith("/") ? basePath : basePath + "/";
    }

    /** Problems found, as "page: what is wrong"; empty when every reference resolves. */
    public static List<String> check(Path site, String basePath) {
        return new LinkCheck(site, basePath).run();
    }

    /** One page's references, read in the first pass: (target, is it a loaded resource). */
    private record Ref(String target, boolean resource) {
    }

    private List<String> run() {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html") && !site.relativize(p).startsWith("pagefind")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // first pass, in parallel: parse each page once, keep its ids and its references
        Map<Path, List<Ref>> refs = new java.util.concurrent.ConcurrentHashMap<>();
        pages.parallelStream().forEach(page -> {
            Document doc = parse(page);
            ids.put(page, idsOf(doc));
            refs.put(page, references(doc));
        });
        // second pass: resolve every reference against the files and ids; failures listed in page order
        return pages.parallelStream().flatMap(page -> {
            String name = site.relativize(page).toString().replace('\\', '/');
            return refs.get(page).stream().map(r -> check(page, r.target(), r.resource()).map(f -> name + ": " + f))
                    .flatMap(java.util.Optional::stream);
        }).toList();
    }

    private static List<Ref> references(Document doc) {
        List<Ref> out = new ArrayList<>();
        for (Element a : doc.select("a[href], area[href], form[action], link[href]:not([rel~=(?i)^(stylesheet|icon|preload|modulepreload|manifest|prefetch)$])")) {
            out.add(new Ref(a.hasAttr("action") ? a.attr("action") : a.attr("href"), false));
        }
        for (Element r : doc.select(RESOURCES)) {
            out.add(new Ref(r.hasAttr("href") ? r.attr("href") : r.hasAttr("src") ? r.attr("src") : r.attr("data"), true));
        }
        return out;
    }

    private java.util.Optional<String> check(Path page, String target, boolean resource) {
        URI uri;
        try {
            uri = new URI(target.strip());
        } catch (URISyntaxException e) {
            return java.util.Optional.of("malformed link '" + target + "'");
        }
        if ("data".equals(uri.getScheme())) return java.util.Optional.empty(); // inline, e.g. the empty favicon
        if (uri.getScheme() != null || target.startsWith("//")) {
            if (resource) return java.util.Optional.of("loads '" + target + "' from another origin");
            return java.util.Optional.empty(); // a link out, e.g. to a source's original
        }
        String path = uri.getRawPath() == null ? "" : uri.getPath();
        Path file;
        if (path.isEmpty()) {
            file = page;
        } else if (path.startsWith("/")) {
            if (!path.startsWith(basePath)) return java.util.Optional.of("absolute link '" + target + "' outside the base path " + basePath);
            file = site.resolve(path.substring(basePath.length())).normalize();
        } else {
            file = page.getParent().resolve(path).normalize();
        }
        if (!file.startsWith(site)) return java.util.Optional.of("link '" + target + "' leaves the site");
        if (Files.isDirectory(file)) file = file.resolve("index.html");
        if (!Files.isRegularFile(file)) return java.util.Optional.of("broken link '" + target + "' (no " + site.relativize(file) + ")");
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && file.toString().endsWith(".html")) {
            Set<String> known = ids.computeIfAbsent(file, f -> idsOf(parse(f)));
            if (!known.contains(fragment)) return java.util.Optional.of("broken anchor '" + target + "' (no id '" + fragment + "')");
        }
        return java.util.Optional.empty();
    }

    private static Set<String> idsOf(Document doc) {
        Set<String> out = new HashSet<>();
        doc.select("[id]").forEach(e -> out.add(e.id()));
        doc.select("a[name]").forEach(e -> out.add(e.attr("name")));
        return out;
    }

    private static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
