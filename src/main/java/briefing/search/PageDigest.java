package briefing.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;

/**
 * A page as Pagefind needs it, lighter: the inline tags that carry nothing Pagefind reads (a link, a span, a time ...
 * with no {@code id} and no {@code data-pagefind-*} attribute) are left out, their text kept where it was. Pagefind runs
 * a handler for every element it parses, and a portal's pages are mostly links: on the bench's pages this takes a fifth
 * off Pagefind's CPU. Pagefind reads such a tag's text as its parent's (for the words, the excerpt and a heading's
 * anchor alike), so the index it writes is the same, byte for byte ({@code PageDigestTest} indexes the fixtures' pages
 * both ways). Elements Pagefind reads nothing of are left out whole: those marked {@code data-pagefind-ignore}, and the
 * site's chrome (header, navigation, footer) around the page's one {@code data-pagefind-body} element, unless they hold
 * a search attribute, a first-level heading or an image; on the bench's pages this takes another third off Pagefind's
 * CPU. Every other tag, text, comment and the contents of {@code script}, {@code style}, {@code textarea} and
 * {@code title} go through as they are.
 */
final class PageDigest {
    /** Pagefind's inline tags that hold text alone (not br, img, the form controls, nor script and label, which it drops). */
    private static final List<String> UNWRAPPED = List.of("a", "abbr", "acronym", "b", "bdo", "big", "cite", "code", "dfn", "em", "i",
            "kbd", "q", "samp", "small", "span", "strong", "sub", "sup", "time", "tt", "var");
    private static final List<String> RAW = List.of("script", "style", "textarea", "title");
    /** Every page has hundreds of tags: their names are matched as bytes, by length and first letter, with no string made. */
    private static final byte[][] UNWRAPPED_BYTES = ascii(UNWRAPPED);
    private static final byte[][] RAW_BYTES = ascii(RAW);
    private static final byte[] ID = {'i', 'd'};
    private static final byte[] DATA_PAGEFIND = "data-pagefind".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] IGNORE = "data-pagefind-ignore".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BODY = "data-pagefind-body".getBytes(StandardCharsets.US_ASCII);
    /**
     * Elements whose end tag HTML requires (so that their end is found by counting their name alone), left out whole
     * when Pagefind reads nothing of them: when they are marked {@code data-pagefind-ignore}, or lie outside the
     * page's one {@code data-pagefind-body} element.
     */
    private static final byte[][] DROPPABLE = ascii(List.of("a", "article", "aside", "button", "details", "div", "dl", "em",
            "fieldset", "figure", "footer", "form", "header", "nav", "ol", "section", "small", "span", "strong", "table", "time", "ul"));

    private final byte[] in;
    private final byte[] out;
    private int at;
    private int written;
    /** For each unwrapped tag name, whether each of its open elements was kept (true) or left out (false). */
    @SuppressWarnings("unchecked")
    private final ArrayDeque<Boolean>[] open = new ArrayDeque[UNWRAPPED.size()];

    /** Where the page's {@code <body>} tag starts, and its one {@code data-pagefind-body} element; -1 if not so. */
    private final int bodyTag;
    private final int searchedStart;
    private final int searchedEnd;

    private PageDigest(byte[] html) {
        this.in = html;
        byte[][] buffer = BUFFER.get();
        if (buffer[0].length < html.length) buffer[0] = new byte[html.length];
        this.out = buffer[0];
        int[] searched = searched();
        this.searchedStart = searched[0];
        this.searchedEnd = searched[1];
        this.bodyTag = searchedStart < 0 ? -1 : bodyTag(searchedStart);
    }

    /** Each thread's buffer for the digest being made, as large as the largest page so far (the digest is a copy). */
    private static final ThreadLocal<byte[][]> BUFFER = ThreadLocal.withInitial(() -> new byte[][] {new byte[64 * 1024]});

    /** {@code html} (UTF-8) without the inline tags Pagefind has no use for. */
    static byte[] of(byte[] html) {
        PageDigest d = new PageDigest(html);
        d.run();
        return Arrays.copyOf(d.out, d.written);
    }

    private void run() {
        while (at < in.length) {
            int lt = indexOf((byte) '<', at);
            if (lt < 0) {
                copy(in.length);
                return;
            }
            copy(lt);
            if (startsWith("<!--", lt)) {
                int end = indexOf("-->", lt + 4);
                copy(end < 0 ? in.length : end + 3);
            } else if (lt + 1 < in.length && (in[lt + 1] == '!' || in[lt + 1] == '?')) {
                int end = indexOf((byte) '>', lt);
                copy(end < 0 ? in.length : end + 1);
            } else if (lt + 1 < in.length && in[lt + 1] == '/') {
                endTag(lt);
            } else if (lt + 1 < in.length && letter(in[lt + 1])) {
                startTag(lt);
            } else {
                copy(lt + 1); // a lone '<' in text
            }
        }
    }

    private void startTag(int lt) {
        int nameEnd = nameEnd(lt + 1);
        boolean relevant = false;
        boolean ignored = false;
        int i = nameEnd;
        while (i < in.length && in[i] != '>') { // the attributes: names, then values quoted or not
            if (space(in[i]) || in[i] == '/') {
                i++;
                continue;
            }
            int attrEnd = i;
            while (attrEnd < in.length && !space(in[attrEnd]) && in[attrEnd] != '=' && in[attrEnd] != '>' && in[attrEnd] != '/') attrEnd++;
            if (is(ID, i, attrEnd) || attrEnd - i >= DATA_PAGEFIND.length && is(DATA_PAGEFIND, i, i + DATA_PAGEFIND.length)) {
                relevant = true;
                if (is(IGNORE, i, attrEnd)) ignored = true;
            }
            i = attrEnd;
            while (i < in.length && space(in[i])) i++;
            if (i < in.length && in[i] == '=') {
                i++;
                while (i < in.length && space(in[i])) i++;
                if (i < in.length && (in[i] == '"' || in[i] == '\'')) {
                    int close = indexOf(in[i], i + 1);
                    i = close < 0 ? in.length : close + 1;
                } else {
                    while (i < in.length && !space(in[i]) && in[i] != '>') i++;
                }
            }
        }
        int tagEnd = Math.min(in.length, i + 1);
        if ((ignored || outside(lt)) && find(DROPPABLE, lt + 1, nameEnd) >= 0) {
            int end = elementEnd(lt + 1, nameEnd, tagEnd);
            if (end > 0 && nothingRead(lt, end)) {
                at = end; // the element and all it holds
                return;
            }
        }
        int kind = find(UNWRAPPED_BYTES, lt + 1, nameEnd);
        if (kind >= 0) {
            if (open[kind] == null) open[kind] = new ArrayDeque<>();
            open[kind].push(relevant);
            if (relevant) copy(tagEnd);
            else at = tagEnd;
        } else if (find(RAW_BYTES, lt + 1, nameEnd) >= 0) {
            int close = indexOfIgnoreCase("</" + lower(lt + 1, nameEnd), tagEnd);
            copy(close < 0 ? in.length : close);
        } else {
            copy(tagEnd);
        }
    }

    private void endTag(int lt) {
        int nameEnd = nameEnd(lt + 2);
        int close = indexOf((byte) '>', nameEnd);
        int tagEnd = close < 0 ? in.length : close + 1;
        int kind = find(UNWRAPPED_BYTES, lt + 2, nameEnd);
        if (kind >= 0 && open[kind] != null && !open[kind].isEmpty() && !open[kind].pop()) at = tagEnd;
        else copy(tagEnd);
    }

    /** Whether the tag at {@code lt} lies in the page's body, outside its one element to be searched. */
    private boolean outside(int lt) {
        return bodyTag >= 0 && lt > bodyTag && (lt < searchedStart || lt >= searchedEnd);
    }

    /** The start and end of the one element marked {@code data-pagefind-body}, or -1s (none, several, or not found). */
    private int[] searched() {
        int[] none = {-1, -1};
        int mark = indexOfBody(0);
        if (mark < 0 || indexOfBody(mark + 1) >= 0) return none;
        int lt = mark;
        while (lt >= 0 && in[lt] != '<' && in[lt] != '>') lt--;
        if (lt < 0 || in[lt] != '<' || lt + 1 >= in.length || !letter(in[lt + 1])) return none;
        int nameEnd = nameEnd(lt + 1);
        int tagEnd = indexOf((byte) '>', mark);
        if (tagEnd < 0 || find(DROPPABLE, lt + 1, nameEnd) < 0 && !is(MAIN, lt + 1, nameEnd)) return none;
        int end = elementEnd(lt + 1, nameEnd, tagEnd + 1);
        return end < 0 ? none : new int[] {lt, end};
    }

    /** The {@code <body>} tag before {@code before}, or -1. */
    private int bodyTag(int before) {
        byte[] body = {'b', 'o', 'd', 'y'};
        for (int i = indexOf((byte) '<', 0); i >= 0 && i < before; i = indexOf((byte) '<', i + 1)) {
            if (i + 5 < in.length && is(body, i + 1, i + 5) && (in[i + 5] == '>' || space(in[i + 5]))) return i;
        }
        return -1;
    }

    /**
     * Where the element whose name is the input's {@code [nameFrom, nameTo)} ends (after its end tag), counting the
     * elements of its name opened and closed from {@code from}; -1 if it does not end.
     */
    private int elementEnd(int nameFrom, int nameTo, int from) {
        int depth = 1;
        for (int lt = indexOf((byte) '<', from); lt >= 0; lt = indexOf((byte) '<', lt + 1)) {
            if (startsWith("<!--", lt)) {
                int end = indexOf("-->", lt + 4);
                if (end < 0) return -1;
                lt = end;
                continue;
            }
            boolean close = lt + 1 < in.length && in[lt + 1] == '/';
            int name = lt + (close ? 2 : 1);
            int nameEnd = nameEnd(name);
            if (!close && nameEnd > name && find(RAW_BYTES, name, nameEnd) >= 0) { // text that may hold '<' and names
                int end = indexOfIgnoreCase("</" + lower(name, nameEnd), nameEnd);
                if (end < 0) return -1;
                lt = end + 1;
                continue;
            }
            if (nameEnd - name != nameTo - nameFrom || !sameName(nameFrom, name, nameEnd - name)) continue;
            if (!close) {
                depth++;
            } else if (--depth == 0) {
                int gt = indexOf((byte) '>', nameEnd);
                return gt < 0 ? -1 : gt + 1;
            }
        }
        return -1;
    }

    /**
     * Whether Pagefind reads nothing of the input's {@code [from, to)}: no heading of level one nor image (its default
     * title and image), no search attribute but {@code data-pagefind-ignore} and {@code -weight}.
     */
    private boolean nothingRead(int from, int to) {
        for (int i = indexOf((byte) '<', from); i >= 0 && i < to; i = indexOf((byte) '<', i + 1)) {
            int nameEnd = nameEnd(i + 1);
            if (is(H1, i + 1, nameEnd) || is(IMG, i + 1, nameEnd)) return false;
        }
        for (int i = indexOfAnyCase(DATA_PAGEFIND, from, to); i >= 0; i = indexOfAnyCase(DATA_PAGEFIND, i + 1, to)) {
            int rest = i + DATA_PAGEFIND.length;
            if (!(startsWith("-ignore", rest) || startsWith("-weight", rest))) return false;
        }
        return true;
    }

    private static final byte[] H1 = {'h', '1'};
    private static final byte[] MAIN = {'m', 'a', 'i', 'n'};
    private static final byte[] IMG = {'i', 'm', 'g'};

    private boolean sameName(int a, int b, int length) {
        for (int k = 0; k < length; k++) if ((in[a + k] | 0x20) != (in[b + k] | 0x20)) return false;
        return true;
    }

    /**
     * Where {@code name} (lower-case ASCII) is next, its letters in any case, starting before {@code before}; -1 if
     * nowhere. The search stops there: an element left out is looked through for search attributes, not the page after it.
     */
    private int indexOfAnyCase(byte[] name, int from, int before) {
        for (int i = from; i < before && i + name.length <= in.length; i++) {
            if ((in[i] | 0x20) == name[0] && is(name, i, i + name.length)) return i;
        }
        return -1;
    }

    /** How far {@link #indexOfBody} may move on past each byte at the end of a window that did not match. */
    private static final int[] BODY_SHIFT = shifts(BODY);

    private static int[] shifts(byte[] s) {
        int[] shift = new int[256];
        java.util.Arrays.fill(shift, s.length);
        for (int k = 0; k < s.length - 1; k++) shift[s[k] & 0xff] = s.length - 1 - k;
        return shift;
    }

    /**
     * Where {@link #BODY} is next, or -1: the page is read a window at a time, moving on by the last byte's shift
     * (Horspool's search), most of its bytes skipped. It is looked for in the whole page twice, to find the one.
     */
    private int indexOfBody(int from) {
        int last = BODY.length - 1;
        for (int i = from; i + last < in.length; i += BODY_SHIFT[in[i + last] & 0xff]) {
            if (in[i + last] != BODY[last]) continue;
            int k = 0;
            while (k < last && in[i + k] == BODY[k]) k++;
            if (k == last) return i;
        }
        return -1;
    }

    /** Copies the input up to {@code end}. */
    private void copy(int end) {
        System.arraycopy(in, at, out, written, end - at);
        written += end - at;
        at = end;
    }

    private int nameEnd(int from) {
        int i = from;
        while (i < in.length && !space(in[i]) && in[i] != '>' && in[i] != '/') i++;
        return i;
    }

    /** The index in {@code names} of the input's {@code [from, to)}, its letters in any case; -1 if none. */
    private int find(byte[][] names, int from, int to) {
        for (int k = 0; k < names.length; k++) if (is(names[k], from, to)) return k;
        return -1;
    }

    /** Whether the input's {@code [from, to)} is {@code name} (lower-case ASCII), its letters in any case. */
    private boolean is(byte[] name, int from, int to) {
        if (to - from != name.length || (in[from] | 0x20) != name[0]) return false;
        for (int k = 1; k < name.length; k++) {
            byte b = in[from + k];
            if ((b >= 'A' && b <= 'Z' ? b | 0x20 : b) != name[k]) return false;
        }
        return true;
    }

    private static byte[][] ascii(List<String> names) {
        return names.stream().map(n -> n.getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);
    }

    private String lower(int from, int to) {
        return new String(in, from, to - from, StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT);
    }

    private int indexOf(byte b, int from) {
        for (int i = from; i < in.length; i++) if (in[i] == b) return i;
        return -1;
    }

    private int indexOf(String s, int from) {
        for (int i = indexOf((byte) s.charAt(0), from); i >= 0; i = indexOf((byte) s.charAt(0), i + 1)) if (startsWith(s, i)) return i;
        return -1;
    }

    private int indexOfIgnoreCase(String s, int from) {
        for (int i = indexOf((byte) '<', from); i >= 0; i = indexOf((byte) '<', i + 1)) {
            if (i + s.length() <= in.length && lower(i, i + s.length()).equals(s)) return i;
        }
        return -1;
    }

    private boolean startsWith(String s, int from) {
        if (from + s.length() > in.length) return false;
        for (int k = 0; k < s.length(); k++) if (in[from + k] != s.charAt(k)) return false;
        return true;
    }

    private static boolean letter(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z';
    }

    private static boolean space(byte b) {
        return b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\f';
    }
}
