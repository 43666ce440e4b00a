package briefing.validate;

import briefing.model.Markdown;
import briefing.model.Origin;
import briefing.model.Problem;
import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where the links and images of an editor's Markdown lead, checked at their line and column before anything is built:
 * an address that is no address, or an image from another origin, would otherwise only fail the finished site's
 * check (exit 2, no position); a link to a scheme such as {@code javascript:} is dropped from the page (its text
 * stays), which the editor should know.
 */
final class MarkdownTargets {
    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");
    private static final Parser PARSER = Parser.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), WikiLinkExtension.create()))
            .set(WikiLinkExtension.LINK_FIRST_SYNTAX, true)).build();

    private MarkdownTargets() {
    }

    /** @param page where the text is shown, relative to the site root (e.g. sources/some-id.html), to resolve relative links */
    static List<Problem> check(Markdown md, String page) {
        List<Problem> out = new ArrayList<>();
        String text = md.text();
        frontMatter(md).ifPresent(out::add);
        // links and images open with '[' (or "!["), autolinks with '<': a text with neither has no target to check
        if (text.indexOf('[') < 0 && text.indexOf('<') < 0) return out;
        for (Node n : PARSER.parse(text).getDescendants()) {
            String url;
            boolean image = n instanceof Image;
            if (n instanceof Link l) url = l.getUrl().toString();
            else if (n instanceof Image i) url = i.getUrl().toString();
            else if (n instanceof AutoLink a) url = a.getUrl().toString();
            else continue;
            Origin at = at(md, text, n.getStartOffset());
            String problem = problem(url, image, page);
            if (problem == null) continue;
            out.add(problem.startsWith("!") ? Problem.warning(at, problem.substring(1)) : new Problem(at, problem));
        }
        return out;
    }

    /** The problem with a target, "!"-prefixed when it is only a warning; null when it is fine. */
    private static String problem(String url, boolean image, String page) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return "malformed address '" + url + "' in a " + (image ? "image" : "link")
                    + "; write the full address without spaces, quotes or brackets, e.g. [text](https://example.org/page)";
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean otherOrigin = scheme != null || url.startsWith("//");
        if (image && otherOrigin) {
            return "image '" + url + "' from another site: pages load nothing from other origins;"
                    + " link to it instead: [what it shows](" + url + ")";
        }
        if (!image && scheme != null && !SCHEMES.contains(scheme)) {
            return "!link '" + url + "' is not a web address: only its text is shown;"
                    + " link with https://, http:// or mailto:, or remove the link";
        }
        if (otherOrigin || uri.getPath() == null || uri.getPath().isEmpty()) return null; // a link out, or an anchor
        String path = uri.getPath();
        if (path.endsWith(".md")) {
            return "link '" + url + "' leads to a Markdown file, which the site does not have; link a page as"
                    + " [text](" + relative(page, "pages/" + path.replaceAll(".*/", "").replaceAll("\\.md$", ".html"))
                    + ") and an actor or place as [[id]]";
        }
        if (path.startsWith("/")) {
            return "link '" + url + "' is absolute, but the site moves (the preview serves it at /, GitHub Pages under its"
                    + " base path); make it relative to this page (" + page + "), e.g. [text](" + relative(page, "timeline/index.html") + ")";
        }
        if (leavesSite(page, path)) {
            return "link '" + url + "' leads outside the site; links between pages are relative to this page ("
                    + page + "), e.g. [text](" + relative(page, "timeline/index.html") + "), or [[id]] for an actor or place";
        }
        return null;
    }

    /** A "---" block at the top, as other generators want it: here it would show as a heading with its fields. */
    private static java.util.Optional<Problem> frontMatter(Markdown md) {
        String[] lines = md.text().split("\n", -1);
        if (lines.length < 3 || !lines[0].strip().equals("---")) return java.util.Optional.empty();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                return java.util.Optional.of(new Problem(new Origin(md.origin().file(), 1, 1), "front matter (lines 1-" + (i + 1)
                        + " between '---') is not read: this file is plain Markdown; delete those lines"
                        + " (a source's title and date belong in source.yaml)"));
            }
            if (!lines[i].matches("\\s*[A-Za-z_][\\w-]*\\s*:.*|\\s*-\\s.*|\\s*#.*|\\s*")) return java.util.Optional.empty();
        }
        return java.util.Optional.empty();
    }

    /** Whether {@code path}, relative to {@code page}, climbs above the site root. */
    private static boolean leavesSite(String page, String path) {
        int depth = page.split("/").length - 1;
        for (String part : path.split("/")) {
            if (part.equals("..")) depth--;
            else if (!part.isEmpty() && !part.equals(".")) depth++;
            if (depth < 0) return true;
        }
        return false;
    }

    private static String relative(String page, String target) {
        return "../".repeat(page.split("/").length - 1) + target;
    }

    private static Origin at(Markdown md, String text, int offset) {
        int line = 1, col = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new Origin(md.origin().file(), line, col);
    }
}
