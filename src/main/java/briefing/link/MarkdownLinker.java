package briefing.link;

import briefing.model.Markdown;
import briefing.model.Urls;
import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.Escaping;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns an editor's Markdown into safe HTML in which every mention of a known actor or place, every explicit
 * {@code [[id]]} / {@code [[id|text]]} link and every explicit date is a link. Works on flexmark's AST: text inside
 * headings, code, existing links and images is never touched. Editor HTML is escaped, and the result is cleaned
 * with a jsoup safelist ({@link SafeHtml}), so no script or foreign markup can reach a page.
 */
public final class MarkdownLinker {
    private static final Class<?>[] UNTOUCHED = {Heading.class, Link.class, LinkRef.class, AutoLink.class, MailLink.class,
            Image.class, ImageRef.class, Code.class, WikiLink.class};
    private final AliasMatcher matcher;
    private final Map<String, String> targets;
    private final Map<String, String> labels;
    private final java.util.function.BiFunction<Integer, Integer, java.util.Optional<String>> dateResolver;
    /** One date finder per set of languages the texts are written in (month names and number words differ). */
    private final Map<List<String>, DateFinder> dates = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.function.Function<String, briefing.i18n.Messages> texts;
    private final Parser parser;
    private final MutableDataSet options;

    /**
     * @param matcher names and aliases to ids
     * @param targets "actor:id" or "place:id" (the keys the matcher gives) to its page, relative to the site root
     * @param labels the same keys to the entity's name, shown by an explicit link without text ([[id]])
     * @param dateResolver (year, month or 0) to a timeline link relative to the site root, when there is one
     */
    public MarkdownLinker(AliasMatcher matcher, Map<String, String> targets, Map<String, String> labels,
                          java.util.function.BiFunction<Integer, Integer, java.util.Optional<String>> dateResolver) {
        this(matcher, targets, labels, ProseWords::engine, dateResolver);
    }

