package briefing.check;

import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the link check needs of one HTML page, read in a single pass over its text without building a document tree:
 * the ids it declares (any element's {@code id}, an {@code a}'s {@code name}) and the references it makes, in the order
 * and with the values (entities decoded) that jsoup's selectors give: links first ({@code a}, {@code area},
 * {@code form}, non-resource {@code link}), then what a browser loads by itself. Script and style bodies and comments
 * are skipped, as a parser does. {@code HtmlScanTest} holds it to jsoup's reading of the built fixture sites.
 */
final class HtmlScan {
    /** A reference: its target, and whether a browser loads it by itself (a script, a style sheet, an image ...). */
    record Ref(String target, boolean resource) {
    }

    record Result(Set<String> ids, List<Ref> refs) {
    }

    /** The {@code rel} values of a {@code link} that loads something. */
    private static final Pattern LOADING_REL = Pattern.compile("(?i)^(stylesheet|icon|preload|modulepreload|manifest|prefetch)$");
    /** Elements whose attribute of that name is a resource a browser loads. */
    private static final Map<String, String> RESOURCE_ATTRIBUTE = Map.of("script", "src", "img", "src", "source", "src",
            "iframe", "src", "video", "src", "audio", "src", "embed", "src", "object", "data");

    private final String html;
    private final int n;
    private final Set<String> ids = new HashSet<>();
    private final List<Ref> links = new ArrayList<>();
    private final List<Ref> resources = new ArrayList<>();

    private HtmlScan(String html) {
        this.html = html;
        this.n = html.length();
    }

    static Result scan(String html) {
        HtmlScan s = new HtmlScan(html);
        s.run();
        List<Ref> refs = new ArrayList<>(s.links.size() + s.resources.size());
        refs.addAll(s.links);
        refs.addAll(s.resources);
        return new Result(s.ids, refs);
    }

    private void run() {
        int i = 0;
        while (true) {
            int lt = html.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) return;
            char c = html.charAt(lt + 1);
            if (html.startsWith("<!--", lt)) {
                int end = html.indexOf("-->", lt + 4);
                if (end < 0) return;
                i = end + 3;
            } else if (c == '!' || c == '?' || c == '/') {
                int end = html.indexOf('>', lt + 2);
                if (end < 0) return;
                i = end + 1;
            } else if (isLetter(c)) {
                i = tag(lt + 1);
            } else {
                i = lt + 1;
            }
        }
    }

    /** Reads a start tag from its name at {@code at}; returns where reading goes on. */
    private int tag(int at) {
        int i = at;
        while (i < n && !isSpace(html.charAt(i)) && html.charAt(i) != '>' && html.charAt(i) != '/') i++;
        String name = html.substring(at, i).toLowerCase(Locale.ROOT);
        Map<String, String> attributes = new HashMap<>();
        while (i < n) {
            char c = html.charAt(i);
            if (c == '>') {
                i++;
                break;
            }
            if (isSpace(c) || c == '/') {
                i++;
                continue;
            }
            int start = i;
            while (i < n && !isSpace(html.charAt(i)) && "=>/".indexOf(html.charAt(i)) < 0) i++;
            String key = html.substring(start, i).toLowerCase(Locale.ROOT);
            while (i < n && isSpace(html.charAt(i))) i++;
            String value = "";
            if (i < n && html.charAt(i) == '=') {
                i++;
                while (i < n && isSpace(html.charAt(i))) i++;
                if (i < n && (html.charAt(i) == '"' || html.charAt(i) == '\'')) {
                    int end = html.indexOf(html.charAt(i), i + 1);
                    if (end < 0) end = n;
                    value = html.substring(i + 1, end);
                    i = Math.min(n, end + 1);
                } else {
                    int vs = i;
                    while (i < n && !isSpace(html.charAt(i)) && html.charAt(i) != '>') i++;
                    value = html.substring(vs, i);
                }
                if (value.indexOf('&') >= 0) value = Parser.unescapeEntities(value, true);
            }
            attributes.putIfAbsent(key, value); // the first of two same-named attributes counts
        }
        record(name, attributes);
        if (name.equals("script") || name.equals("style")) { // raw text: no markup until the closing tag
            int end = indexOfIgnoreCase("</" + name, i);
            return end < 0 ? n : end;
        }
        return i;
    }

    private void record(String name, Map<String, String> a) {
        if (a.containsKey("id")) ids.add(a.get("id"));
        if (name.equals("a") && a.containsKey("name")) ids.add(a.get("name"));
        boolean loadingLink = name.equals("link") && a.containsKey("rel") && LOADING_REL.matcher(a.get("rel")).find();
        if (((name.equals("a") || name.equals("area") || name.equals("link") && !loadingLink) && a.containsKey("href"))
                || (name.equals("form") && a.containsKey("action"))) {
            links.add(new Ref(a.containsKey("action") ? a.get("action") : a.get("href"), false));
        }
        String attribute = RESOURCE_ATTRIBUTE.get(name);
        if (loadingLink && a.containsKey("href") || attribute != null && a.containsKey(attribute)) {
            resources.add(new Ref(a.containsKey("href") ? a.get("href") : a.containsKey("src") ? a.get("src") : a.get("data"), true));
        }
    }

    private int indexOfIgnoreCase(String needle, int from) {
        for (int i = from; i + needle.length() <= n; i = i + 1) {
            i = html.indexOf('<', i);
            if (i < 0) return -1;
            if (html.regionMatches(true, i, needle, 0, needle.length())) return i;
        }
        return -1;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
