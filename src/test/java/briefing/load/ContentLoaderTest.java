package briefing.load;

import briefing.ContentTree;
import briefing.model.Actor;
import briefing.model.Corpus;
import briefing.model.Event;
import briefing.model.Figure;
import briefing.model.Origin;
import briefing.model.Problem;
import briefing.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The load stage alone: what {@link ContentLoader} reads and the file-level problems it reports. */
class ContentLoaderTest {
    @TempDir
    Path tmp;

    private List<String> loadProblems(ContentTree t) {
        return t.load().problems().stream().sorted().map(Problem::toString).toList();
    }

    @Test
    void problemsOfFoldersReadInParallelComeInTheOrderOfTheFolders() {
        ContentTree t = ContentTree.minimal(tmp);
        String source = t.read("sources/alpha-2013/source.yaml");
        for (int i = 0; i < 48; i++) {
            t.write("sources/many-%02d/source.yaml".formatted(i), source + "colour: red\n");
            t.write("sources/many-%02d/summary.md".formatted(i), "TODO: the summary\n");
            t.write("actors/many-%02d.yaml".formatted(i), "name: Actor\nkind: TODO\ndescription: An actor.\n");
        }
        List<Problem> problems = t.load().problems();
        for (int i = 0; i < 48; i++) {
            String folder = "content/sources/many-%02d/".formatted(i);
            assertEquals(2, problems.stream().filter(p -> p.origin().file().startsWith(folder)).count(), folder + ": " + problems);
        }
        // the sources, then the actors; one folder (and file) after the other: as if they had been read one by one
        List<Problem> expected = new java.util.ArrayList<>();
        problems.stream().filter(p -> p.origin().file().startsWith("content/sources/")).sorted().forEach(expected::add);
        problems.stream().filter(p -> p.origin().file().startsWith("content/actors/")).sorted().forEach(expected::add);
        assertEquals(144, problems.size());
        assertTrue(expected.equals(problems), "not in the order of the files: " + problems.stream().map(p -> p.origin().file()).toList());
    }

    @Test
    void minimalTreeLoadsCompletely() {
        ContentTree t = ContentTree.minimal(tmp);
        LoadResult r = t.load();
        assertEquals(List.of(), r.problems());
        Corpus c = r.corpus();
        assertEquals(List.of("alpha-2013", "beta-2019"), List.copyOf(c.sources().keySet()));
        assertEquals(List.of("minusma", "un-security-council", "wagner-group"), List.copyOf(c.actors().keySet()));
        assertEquals(List.of("kidal", "kidal-region", "mali"), List.copyOf(c.places().keySet()));
        assertEquals(List.of("peacekeepers-killed", "troops"), List.copyOf(c.measures().keySet()));
        assertEquals(List.of("methodology"), List.copyOf(c.pages().keySet()));
        assertEquals("minusma", c.portal().topic().orElseThrow().id());
        assertEquals("/test/", c.portal().basePath());

        Source alpha = c.sources().get("alpha-2013");
        assertEquals(List.of("Jane Doe"), alpha.authors());
        assertEquals("2013-05-02", alpha.published().value());
        assertEquals(Optional.of("https://alpha.example/report"), alpha.url());
        assertTrue(alpha.summary().text().startsWith("The UN Security Council created MINUSMA"));
        assertEquals(List.of(), c.sources().get("beta-2019").authors(), "absent authors are unknown, not an error");
        assertEquals(Optional.empty(), c.sources().get("beta-2019").url());

        Actor minusma = c.actors().get("minusma");
        assertEquals(List.of("MUNUSMA", "UN mission in Mali"), minusma.aliases());
        assertEquals("mali", minusma.country().orElseThrow().id());
        assertEquals(17.0, c.places().get("mali").coordinates().orElseThrow().lat());
        assertEquals("kidal-region", c.places().get("kidal").within().orElseThrow().id());
    }