    /** The same, reading each language's prose words (date particles, number words) from {@code texts}. */
    public MarkdownLinker(AliasMatcher matcher, Map<String, String> targets, Map<String, String> labels,
                          java.util.function.Function<String, briefing.i18n.Messages> texts,
                          java.util.function.BiFunction<Integer, Integer, java.util.Optional<String>> dateResolver) {
        this.texts = texts;
        this.matcher = matcher;
        this.targets = targets;
        this.labels = labels;
        this.dateResolver = dateResolver;
        this.options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), WikiLinkExtension.create()))
                .set(WikiLinkExtension.LINK_FIRST_SYNTAX, true)
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(HtmlRenderer.SOFT_BREAK, " ");
        this.parser = Parser.builder(options).build();
    }

    /**
     * Renders {@code md}, written in one of {@code languages} (BCP 47 tags: its dates are read with those languages'
     * month names; a summary may be in its source's language or in the portal's), for the page at {@code pageUrl}
     * (links are made relative to it); mentions are credited to {@code sourceId}. Headings move down
     * {@code headingShift} levels, so a summary's "##" sits under its page's h2.
     */
    public RenderedMarkdown render(Markdown md, List<String> languages, String pageUrl, String sourceId, int headingShift) {
        Node doc = parser.parse(md.text());
        joinSoftBreaks(doc);
        String root = Urls.root(pageUrl);
        DateFinder finder = dates.computeIfAbsent(List.copyOf(languages), l -> new DateFinder(l, texts, dateResolver));
        HtmlRenderer renderer = HtmlRenderer.builder(options)
                .nodeRendererFactory(o -> new LinkingRenderer(root, finder)).build();
        String html = SafeHtml.clean(renderer.render(doc), headingShift);
        return RenderedMarkdown.of(html, mentions(doc, sourceId));
    }

    /**
     * Joins text that an editor wrapped onto several lines ("UN Security" / "Council") into one text node, so that a
     * name or date across a line break is still found; the newline renders as a space.
     */
    private static void joinSoftBreaks(Node doc) {
        List<Node> blocks = new ArrayList<>();
        for (Node n : doc.getDescendants()) if (n instanceof Paragraph) blocks.add(n);
        for (Node block : blocks) {
            Node n = block.getFirstChild();
            while (n != null) {
                Node brk = n.getNext();
                Node after = brk == null ? null : brk.getNext();
                if (n instanceof Text && brk instanceof com.vladsch.flexmark.ast.SoftLineBreak && after instanceof Text) {
                    Text joined = new Text(n.getChars().baseSubSequence(n.getStartOffset(), after.getEndOffset()));
                    n.insertBefore(joined);
                    n.unlink();
                    brk.unlink();
                    after.unlink();
                    n = joined;
                } else {
                    n = brk;
                }
            }
        }
    }

    /**
     * Each mention with its sentence, from every paragraph outside headings. An explicit link reads as the words it
     * shows ({@code [[afisma]]} as the entity's name, never the raw id), and is the mention of its entity there.
     */
    private List<Mention> mentions(Node doc, String sourceId) {
        List<Mention> out = new ArrayList<>();
        for (Node n : doc.getDescendants()) {
            if (!(n instanceof Paragraph) || n.getAncestorOfType(Heading.class) != null) continue;
            StringBuilder b = new StringBuilder();
            List<Explicit> explicit = new ArrayList<>();
            flatten(n, b, explicit);
            String text = b.toString().stripTrailing();
            BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
            sentences.setText(text);
            int start = sentences.first();
            for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
                String raw = text.substring(start, end);
                int lead = start + raw.length() - raw.stripLeading().length();
                String sentence = raw.strip();
                for (AliasMatcher.Match m : matcher.find(sentence)) {
                    int from = lead + m.start(), to = lead + m.end();
                    if (explicit.stream().anyMatch(x -> x.start() < to && from < x.end())) continue; // the link says it
                    out.add(mention(m.id(), sourceId, sentence, m.start(), m.end()));
                }
            }
            for (Explicit x : explicit) out.add(sentenceAround(x.key(), sourceId, text, x.start(), x.end()));
        }
        return out;
    }

    /** An explicit link to a known entity in a paragraph's text: the entity's key and the words it shows. */
    private record Explicit(String key, int start, int end) {
    }

    /** A paragraph's text as a reader sees it (whitespace collapsed), with its explicit links' positions. */
    private void flatten(Node parent, StringBuilder b, List<Explicit> explicit) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof WikiLink link) {
                int from = b.length();
                append(b, shown(link));
                int to = b.length();
                key(link).ifPresent(k -> explicit.add(new Explicit(k, from, to)));
            } else if (c instanceof Code code) {
                append(b, code.getText().unescape());
            } else if (c instanceof AutoLink || c instanceof MailLink) {
                append(b, ((com.vladsch.flexmark.ast.DelimitedLinkNode) c).getText().unescape());
            } else if (c.hasChildren()) {
                flatten(c, b, explicit);
            } else if (c instanceof com.vladsch.flexmark.ast.SoftLineBreak || c instanceof com.vladsch.flexmark.ast.HardLineBreak) {
                append(b, " ");
            } else {
                append(b, c.getChars().unescape());
            }
        }
    }

    /** Appends with runs of whitespace as one space, and none at the start. */
    private static void append(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isWhitespace(ch)) {
                if (!b.isEmpty() && b.charAt(b.length() - 1) != ' ') b.append(' ');
            } else {
                b.append(ch);
            }
        }
    }

    private static Mention mention(String key, String sourceId, String sentence, int start, int end) {
        int colon = key.indexOf(':');
        // a portal's mentions number hundreds of thousands: each kind and entity's id is one string, not one per mention
        return new Mention(key.substring(0, colon).intern(), key.substring(colon + 1).intern(), sourceId, sentence, start, end);
    }

    /** The target key of an explicit link: the actor with that id, else the place. */
    private java.util.Optional<String> key(WikiLink link) {
        String id = link.getLink().toString().strip();
        return java.util.stream.Stream.of("actor:" + id, "place:" + id, "document:" + id).filter(targets::containsKey).findFirst();
    }

    /** The words an explicit link shows: its own text, else the entity's name, else the id as written. */
    private String shown(WikiLink link) {
        if (link.getText().isNotNull() && !link.getText().isEmpty()) return link.getText().toString();
        return key(link).map(labels::get).orElse(link.getLink().toString().strip());
    }

    private Mention sentenceAround(String id, String sourceId, String text, int from, int to) {
        BreakIterator b = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        b.setText(text);
        int start = b.preceding(Math.min(from + 1, text.length()));
        if (start == BreakIterator.DONE) start = 0;
        int end = b.following(Math.max(from, 0));
        if (end == BreakIterator.DONE) end = text.length();
        String raw = text.substring(start, end);
        int lead = raw.length() - raw.stripLeading().length();
        String sentence = raw.strip();
        return mention(id, sourceId, sentence, Math.max(0, from - start - lead), Math.min(sentence.length(), to - start - lead));
    }

    /** Renders text nodes with their mentions and dates linked, and [[id]] links, leaving everything else to flexmark. */
    private final class LinkingRenderer implements NodeRenderer {
        private final String root;
        private final DateFinder dates;

        LinkingRenderer(String root, DateFinder dates) {
            this.root = root;
            this.dates = dates;
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Text.class, this::text),
                    new NodeRenderingHandler<>(WikiLink.class, this::wikiLink));
        }

        private void text(Text node, NodeRendererContext ctx, HtmlWriter html) {
            String text = node.getChars().unescape();
            if (node.getAncestorOfType(UNTOUCHED) != null) {
                html.text(text);
                return;
            }
            List<Span> spans = new ArrayList<>();
            for (AliasMatcher.Match m : matcher.find(text)) {
                spans.add(new Span(m.start(), m.end(), targets.get(m.id()), kind(targets.get(m.id()))));
            }
            for (DateFinder.Hit h : dates.find(text)) {
                if (spans.stream().noneMatch(s -> s.start < h.end() && h.start() < s.end)) {
                    spans.add(new Span(h.start(), h.end(), h.href(), "date"));
                }
            }
            if (spans.isEmpty()) {
                html.text(text);
                return;
            }
            spans.sort(java.util.Comparator.comparingInt(Span::start));
            // written as one piece: flexmark's writer costs more per call (and per tag) than the escaping itself
            StringBuilder out = new StringBuilder(text.length() + 48 * spans.size());
            int at = 0;
            for (Span s : spans) {
                out.append(Escaping.escapeHtml(text.substring(at, s.start), false));
                link(out, s.href, s.kind, text.substring(s.start, s.end));
                at = s.end;
            }
            html.raw(out.append(Escaping.escapeHtml(text.substring(at), false)));
        }

        /** {@code <a href="…" class="xref xref-kind">shown</a>}, as flexmark's writer makes it. */
        private void link(StringBuilder out, String href, String kind, String shown) {
            out.append("<a href=\"").append(Escaping.escapeHtml(root + href, true)).append("\" class=\"xref xref-").append(kind)
                    .append("\">").append(Escaping.escapeHtml(shown, false)).append("</a>");
        }

        private void wikiLink(WikiLink node, NodeRendererContext ctx, HtmlWriter html) {
            String shown = shown(node);
            java.util.Optional<String> key = key(node);
            if (key.isEmpty()) { // the validator reports unknown ids; render the text so a preview still shows something
                html.text(shown);
                return;
            }
            String href = targets.get(key.get());
            StringBuilder out = new StringBuilder();
            link(out, href, kind(href), shown);
            html.raw(out);
        }
    }

    private record Span(int start, int end, String href, String kind) {
    }

    /** "actor", "place" or "document", from the folder the target lives in. */
    private static String kind(String href) {
        return href.startsWith("places/") ? "place" : href.startsWith("documents/") ? "document" : "actor";
    }
}
