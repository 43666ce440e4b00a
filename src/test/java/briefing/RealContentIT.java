package briefing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generic checks of whatever the repository's content/ holds, over the site {@code mvn package} built from it into
 * target/site (broken content stops the build at the validator's messages, before any test). Nothing here names a page:
 * every expectation comes from the content, loaded with {@link Briefing#validate} and planned as the build plans it.
 */
class RealContentIT {
    static final Path ROOT = BuiltSite.projectRoot();
    static final Path SITE = ROOT.resolve("target/site");
    static SiteContract.Plan plan;

    @BeforeAll
    static void plan() throws Exception {
        assertTrue(Files.isRegularFile(SITE.resolve("index.html")), "no built site at " + SITE + ": run `mvn -B verify` (package builds it)");
        plan = SiteContract.plan(ROOT);
    }

    @Test
    void everyPlannedPageIsBuiltNonEmptyAndEveryLinkAndAnchorResolves() throws Exception {
        SiteContract.check(ROOT, SITE);
    }

    @Test
    void pagesOfEveryKindExistAndASampleOfEachIsAPageOfItsKind() {
        Samples samples = Samples.of(plan.linked());
        System.out.print(samples.report());
        SiteContract.checkSamples(SITE, samples);
        SiteContract.expectedKinds(plan.linked()).forEach((kind, n) -> assertEquals((int) n, plan.pagesOf(kind).size(), kind));
        // a kind the content has none of must be one it truly has none of, as stated
        samples.absent().keySet().forEach(kind -> assertEquals(List.of(), plan.pagesOf(kind), kind));
    }

    @Test
    void streamingTheBuildChangesNoByte(@org.junit.jupiter.api.io.TempDir Path work) throws Exception {
        // one entity per part, against every page of a kind planned before any is rendered (as builds did before they streamed)
        Path streamed = work.resolve("streamed");
        Path whole = work.resolve("whole");
        Briefing.build(ROOT, streamed, new Briefing.Options(false).withPart(1));
        Briefing.build(ROOT, whole, new Briefing.Options(false).withPart(Integer.MAX_VALUE));
        assertTrue(BuiltSite.files(whole).containsAll(plan.htmlPages()), "a whole site");
        BuiltSite.assertSameFiles(whole, streamed, "the repository's portal, one entity per part against all at once");
    }

    @Test
    void theSearchIndexHoldsEveryPageMeantToBeFound() throws Exception {
        Path entry = SITE.resolve("pagefind/pagefind-entry.json");
        assertTrue(Files.isRegularFile(SITE.resolve("pagefind/pagefind.js")) && Files.isRegularFile(entry),
                "mvn package builds the search index");
        long indexable = SiteContract.htmlFiles(SITE).stream()
                .filter(f -> BuiltSite.page(SITE, f).selectFirst("[data-pagefind-body]") != null).count();
        JsonNode languages = new ObjectMapper().readTree(entry.toFile()).path("languages");
        int indexed = 0;
        for (JsonNode language : languages) indexed += language.path("page_count").asInt();
        assertEquals(indexable, indexed, "Pagefind indexed every page with data-pagefind-body");
        assertTrue(languages.has(plan.corpus().portal().language().value()), "indexed in the portal's language: " + languages);
    }
}
