package briefing.serve;

import briefing.ContentTree;
import briefing.Fixtures;
import briefing.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview's search index keeps up: a copy of the rich fixture is previewed with its index, a summary gains a
 * (made-up) word, and after the update the index holds the page with that word, in one bundle listed as a build lists
 * it. Pagefind keeps each page's text in a gzipped fragment, which is where the word is looked for.
 */
class PreviewSearchTest {
    private static final String SOURCE = "sources/chaco-monitor-2021-one-year";
    private static final String WORD = "Quorvantelle";

    @TempDir
    Path tmp;

    @AfterEach
    void forget() {
        LiveSite.remember(false);
    }

    /** The pages' urls whose fragment in the index holds {@code word}. */
    private static List<String> found(Path site, String word) throws Exception {
        List<String> urls = new java.util.ArrayList<>();
        try (Stream<Path> fragments = Files.list(site.resolve("pagefind/fragment"))) {
            for (Path f : fragments.sorted().toList()) {
                String json;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                if (json.contains(word)) urls.add(json.replaceAll("(?s).*?\"url\":\"([^\"]*)\".*", "$1"));
            }
        }
        return urls;
    }

    @Test
    void anEditedSummaryIsFoundAfterTheUpdate() throws Exception {
        ContentTree tree = Fixtures.copy(Fixtures.RICH, tmp.resolve("project"));
        LiveSite live = new LiveSite(Project.of(tree.project()), tmp.resolve("project/target/preview"), true);
        live.full();
        assertEquals(List.of(), found(live.site(), WORD), "not there before the edit");
        tree.replace(SOURCE + "/summary.md", "The authors trace the road to the truce.",
                "The authors trace the road to the truce, past " + WORD + ".");
        LiveSite.Update u = live.update(List.of(tree.project().resolve("content/" + SOURCE + "/summary.md")));
        assertFalse(u.full(), u.summary());
        assertTrue(found(live.site(), WORD).stream().anyMatch(url -> url.endsWith(SOURCE + ".html")), "the edited source's page is found");
        assertEquals("{\"bundles\":[{\"path\":\"pagefind/\",\"languages\":[\"en\"]}]}",
                Files.readString(live.site().resolve("pagefind/bundles.json")));
    }
}