    @Test
    void recordsRememberFileLineAndColumn() {
        Corpus c = ContentTree.minimal(tmp).load().corpus();
        String facts = "content/sources/alpha-2013/facts.yaml";
        Event e = c.sources().get("alpha-2013").events().get(0);
        assertEquals(new Origin(facts, 2, 5), e.origin(), "an event is where its first field starts");
        assertEquals(new Origin(facts, 2, 9), e.id().origin());
        assertEquals(new Origin(facts, 3, 11), e.date().origin());
        assertEquals(new Origin(facts, 5, 14), e.actors().get(0).origin());
        assertEquals(new Origin(facts, 5, 35), e.actors().get(1).origin());
        assertEquals(new Origin(facts, 6, 14), e.places().get(0).origin());

        Figure f = c.sources().get("alpha-2013").figures().get(0);
        assertEquals(new Origin(facts, 8, 5), f.origin());
        assertEquals(new Origin(facts, 9, 14), f.subject().origin());
        assertEquals(new BigDecimal("11200"), f.value());
        assertEquals(new Origin(facts, 14, 12), c.sources().get("alpha-2013").statements().get(0).actor().origin());

        assertEquals(new Origin("content/sources/alpha-2013/source.yaml", 1, 1), c.sources().get("alpha-2013").origin());
        assertEquals(new Origin("content/actors/minusma.yaml", 5, 10), c.actors().get("minusma").country().orElseThrow().origin());
        assertEquals(new Origin("content/measures.yaml", 2, 1), c.measures().get("peacekeepers-killed").origin());
        assertEquals("content/sources/alpha-2013/facts.yaml:5:35", e.actors().get(1).origin().toString());
    }

    @Test
    void unknownFieldSuggestsTheNearestKnownOne() {
        // the typo of a required field is said once, as the typo with its fix: not also "missing required field"
        ContentTree t = ContentTree.minimal(tmp).replace("sources/alpha-2013/source.yaml", "published:", "pubished:");
        assertEquals(List.of(
                "content/sources/alpha-2013/source.yaml:4:1: error: unknown field 'pubished' (did you mean 'published'?)"),
                loadProblems(t));
    }

    @Test
    void aMissingRequiredFieldThatNoUnknownFieldNamesIsStillMissing() {
        ContentTree t = ContentTree.minimal(tmp).replace("sources/alpha-2013/source.yaml", "published:", "xyz:");
        List<String> problems = loadProblems(t);
        assertTrue(problems.stream().anyMatch(p -> p.contains("missing required field 'published'")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("unknown field 'xyz' (allowed fields: ")), problems::toString);
    }

    @Test
    void unknownFieldFarFromAnyListsTheAllowedOnes() {
        ContentTree t = ContentTree.minimal(tmp).write("actors/wagner-group.yaml", """
                name: Wagner Group
                kind: armed-group
                description: Russian paramilitaries.
                xyz: 1
                """);
        assertEquals(List.of("content/actors/wagner-group.yaml:4:1: error: unknown field 'xyz' (allowed fields: aliases,"
                + " country, description, kind, name)"), loadProblems(t));
    }

    @Test
    void unknownFieldInAnEventIsReportedWhereItIs() {
        ContentTree t = ContentTree.minimal(tmp).replace("sources/beta-2019/facts.yaml", "    title: Attack in Kidal",
                "    titel: Attack in Kidal");
        assertEquals(List.of(
                "content/sources/beta-2019/facts.yaml:9:5: error: unknown field 'titel' (did you mean 'title'?)"),
                loadProblems(t));
    }

