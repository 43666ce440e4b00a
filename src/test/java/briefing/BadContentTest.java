package briefing;

import briefing.model.ContentException;
import briefing.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One breakage per row of a valid content tree, and exactly what an editor is told: {@code file:line:col: error: ...}
 * from the whole of {@link Briefing#validate(Path)} (load and validate).
 */
class BadContentTest {
    private static final String ID_RULE = "ids are lower-case kebab case (a-z, 0-9 and single hyphens; no spaces, '/' or '..')";

    @TempDir
    Path tmp;

    private static Arguments row(String name, Consumer<ContentTree> breakage, String... expected) {
        return Arguments.of(name, breakage, List.of(expected));
    }

    static Stream<Arguments> breakages() {
        return Stream.of(
                row("unknown actor reference",
                        t -> t.replace("sources/beta-2019/facts.yaml", "actors: [minusma, wagner-group]", "actors: [minusma, wagner]"),
                        "content/sources/beta-2019/facts.yaml:10:23: error: unknown actor 'wagner' (did you mean 'wagner-group'?);"
                                + " add content/actors/wagner.yaml if it is new"),
                row("duplicate event id in one source",
                        t -> t.replace("sources/beta-2019/facts.yaml", "id: kidal-attack", "id: minusma-created"),
                        "content/sources/beta-2019/facts.yaml:7:9: error: duplicate event id 'minusma-created' in this source"
                                + " (first at line 2); a source reports an event once"),
                row("malformed date",
                        t -> t.replace("sources/beta-2019/facts.yaml", "date: 2019-01-20", "date: 20 January 2019"),
                        "content/sources/beta-2019/facts.yaml:8:11: error: bad date: '20 January 2019' is not a date in the form YYYY-MM-DD;"
                                + " write 2019-01-20"),
                row("impossible date",
                        t -> t.replace("sources/beta-2019/facts.yaml", "date: 2019-01-20", "date: 2023-02-30"),
                        "content/sources/beta-2019/facts.yaml:8:11: error: bad date: '2023-02-30' does not exist: February 2023 has 28 days"),
                row("impossible month in a publication date",
                        t -> t.replace("sources/alpha-2013/source.yaml", "published: 2013-05-02", "published: 2013-13"),
                        "content/sources/alpha-2013/source.yaml:4:12: error: bad date: '2013-13' has month 13; months run from 01 to 12"),
                row("upper-case file name",
                        t -> t.write("actors/Keita.yaml", "name: Keïta\nkind: person\ndescription: A president.\n"),
                        "content/actors/Keita.yaml: error: bad actor id 'Keita': " + ID_RULE + "; rename the file 'keita.yaml'"),
                row("space in a file name",
                        t -> t.write("places/kidal town.yaml", "name: Kidal town\nkind: town\nlat: 18\nlon: 1\n"),
                        "content/places/kidal town.yaml: error: bad place id 'kidal town': " + ID_RULE + "; rename the file 'kidal-town.yaml'"),
                row("'..' in an event id",
                        t -> t.replace("sources/beta-2019/facts.yaml", "id: kidal-attack", "id: kidal..attack"),
                        "content/sources/beta-2019/facts.yaml:7:9: error: bad event id 'kidal..attack': " + ID_RULE
                                + "; rename it 'kidal-attack'"),
                row("missing required field",
                        t -> t.replace("sources/alpha-2013/source.yaml", "publisher: Alpha Press\n", ""),
                        "content/sources/alpha-2013/source.yaml:1:1: error: missing required field 'publisher': who published it."),
                row("missing required field of an event",
                        t -> t.replace("sources/beta-2019/facts.yaml", "    date: 2019-01-20\n", ""),
                        "content/sources/beta-2019/facts.yaml:7:5: error: missing required field 'date': when it happened, at the"
                                + " precision the source supports."),
                row("unknown field typo",
                        t -> t.replace("sources/alpha-2013/source.yaml", "published:", "pubished:"),
                        "content/sources/alpha-2013/source.yaml:4:1: error: unknown field 'pubished' (did you mean 'published'?)"),
                row("YAML syntax error",
                        t -> t.write("places/gao.yaml", "name: Gao\nkind: town\n  lat: 16.3\nlon: -0.04\n"),
                        "content/places/gao.yaml:3:6: error: YAML syntax: mapping values are not allowed here; check this line's"
                                + " indentation against the line above, or quote text that contains ': ' (title: \"Talks: the second round\")"),
                row("non-UTF-8 file",
                        t -> t.writeBytes("places/segou.yaml",
                                "name: Segou\nkind: city\nlat: 13.4\n# S\u00e9gou\nlon: -6.2\n".getBytes(StandardCharsets.ISO_8859_1)),
                        "content/places/segou.yaml:4:4: error: not valid UTF-8; save the file with UTF-8 encoding (in most"
                                + " editors: File > Save with Encoding > UTF-8)"),
                row("unknown [[id]] in summary.md",
                        t -> t.write("sources/beta-2019/summary.md", "MINUSMA was attacked.\n\nIn `[[code]]` and [[kidall]].\n"),
                        "content/sources/beta-2019/summary.md:3:19: error: unknown id 'kidall' in [[...]] link (did you mean"
                                + " 'kidal'?); [[id]] and [[id|text]] link to an actor or place by its id"),
                row("wrong type",
                        t -> t.replace("sources/alpha-2013/facts.yaml", "value: 11200", "value: \"11,200\""),
                        "content/sources/alpha-2013/facts.yaml:10:12: error: 'value' must be a number, not text"),
                row("alias claimed by two actors",
                        t -> t.write("actors/wagner.yaml", "name: Wagner PMC\nkind: armed-group\naliases: [wagner]\ndescription: x\n"),
                        // ids are taken in order, so the clash is reported on the later id; the message names both
                        "content/actors/wagner-group.yaml:1:1: error: the name or alias 'Wagner' of actor 'wagner-group' is also"
                                + " used by actor 'wagner'; a mention must lead to one page, so keep it on one of them"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void reportsExactlyWhatAndWhere(String name, Consumer<ContentTree> breakage, List<String> expected) {
        ContentTree t = ContentTree.minimal(tmp);
        assertEquals(List.of(), t.messages(), "the tree is valid before it is broken");
        breakage.accept(t);
        ContentException e = assertThrows(ContentException.class, () -> Briefing.validate(t.content()));
        assertEquals(expected, e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void everyProblemInEveryFileIsReportedInOneRunSortedByFileAndLine() {
        ContentTree t = ContentTree.minimal(tmp)
                .replace("sources/beta-2019/facts.yaml", "date: 2019-01-20", "date: 2023-02-30")
                .replace("sources/beta-2019/facts.yaml", "places: [kidal]", "places: [kidall]")
                .replace("sources/beta-2019/facts.yaml", "    actors: [minusma]\n", "    actors: [minusmaa]\n")
                .replace("sources/alpha-2013/source.yaml", "published:", "pubished:")
                .replace("actors/minusma.yaml", "kind: mission", "kind: missoin")
                .write("places/gao.yaml", "name: Gao\nkind: town\n  lat: 16\n")
                .write("sources/alpha-2013/summary.md", "See [[wagner]].\n")
                .write("pages/about.md", "About [[nobody]].\n");
        ContentException e = assertThrows(ContentException.class, () -> Briefing.validate(t.content()));
        List<String> where = e.problems().stream().map(p -> p.origin().toString()).toList();
        assertEquals(List.of(
                "content/actors/minusma.yaml:2:7",
                "content/pages/about.md:1:7",
                "content/places/gao.yaml:3:6",
                "content/sources/alpha-2013/source.yaml:4:1",
                "content/sources/alpha-2013/summary.md:1:5",
                "content/sources/beta-2019/facts.yaml:5:14",
                "content/sources/beta-2019/facts.yaml:8:11",
                "content/sources/beta-2019/facts.yaml:11:14"), where);
        assertEquals(e.problems().stream().sorted().toList(), e.problems(), "sorted by file, line and column");
        assertEquals("8 problems in content", e.getMessage());
        assertTrue(e.problems().get(0).toString().contains("did you mean 'mission'?"));
    }

    @Test
    void lineNumbersSortNumericallyNotAsText() {
        StringBuilder facts = new StringBuilder("events:\n");
        for (int i = 1; i <= 12; i++) {
            facts.append("  - id: e").append(i).append("\n    date: 2019-01-").append(i < 10 ? "0" + i : i)
                    .append("\n    title: E").append(i).append("\n    actors: [nobody").append(i).append("]\n");
        }
        ContentTree t = ContentTree.minimal(tmp).write("sources/beta-2019/facts.yaml", facts.toString());
        ContentException e = assertThrows(ContentException.class, () -> Briefing.validate(t.content()));
        List<Integer> lines = e.problems().stream().map(p -> p.origin().line()).toList();
        assertEquals(12, lines.size());
        assertEquals(lines.stream().sorted().toList(), lines);
        assertEquals(5, lines.get(0));
        assertEquals(49, lines.get(11));
    }
}
