package briefing.check;

import org.jsoup.parser.Parser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
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

    /** The attributes the check reads; a page's other attributes (classes, data-*, titles ...) are skipped unread. */
    private static final List<String> WANTED = List.of("id", "name", "href", "rel", "action", "src", "data");

    private final byte[] html;
    private final int n;
    private final Set<String> ids = new HashSet<>();
    private final List<Ref> links = new ArrayList<>();
    private final List<Ref> resources = new ArrayList<>();

    private HtmlScan(byte[] html) {
        this.html = html;
        this.n = html.length;
    }

    static Result scan(String html) {
        return scan(html.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a page from its UTF-8 bytes, as written: markup is ASCII, and no byte of a multi-byte character is, so the
     * bytes are scanned as they are and only the values kept are decoded.
     */
    static Result scan(byte[] html) {
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
            int lt = indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) return;
            int c = html[lt + 1];
            if (startsWith("<!--", lt)) {
                int end = indexOf("-->", lt + 4);
                if (end < 0) return;
                i = end + 3;
            } else if (c == '!' || c == '?' || c == '/') {
                int end = indexOf('>', lt + 2);
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
        while (i < n && !isSpace(html[i]) && html[i] != '>' && html[i] != '/') i++;
        String name = name(at, i);
        String[] attributes = this.attributes;
        Arrays.fill(attributes, null);
        while (i < n) {
            int c = html[i];
            if (c == '>') {
                i++;
                break;
            }
            if (isSpace(c) || c == '/') {
                i++;
                continue;
            }
            int start = i;
            while (i < n && !isSpace(html[i]) && html[i] != '=' && html[i] != '>' && html[i] != '/') i++;
            int wanted = wanted(start, i);
            while (i < n && isSpace(html[i])) i++;
            int vs = i;
            int ve = i;
            if (i < n && html[i] == '=') {
                i++;
                while (i < n && isSpace(html[i])) i++;
                if (i < n && (html[i] == '"' || html[i] == '\'')) {
                    int end = indexOf(html[i], i + 1);
                    if (end < 0) end = n;
                    vs = i + 1;
                    ve = end;
                    i = Math.min(n, end + 1);
                } else {
                    vs = i;
                    while (i < n && !isSpace(html[i]) && html[i] != '>') i++;
                    ve = i;
                }
            }
            if (wanted >= 0 && attributes[wanted] == null) { // the first of two same-named attributes counts
                String value = new String(html, vs, ve - vs, StandardCharsets.UTF_8);
                attributes[wanted] = value.indexOf('&') >= 0 ? Parser.unescapeEntities(value, true) : value;
            }
        }
        record(name, attributes);
        if (name.equals("script") || name.equals("style")) { // raw text: no markup until the closing tag
            int end = indexOfIgnoreCase("</" + name, i);
            return end < 0 ? n : end;
        }
        return i;
    }

    /** The tag names the check tells apart; any other is read as "" (only its ids count). */
    private static final List<String> NAMED = List.of("a", "area", "link", "form", "script", "style", "img", "source", "iframe",
            "video", "audio", "embed", "object");

    /** One array for each tag's wanted attributes in turn (a page has hundreds of tags). */
    private final String[] attributes = new String[WANTED.size()];

    /** The tag name at {@code [start, end)} (any case) as one of {@link #NAMED}, or "". */
    private String name(int start, int end) {
        for (String name : NAMED) {
            if (name.length() != end - start) continue;
            boolean same = true;
            for (int k = 0; k < name.length() && same; k++) same = lower(html[start + k]) == name.charAt(k);
            if (same) return name;
        }
        return "";
    }

    /** Which of {@link #WANTED} the attribute name at {@code [start, end)} is (any case), or -1. */
    private int wanted(int start, int end) {
        for (int w = 0; w < WANTED.size(); w++) {
            String key = WANTED.get(w);
            if (key.length() != end - start) continue;
            boolean same = true;
            for (int k = 0; k < key.length() && same; k++) same = lower(html[start + k]) == key.charAt(k);
            if (same) return w;
        }
        return -1;
    }

    private void record(String name, String[] a) {
        String id = a[0], anchorName = a[1], href = a[2], rel = a[3], action = a[4], src = a[5], data = a[6];
        if (id != null) ids.add(id);
        if (name.equals("a") && anchorName != null) ids.add(anchorName);
        boolean loadingLink = name.equals("link") && rel != null && LOADING_REL.matcher(rel).find();
        if (((name.equals("a") || name.equals("area") || name.equals("link") && !loadingLink) && href != null)
                || (name.equals("form") && action != null)) {
            links.add(new Ref(action != null ? action : href, false));
        }
        String attribute = RESOURCE_ATTRIBUTE.get(name);
        boolean hasResource = attribute != null && (attribute.equals("src") ? src != null : data != null);
        if (loadingLink && href != null || hasResource) {
            resources.add(new Ref(href != null ? href : src != null ? src : data, true));
        }
    }

    private int indexOf(int c, int from) {
        for (int i = from; i < n; i++) if (html[i] == c) return i;
        return -1;
    }

    private int indexOf(String needle, int from) {
        for (int i = indexOf(needle.charAt(0), from); i >= 0; i = indexOf(needle.charAt(0), i + 1)) {
            if (startsWith(needle, i)) return i;
        }
        return -1;
    }

    private boolean startsWith(String prefix, int at) {
        if (at + prefix.length() > n) return false;
        for (int k = 0; k < prefix.length(); k++) if (html[at + k] != prefix.charAt(k)) return false;
        return true;
    }

    private int indexOfIgnoreCase(String needle, int from) {
        for (int i = indexOf('<', from); i >= 0 && i + needle.length() <= n; i = indexOf('<', i + 1)) {
            boolean same = true;
            for (int k = 0; k < needle.length() && same; k++) {
                same = lower(html[i + k]) == Character.toLowerCase(needle.charAt(k));
            }
            if (same) return i;
        }
        return -1;
    }

    /** An ASCII letter in lower case; any other byte as it is. */
    private static int lower(byte b) {
        return b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
    }

    private static boolean isLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
