package briefing.link;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The guard between rendered Markdown and a page: everything goes through jsoup's relaxed safelist (plus the classes
 * of our own links and {@code <time>}), so no script, event handler or foreign protocol reaches a page whatever an
 * editor wrote.
 */
final class SafeHtml {
    /** Relative links are checked against this base (and kept relative). */
    private static final String BASE = "https://portal.invalid/";
    private static final Safelist SAFE = new RememberingSafelist(Safelist.relaxed()
            .addAttributes("a", "class", "data-kind")
            .addTags("time").addAttributes("time", "datetime")
            .removeProtocols("a", "href", "ftp")
            .preserveRelativeLinks(true));
    /** The query for headings, parsed once. */
    private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3, h4, h5, h6");

    private SafeHtml() {
    }

    /** {@code html} through the safelist, its headings moved down {@code headingShift} levels: parsed once, serialized once. */
    static String clean(String html, int headingShift) {
        Document doc = new Cleaner(SAFE).clean(Jsoup.parseBodyFragment(html, BASE));
        doc.outputSettings(new Document.OutputSettings().prettyPrint(false));
        if (headingShift > 0) {
            for (Element h : doc.select(HEADINGS)) {
                h.tagName("h" + Math.min(6, Integer.parseInt(h.tagName().substring(1)) + headingShift));
            }
        }
        return doc.body().html().replace(BASE, "");
    }

    /**
     * The safelist, remembering its verdict on each attribute. Checking a link's protocol resolves its address against
     * the base (a regex and a URL parse), and a build links the same few thousand addresses (one per entity, date and
     * page depth) hundreds of thousands of times. The verdict depends on the tag, the attribute's name and its value
     * alone: the base is always {@link #BASE}, and with relative links preserved the check never rewrites the value.
     */
    private static final class RememberingSafelist extends Safelist {
        /** Beyond this many verdicts (a preview running for days on changing content) new ones are not kept. */
        private static final int LIMIT = 200_000;
        private final Map<String, Boolean> verdicts = new ConcurrentHashMap<>();

        RememberingSafelist(Safelist rules) {
            super(rules);
        }

        @Override
        public boolean isSafeAttribute(String tagName, Element el, Attribute attr) {
            String key = tagName + '\u0000' + attr.getKey() + '\u0000' + attr.getValue();
            Boolean known = verdicts.get(key);
            if (known != null) return known;
            boolean safe = super.isSafeAttribute(tagName, el, attr);
            if (verdicts.size() < LIMIT) verdicts.put(key, safe);
            return safe;
        }
    }
}
