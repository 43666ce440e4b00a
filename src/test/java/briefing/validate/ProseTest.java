package briefing.validate;

import briefing.ContentTree;
import briefing.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Warnings: what the build survives but a reader would notice. */
class ProseTest {
    @TempDir
    Path tmp;

    private static List<String> warnings(ContentTree t) {
        List<Problem> all = Validator.validate(t.load().corpus());
        assertEquals(List.of(), all.stream().filter(Problem::isError).toList(), "warnings only");
        return all.stream().map(Problem::toString).toList();
    }

    @Test
    void rawHtmlInASummaryIsAWarningAtItsLine() {
        ContentTree t = ContentTree.minimal(tmp).replace("sources/beta-2019/summary.md", "MINUSMA was attacked in Kidal.",
                "MINUSMA was attacked.\n\nIn <b>Kidal</b>, see <https://example.org> and `<i>code</i>`.");
        List<String> w = warnings(t);
        assertTrue(w.contains("content/sources/beta-2019/summary.md:3:4: warning: HTML '<b>': Markdown only; HTML is shown as text"
                + " (write **bold**, *italic*, [text](https://…) or a list instead)"), w::toString);
        assertEquals(1, w.stream().filter(s -> s.contains("HTML")).count(), "an autolink and code are not HTML: " + w);
    }

    @Test
    void aSummaryOutsideTheWordBudgetIsAWarning() {
        ContentTree t = ContentTree.minimal(tmp).write("sources/beta-2019/summary.md", "## Heading words\n\n" + "word ".repeat(300));
        List<String> w = warnings(t);
        assertTrue(w.contains("content/sources/alpha-2013/summary.md: warning: the summary has 16 words; the budget is 250-600"
                + " (say more of what the source holds)"), w::toString);
        assertTrue(w.stream().noneMatch(s -> s.startsWith("content/sources/beta-2019/summary.md")), "300 words fit: " + w);
        // link targets and the ids of [[id|text]] links are not words a reader reads
        t.write("sources/beta-2019/summary.md", "word ".repeat(598) + "[x](https://a.example/b/c/d) [[kidal|y]]");
        assertTrue(warnings(t).stream().noneMatch(s -> s.startsWith("content/sources/beta-2019/summary.md")), "600 words fit");
        t.write("sources/beta-2019/summary.md", "word ".repeat(601));
        assertTrue(warnings(t).contains("content/sources/beta-2019/summary.md: warning: the summary has 601 words; the budget is"
                + " 250-600 (keep to what matters most)"));
    }

    @Test
    void wordsAreCountedAsTheirPatternFindsThem() {
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.,-]*");
        for (String line : List.of("", "one", "  two words  ", "l’ONU a dit 3.5, non-stop -- 'quoted' ...", "Ⅻ ½ ١٢ 𝔸𝔹 x", "-a- .b. ,",
                "über-Straße, 1er juillet 2011; ‘single’ (brackets) [link] a—b")) {
            java.util.regex.Matcher m = word.matcher(line);
            int expected = 0;
            while (m.find()) expected++;
            assertEquals(expected, Prose.words(line), line);
        }
        assertEquals(5, Prose.words("l’ONU a dit 3.5, non-stop"), "l’ONU, a, dit, 3.5, and non-stop");
    }

    @Test
    void anEventAfterItsSourceMustBeMarkedPlanned() {
        ContentTree t = ContentTree.minimal(tmp).replace("sources/beta-2019/facts.yaml", "    date: 2019-01-20", "    date: 2019-12-31");
        List<String> w = warnings(t);
        assertTrue(w.contains("content/sources/beta-2019/facts.yaml:8:11: warning: event 'kidal-attack' is dated 2019-12-31, after"
                + " its source was published (2019-01-28/2019-02-01); if the source announces or schedules it, add 'status: planned'"
                + " (it is then labelled and left out of the latest events)"), w::toString);
        t.replace("sources/beta-2019/facts.yaml", "    date: 2019-12-31", "    date: 2019-12-31\n    status: planned");
        assertTrue(warnings(t).stream().noneMatch(s -> s.contains("kidal-attack")));
        // within the source's publication window: not after it
        t.replace("sources/beta-2019/facts.yaml", "    date: 2019-12-31\n    status: planned", "    date: 2019-01-30");
        assertTrue(warnings(t).stream().noneMatch(s -> s.contains("kidal-attack")));
    }
}
