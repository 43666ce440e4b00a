package briefing.i18n;

import briefing.BuiltSite;
import briefing.ContentTree;
import briefing.Fixtures;
import briefing.model.EdtfDate;
import com.ibm.icu.text.MessagePattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fictional {@code rich} fixture built in each of the six UN languages (its content unchanged, {@code language:}
 * switched): no page shows an English interface text (every text the en bundle has and the language words otherwise,
 * content excluded), and dates written in the language in a summary are linked whole.
 */
class SixLanguagePortalsTest {
    @TempDir
    Path tmp;

    /** A source's summary and dates of the rich fixture's timeline (it has events on these days and in these months). */
    private static final String SOURCE = "chaco-monitor-2021-one-year";
    private static final List<String> DAYS = List.of("2020-02-11", "2020-03-05");

    /** Dates as prose in each language writes them, beyond CLDR's own pattern: particles, genitive, other month names. */
    private static final Map<String, List<String>> PROSE = Map.of(
            "en", List.of("11 February 2020", "February 11, 2020"),
            "fr", List.of("11 février 2020", "5 mars 2020"),
            "es", List.of("11 de febrero de 2020", "del 3 al 5 de marzo de 2020", "marzo de 2020"),
            "ar", List.of("11 فبراير 2020", "11 شباط 2020", "5 آذار/مارس 2020"),
            "ru", List.of("11 февраля 2020 года", "в марте 2020 года".substring(2)),
            "zh", List.of("2020年2月11日", "2020年3月"));

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ar", "ru", "zh"})
    void aPortalInEachLanguageShowsNoEnglishInterfaceTextAndLinksItsDatesWhole(String language) throws Exception {
        Path project = tmp.resolve(language);
        ContentTree tree = Fixtures.copy(Fixtures.RICH, project);
        Path content = project.resolve("content");
        Messages text = Messages.load(language, Optional.empty());
        Path portal = content.resolve("portal.yaml");
        Files.writeString(portal, Files.readString(portal).replace("\nlanguage: en\n", "\nlanguage: " + language + "\n"));
        List<String> dates = new ArrayList<>();
        for (String d : DAYS) dates.add(text.date(EdtfDate.parse(d)));
        dates.add(text.date(EdtfDate.parse(DAYS.get(0).substring(0, 7))));
        dates.addAll(PROSE.get(language));
        Path summary = content.resolve("sources").resolve(SOURCE).resolve("summary.md");
        Files.writeString(summary, Files.readString(summary) + "\n\n" + String.join(" ; ", dates.stream().map(d -> "« " + d + " »").toList()) + "\n");
        String contentText = contentText(content);
        tree.toString(); // the copy is the tree's: nothing else to change

        Path site = BuiltSite.build(project, tmp.resolve("site-" + language));

        Document source = BuiltSite.page(site, "sources/" + SOURCE + ".html");
        Set<String> linked = new TreeSet<>();
        for (Element a : source.select("main a")) linked.add(a.text());
        for (String d : dates) assertTrue(linked.contains(d), language + ": '" + d + "' linked whole; links: " + linked);

        // punctuation as the language writes it: between the names of an event's actors, in a citation, between citations
        Element who = source.select("main p.event-who").stream().filter(p -> p.select("a").size() > 1).findFirst().orElseThrow();
        assertEquals(text.get("punct.list"), ((TextNode) who.select("a").get(0).nextSibling()).getWholeText(), language);
        Element cite = source.select("main a.cite").first();
        assertTrue(cite.html().contains("</bdi>" + text.get("punct.comma") + "<time"), language + ": " + cite.html());
        Element cites = BuiltSite.page(site, "index.html").select("main p.event-cite").stream()
                .filter(p -> p.select("a.cite").size() > 1).findFirst().orElseThrow();
        assertEquals(text.get("punct.semicolon"), ((TextNode) cites.select("a.cite").get(0).nextSibling()).getWholeText(), language);
        if (List.of("zh", "ar").contains(language)) {
            assertFalse(text.get("punct.list").startsWith(","), language + " does not separate names with a Latin comma");
        }

        if (language.equals("en")) return;
        List<Pattern> english = englishTexts(text, contentText);
        assertTrue(english.size() > 200, "the check has English texts to look for: " + english.size());
        List<String> found = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(site)) {
            for (Path f : pages.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                Document d = BuiltSite.page(site, site.relativize(f).toString());
                assertEquals(language, d.select("html").attr("lang"), f.toString());
                assertEquals(language.equals("ar") ? "rtl" : "ltr", d.select("html").attr("dir"), f.toString());
                String shown = shownText(d);
                for (Pattern p : english) if (p.matcher(shown).find()) found.add(site.relativize(f) + ": " + p.pattern());
            }
        }
        assertEquals(List.of(), found.stream().limit(20).toList(), language + ": English interface text on the pages");
    }

    /** What a reader sees or hears: the text, and the attributes read aloud or shown (labels, titles, placeholders). */
    private static String shownText(Document d) {
        StringBuilder b = new StringBuilder(d.text()).append('\n');
        for (Element e : d.getAllElements()) {
            for (String a : List.of("aria-label", "title", "placeholder", "alt")) if (e.hasAttr(a)) b.append(e.attr(a)).append('\n');
        }
        for (Element e : d.select("title, desc")) b.append(e.text()).append('\n');
        return b.toString();
    }

    /**
     * The literal text of every English message the language words otherwise, as whole-word patterns: not those the
     * language shares (a word both write the same), nor those the fixture's content itself contains.
     */
    private static List<Pattern> englishTexts(Messages text, String contentText) {
        Messages en = Messages.english();
        Map<String, String> own = text.raw("");
        StringBuilder translated = new StringBuilder();
        own.values().forEach(v -> translated.append(v).append('\n'));
        Set<String> fragments = new TreeSet<>();
        for (Map.Entry<String, String> e : new TreeMap<>(en.raw("")).entrySet()) {
            String key = e.getKey();
            if (key.startsWith("date.pattern") || key.startsWith("datefinder.") || key.startsWith("document.names.")
                    || key.startsWith("js.") || key.equals("count.sources.context") || key.startsWith("preview.")) continue;
            if (e.getValue().equals(own.get(key))) continue;
            for (String f : literals(e.getValue())) {
                String t = f.strip().replaceAll("^[\\p{P}\\s]+|[\\p{P}\\s]+$", "");
                if (t.codePoints().filter(Character::isLetter).count() < 3) continue;
                if (translated.indexOf(t) >= 0 || contentText.contains(t)) continue;
                fragments.add(t);
            }
        }
        return fragments.stream().map(f -> Pattern.compile("(?<![\\p{L}])" + Pattern.quote(f) + "(?![\\p{L}])")).toList();
    }

    /** The text pieces of an ICU message (every plural and select form's too), without its arguments. */
    static List<String> literals(String pattern) {
        MessagePattern mp = new MessagePattern(pattern);
        List<String> out = new ArrayList<>();
        boolean inText = false;
        int from = 0;
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < mp.countParts(); i++) {
            MessagePattern.Part p = mp.getPart(i);
            MessagePattern.Part.Type t = p.getType();
            if (inText) {
                piece.append(pattern, from, p.getIndex());
                if (t == MessagePattern.Part.Type.ARG_START || t == MessagePattern.Part.Type.MSG_LIMIT
                        || t == MessagePattern.Part.Type.REPLACE_NUMBER) {
                    out.add(piece.toString());
                    piece.setLength(0);
                    inText = t == MessagePattern.Part.Type.REPLACE_NUMBER;
                }
                from = p.getLimit();
            } else if (t == MessagePattern.Part.Type.MSG_START || t == MessagePattern.Part.Type.ARG_LIMIT) {
                inText = true;
                from = p.getLimit();
            }
        }
        return out;
    }

    private static String contentText(Path content) throws IOException {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> files = Files.walk(content)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) b.append(Files.readString(f)).append('\n');
        }
        return b.toString();
    }
}
