package briefing;

import briefing.emit.PagePlanner;
import briefing.i18n.Messages;
import briefing.link.Linker;
import briefing.model.Corpus;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build plans and renders its pages a part at a time, so that its memory does not grow with the portal. Streaming
 * changes nothing in the site: built one entity per part, or with every page of a kind planned before any is rendered
 * (as builds did before they streamed), each fixture gives the same files, byte for byte. RealContentIT holds the
 * repository's portal to the same.
 */
class StreamedBuildTest {
    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.MINIMAL, Fixtures.RICH, Fixtures.FRENCH, Fixtures.BILINGUAL})
    void onePerPartAndAllAtOnceGiveTheSameSite(String fixture) throws Exception {
        Path project = Fixtures.portal(fixture);
        Path streamed = work.resolve("streamed");
        Path whole = work.resolve("whole");
        Briefing.build(project, streamed, new Briefing.Options(false).withPart(1));
        Briefing.build(project, whole, new Briefing.Options(false).withPart(Integer.MAX_VALUE));
        assertTrue(BuiltSite.files(whole).size() > 15, "a whole site");
        BuiltSite.assertSameFiles(whole, streamed, fixture + ", one entity per part against all at once");
    }

    /**
     * A searched build renders the pages search does not find (the search page, long lists' numbered pages) after the
     * others, while Pagefind writes its last bundle: they are the pages a build without search writes, and the index
     * is there beside them.
     */
    @ParameterizedTest
    @ValueSource(strings = {Fixtures.RICH, Fixtures.BILINGUAL})
    void pagesSetAsideWhileTheIndexIsWrittenAreWrittenAllTheSame(String fixture) throws Exception {
        Path project = Fixtures.portal(fixture);
        Path searched = work.resolve("searched");
        Path plain = work.resolve("plain");
        Briefing.build(project, searched, new Briefing.Options(true));
        Briefing.build(project, plain, new Briefing.Options(false));
        java.util.List<String> index = BuiltSite.files(searched).stream().filter(f -> f.startsWith("pagefind")).toList();
        assertTrue(index.stream().anyMatch(f -> f.endsWith("pagefind-entry.json")), "the index: " + index);
        for (String f : index) java.nio.file.Files.delete(searched.resolve(f));
        assertTrue(BuiltSite.files(plain).contains("search/index.html"), "a page search does not find");
        BuiltSite.assertSameFiles(plain, searched, fixture + ", with search against without");
    }

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.RICH})
    void theSmallerThePartTheMorePartsThePlanHas(String fixture) throws Exception {
        Corpus corpus = Briefing.validate(Fixtures.portal(fixture).resolve("content"));
        Messages text = Messages.load(corpus.portal().language().value(), java.util.Optional.empty());
        var linked = Linker.link(corpus, text);
        var edition = briefing.emit.Edition.single(corpus.portal().language().value());
        int one = PagePlanner.parts(linked, text, edition, 1).all().size();
        int all = PagePlanner.parts(linked, text, edition, Integer.MAX_VALUE).all().size();
        // one part per source, actor, place, year and month against one per kind of page
        assertTrue(one >= all + corpus.sources().size() + corpus.actors().size() + corpus.places().size() - 3,
                "parts of one: " + one + ", of all: " + all);
    }
}
