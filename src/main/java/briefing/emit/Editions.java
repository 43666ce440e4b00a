package briefing.emit;

import briefing.model.Portal;
import briefing.model.Urls;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static briefing.emit.Views.map;

/**
 * A portal in several languages: each language's pages, planned by {@link PagePlanner} as a site of their own, placed in
 * their {@link Edition}'s folder, and the one sitemap and robots.txt over them all. A page in a folder links to the
 * pages of its own language ({@code root}, the folder's root) and to the shared assets ({@code siteRoot}, the site's
 * root); {@code path} is where the same page lives in every language, which the language switcher and the
 * {@code hreflang} alternates follow.
 */
public final class Editions {
    private Editions() {
    }

    /** An edition's planned pages, placed in its folder, each knowing its language and its path in every language. */
    static List<Page> place(List<Page> pages, Edition edition) {
        return pages.stream().map(p -> {
            Map<String, Object> model = new LinkedHashMap<>(p.model());
            String root = String.valueOf(model.get("root"));
            boolean absolute = root.startsWith("/"); // the 404 page, served at any depth
            model.put("path", p.url());
            model.put("language", edition.language());
            model.put("root", absolute ? root : Urls.root(p.url()));
            model.put("siteRoot", absolute ? model.getOrDefault("siteRoot", root) : Urls.root(edition.prefix() + p.url()));
            model.remove("url"); // the page's own: set again from its place
            return new Page(edition.prefix() + p.url(), p.type(), p.title(), model);
        }).toList();
    }

    /**
     * The sitemap over every language's pages (each with its alternates in the others and {@code x-default}) and
     * robots.txt; {@code pages} are the placed pages of every edition.
     */
    static List<Page> indexes(List<String> urls, Portal portal, List<String> languages) {
        String address = portal.siteAddress().orElse(portal.basePath());
        List<Object> entries = new ArrayList<>();
        urls.stream().filter(u -> u.endsWith(".html")).filter(u -> {
            String path = pathOf(u, languages);
            return !path.equals("404.html") && !path.equals(Urls.SEARCH);
        }).sorted().forEach(url -> {
            String path = pathOf(url, languages);
            List<Object> alternates = new ArrayList<>();
            for (String l : languages) alternates.add(map("lang", l, "href", loc(Edition.prefix(l, languages) + path, languages)));
            alternates.add(map("lang", "x-default", "href", loc(path, languages)));
            entries.add(map("loc", loc(url, languages), "alternates", alternates));
        });
        return List.of(new Page("sitemap.xml", "sitemap", "Sitemap", map("entries", entries, "address", address)),
                new Page("robots.txt", "robots", "robots.txt", map("address", address)));
    }

    /** The path of a placed page's url within its language's folder. */
    private static String pathOf(String url, List<String> languages) {
        for (String l : languages.subList(1, languages.size())) if (url.startsWith(l + "/")) return url.substring(l.length() + 1);
        return url;
    }

    /** A page's address in the sitemap: a language's home page as its folder ("" for the default's, "fr/"). */
    private static String loc(String url, List<String> languages) {
        if (url.equals(Urls.HOME)) return "";
        for (String l : languages) if (url.equals(l + "/" + Urls.HOME)) return l + "/";
        return url;
    }
}
