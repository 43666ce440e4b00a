package briefing.validate;

import briefing.i18n.Messages;
import briefing.model.Corpus;
import briefing.model.EditorialPage;
import briefing.model.Markdown;
import briefing.model.Origin;
import briefing.model.Portal;
import briefing.model.Problem;
import com.ibm.icu.text.RuleBasedNumberFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts that stay true: {@code {sources}}, {@code {events}}, {@code {actors}}, {@code {places}} and
 * {@code {measures}} in portal.yaml's tagline and in pages are filled in at build time with the portal's counts
 * (written the language's way: "1,200" / "1 200"); prose that states a number of sources the portal does not have
 * ("five sources" beside six) is a warning that points to {@code {sources}}.
 */
public final class Counts {
    private static final Pattern TOKEN = Pattern.compile("\\{(sources|events|actors|places|measures)}");

    private Counts() {
    }

    /** The counts by name, as the placeholders say them. */
    public static Map<String, Integer> of(Corpus c) {
        Set<String> events = new TreeSet<>();
        c.sources().values().forEach(s -> s.events().stream().map(e -> e.id().value()).forEach(events::add));
        Map<String, Integer> out = new TreeMap<>();
        out.put("sources", c.sources().size());
        out.put("events", events.size());
        out.put("actors", c.actors().size());
        out.put("places", c.places().size());
        out.put("measures", c.measures().size());
        return out;
    }

    /** The corpus with every count placeholder of the tagline and pages filled in. */
    public static Corpus fill(Corpus c, Messages text) {
        Map<String, Integer> counts = of(c);
        Portal p = c.portal();
        Portal portal = new Portal(p.title(), fill(p.tagline(), counts, text), p.topic(), p.language(), p.basePath(), p.url(),
                p.keyMeasures(), p.vocabulary(), p.map(), p.origin());
        java.util.SortedMap<String, EditorialPage> pages = new TreeMap<>();
        c.pages().forEach((slug, page) -> pages.put(slug, page.withBody(
                new Markdown(fill(page.body().text(), counts, text), page.body().origin()))));
        return new Corpus(portal, c.sources(), c.actors(), c.places(), c.measures(), pages, c.documents());
    }

    static String fill(String s, Map<String, Integer> counts, Messages text) {
        Matcher m = TOKEN.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) m.appendReplacement(b, Matcher.quoteReplacement(text.number(counts.get(m.group(1)))));
        m.appendTail(b);
        return b.toString();
    }

    /**
     * Warnings where the tagline or a page states a number of sources ("drawn from five sources", "these 5 sources", in
     * the portal's language) other than the portal's count; a number of sources in a comparison ("two sources disagree")
     * is not a claim about the whole and is left alone.
     */
    public static List<Problem> check(Corpus c, Messages text) {
        int actual = c.sources().size();
        List<Problem> out = new ArrayList<>();
        Map<Pattern, Integer> claims = claims(text, actual);
        scan(c.portal().tagline(), c.portal().origin().file(), 0, claims, actual, out); // the tagline's line is not kept
        for (EditorialPage page : c.pages().values()) scan(page.body().text(), page.body().origin().file(), 1, claims, actual, out);
        return out;
    }

    /** "5 sources" and "five sources" for each count up to 100 but the true one, as the language writes them. */
    private static Map<Pattern, Integer> claims(Messages text, int actual) {
        Map<Pattern, Integer> out = new java.util.LinkedHashMap<>();
        if (!text.has("count.sources")) return out;
        // only a count that claims the whole ("drawn from five sources", "these 5 sources"), not a comparison ("a date two
        // sources give differently"): the words that introduce such a count are the language's (count.sources.context)
        String context = text.has("count.sources.context") ? text.get("count.sources.context") : "from|on|by";
        RuleBasedNumberFormat spell = new RuleBasedNumberFormat(Locale.forLanguageTag(text.language()), RuleBasedNumberFormat.SPELLOUT);
        for (int n = 2; n <= 100; n++) {
            if (n == actual) continue;
            String digits = text.get("count.sources", "count", n);
            String words = digits.replace(text.number(n), spell.format(n));
            out.put(Pattern.compile("(?iu)(?:^\\s*|(?<![\\p{L}\\p{N}])(?:" + context + ")\\s+)(" + Pattern.quote(digits) + "|"
                    + Pattern.quote(words) + ")(?![\\p{L}\\p{N}])"), n);
        }
        return out;
    }

    private static void scan(String prose, String file, int firstLine, Map<Pattern, Integer> claims, int actual, List<Problem> out) {
        String[] lines = prose.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (Map.Entry<Pattern, Integer> claim : claims.entrySet()) {
                Matcher m = claim.getKey().matcher(lines[i]);
                if (!m.find()) continue;
                Origin at = firstLine <= 0 ? Origin.of(file) : new Origin(file, firstLine + i, m.start(1) + 1);
                out.add(Problem.warning(at, "'" + m.group(1) + "', but the portal has " + actual + (actual == 1 ? " source" : " sources")
                        + "; write {sources} to say the count that is always right"));
            }
        }
    }
}