    @Test
    void yamlSyntaxErrorIsReportedAtItsPosition() {
        ContentTree t = ContentTree.minimal(tmp).write("places/gao.yaml", "name: Gao\nkind: town\n  lat: 16\nlon: -3\n");
        List<String> problems = loadProblems(t);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("content/places/gao.yaml:3:6: error: YAML syntax: "), problems.get(0));
        assertTrue(problems.get(0).contains("mapping values are not allowed here; check this line's indentation"), problems.get(0));
        assertTrue(t.load().corpus().places().containsKey("mali"), "the other files are still read");
    }

    @Test
    void unclosedQuoteIsASyntaxErrorToo() {
        ContentTree t = ContentTree.minimal(tmp).write("places/gao.yaml", "name: \"Gao\nkind: town\nlat: 16\nlon: -3\n");
        List<String> problems = loadProblems(t);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("content/places/gao.yaml:"), problems.get(0));
        assertTrue(problems.get(0).contains(": error: YAML syntax: "), problems.get(0));
    }

    @Test
    void nonUtf8FileIsReportedAtItsFirstBadByte() {
        byte[] latin1 = "name: Segou\nkind: town\n# S\u00e9gou on the Niger\nlat: 13\nlon: -6\n".getBytes(StandardCharsets.ISO_8859_1);
        ContentTree t = ContentTree.minimal(tmp).writeBytes("places/segou.yaml", latin1);
        assertEquals(List.of("content/places/segou.yaml:3:4: error: not valid UTF-8; save the file with UTF-8 encoding"
                + " (in most editors: File > Save with Encoding > UTF-8)"), loadProblems(t));
    }

    @Test
    void nonUtf8ColumnCountsCharactersNotBytes() {
        byte[] good = "name: Ségou ".getBytes(StandardCharsets.UTF_8);
        byte[] bad = "\u00e9\nkind: town\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[good.length + bad.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        ContentTree t = ContentTree.minimal(tmp).writeBytes("places/segou.yaml", all);
        assertTrue(loadProblems(t).get(0).startsWith("content/places/segou.yaml:1:13: error: not valid UTF-8"), loadProblems(t)::toString);
    }

    @Test
    void nonUtf8SummaryIsReportedToo() {
        ContentTree t = ContentTree.minimal(tmp).writeBytes("sources/beta-2019/summary.md",
                "Attacks near Tessalit\n\nand S\u00e9var\u00e9.\n".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(loadProblems(t).contains("content/sources/beta-2019/summary.md:3:6: error: not valid UTF-8; save the file"
                + " with UTF-8 encoding (in most editors: File > Save with Encoding > UTF-8)"), loadProblems(t)::toString);
    }

    @Test
    void byteOrderMarkIsAccepted() {
        ContentTree t = ContentTree.minimal(tmp);
        t.write("places/mali.yaml", "\uFEFF" + t.read("places/mali.yaml"));
        assertEquals(List.of(), loadProblems(t));
        assertEquals("Mali", t.load().corpus().places().get("mali").name());
    }

    @Test
    void duplicateKeyIsReportedAndTheFirstKept() {
        ContentTree t = ContentTree.minimal(tmp).write("places/timbuktu.yaml",
                "name: Timbuktu\nkind: town\nlat: 16.7\nlon: -3.0\nlat: 17\n");
        assertEquals(List.of("content/places/timbuktu.yaml:5:1: error: duplicate key 'lat' (first at line 3); keep one of them"),
                loadProblems(t));
        assertEquals(16.7, t.load().corpus().places().get("timbuktu").coordinates().orElseThrow().lat());
    }

    @Test
    void wrongTypesAreReportedWithWhatWasExpected() {
        ContentTree t = ContentTree.minimal(tmp)
                .replace("sources/beta-2019/facts.yaml", "value: 11200", "value: lots")
                .replace("actors/wagner-group.yaml", "aliases: [Wagner]", "aliases: Wagner")
                .replace("places/mali.yaml", "lat: 17.0", "lat: [17]")
                .replace("sources/alpha-2013/source.yaml", "title: Alpha report", "title: {en: Alpha}");
        assertEquals(List.of(
                "content/actors/wagner-group.yaml:3:10: error: 'aliases' must be a list ([a, b] or '- ' lines), not text",
                "content/places/mali.yaml:3:6: error: 'lat' must be a number, not a list",
                "content/sources/alpha-2013/source.yaml:1:8: error: 'title' must be text, not a mapping",
                "content/sources/beta-2019/facts.yaml:15:12: error: 'value' must be a number, not text"),
                loadProblems(t));
    }

    @Test
    void coordinatesComeInPairsOrNotAtAll() {
        ContentTree t = ContentTree.minimal(tmp)
                .replace("places/kidal.yaml", "lat: 18.44\n", "")
                .replace("places/mali.yaml", "lat: 17.0\nlon: -4.0\n", "");
        assertEquals(List.of("content/places/kidal.yaml:4:6: error: 'lon' without 'lat': give both coordinates, or neither when"
                + " the place's position is not known (it is then left off the map)"), loadProblems(t));
        assertTrue(t.load().corpus().places().get("mali").coordinates().isEmpty());
    }

    @Test
    void thePortalsVocabularyKeepsItsOrder() {
        ContentTree t = ContentTree.minimal(tmp).replace("portal.yaml", "language: en", """
                language: en
                timeline_marks:
                  withdrawal: {label: Drawdown, symbol: triangle}
                  resolution: {label: Council resolution, symbol: diamond-open}
                place_kinds: {country: Land, region: Region, town: Town}""");
        var v = t.corpus().portal().vocabulary();
        assertEquals(List.of("withdrawal", "resolution"), v.timelineMarks().stream().map(x -> x.id()).toList());
        assertEquals(java.util.Optional.of("diamond-open"), v.timelineMarks().get(1).symbol());
        assertEquals(java.util.Optional.of("Land"), v.placeKind("country").orElseThrow().label());
        assertEquals("withdrawal", v.mark(List.of("resolution", "withdrawal")).orElseThrow().id(), "the first mark listed wins");
        assertEquals(briefing.model.Vocabulary.DEFAULT_ACTOR_KINDS, v.actorKinds().stream().map(x -> x.id()).toList());
        assertEquals(List.of("country", "region", "city", "town", "village", "base"), v.placeKinds().stream().map(x -> x.id()).toList(),
                "the portal relabels default kinds; the others stay");
    }

    @Test
    void enumerationsAndRangesAreChecked() {
        ContentTree t = ContentTree.minimal(tmp)
                .replace("sources/alpha-2013/facts.yaml", "qualifier: up-to", "qualifier: upto")
                .replace("places/kidal.yaml", "lat: 18.44", "lat: 95");
        assertEquals(List.of(
                "content/places/kidal.yaml:4:6: error: 'lat' is 95; it must lie between -90 and 90",
                "content/sources/alpha-2013/facts.yaml:11:16: error: 'qualifier' must be one of exactly, at-least, about, up-to;"
                        + " got 'upto' (did you mean 'up-to'?)"),
                loadProblems(t));
    }

    @Test
    void numbersYamlReadsButThatAreNotDecimalAreReportedNotFatal() {
        ContentTree t = ContentTree.minimal(tmp)
                .replace("sources/beta-2019/facts.yaml", "value: 11200", "value: 0x10")
                .replace("places/mali.yaml", "lat: 17.0", "lat: .inf");
        LoadResult r = t.load();
        assertEquals(List.of(
                "content/places/mali.yaml:3:6: error: 'lat' is .inf; write a plain decimal number, e.g. 1200 or 17.5",
                "content/sources/beta-2019/facts.yaml:15:12: error: 'value' is 0x10; write a plain decimal number, e.g. 1200 or 17.5"),
                loadProblems(t));
        assertEquals(1, r.corpus().sources().get("beta-2019").figures().size(), "the figure is still read");
    }

    @Test
    void underscoresInNumbersAreDigitGroups() {
        ContentTree t = ContentTree.minimal(tmp).replace("sources/beta-2019/facts.yaml", "value: 11200", "value: 11_200");
        assertEquals(List.of(), loadProblems(t));
        assertEquals(new BigDecimal("11200"), t.load().corpus().sources().get("beta-2019").figures().get(0).value());
    }

    @Test
    void addressesMustBeWebAddresses() {
        ContentTree t = ContentTree.minimal(tmp)
                .replace("sources/alpha-2013/source.yaml", "url: https://alpha.example/report", "url: javascript:alert(1)")
                .replace("portal.yaml", "base_path: /test/", "base_path: test");
        List<String> problems = loadProblems(t);
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("content/portal.yaml:5:12: error: 'base_path' must match "), problems.get(0));
        assertTrue(problems.get(1).startsWith("content/sources/alpha-2013/source.yaml:5:6: error: 'url' is not a web address a page can link to: "), problems.get(1));
        assertTrue(problems.get(1).contains("got 'javascript:alert(1)'"), problems.get(1));
    }

    @Test
    void quotesAreThirtyWordsAtMost() {
        String long31 = String.join(" ", java.util.Collections.nCopies(31, "word"));
        ContentTree t = ContentTree.minimal(tmp).replace("sources/alpha-2013/facts.yaml", "\"all necessary means\"", long31);
        List<String> problems = loadProblems(t);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("content/sources/alpha-2013/facts.yaml:16:12: error: 'quote' has 31 words;"
                + " keep it to 30 at most"), problems.get(0));
    }

    @Test
    void missingAndEmptyFilesAreReported() {
        ContentTree t = ContentTree.minimal(tmp).delete("sources/beta-2019/summary.md")
                .write("places/gao.yaml", "")
                .write("sources/alpha-2013/notes.yml", "x: 1\n");
        assertEquals(List.of(
                "content/places/gao.yaml: error: the file is empty; see schemas/place.schema.json for its fields",
                "content/sources/alpha-2013/notes.yml: error: unexpected file in a source folder; a source has source.yaml,"
                        + " summary.md and facts.yaml (rename .yml to .yaml)",
                "content/sources/beta-2019/summary.md: error: missing: every source folder needs summary.md, the summary"
                        + " in your own words"),
                loadProblems(t));
    }

    @Test
    void everyFileLevelProblemIsReportedInOneLoad() {
        ContentTree t = ContentTree.minimal(tmp)
                .replace("sources/alpha-2013/source.yaml", "kind: news", "kind: newz")
                .write("places/gao.yaml", "name: Gao\nkind: town\n  lat: 16\n")
                .writeBytes("places/segou.yaml", "name: S\u00e9gou\n".getBytes(StandardCharsets.ISO_8859_1));
        List<String> files = t.load().problems().stream().map(p -> p.origin().file()).sorted().toList();
        assertEquals(List.of("content/places/gao.yaml", "content/places/segou.yaml", "content/sources/alpha-2013/source.yaml"), files);
    }
}
