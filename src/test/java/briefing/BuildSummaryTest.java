package briefing;

import briefing.model.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The build's one summary line counts the way validate's does: "1 source", not "1 sources". */
class BuildSummaryTest {
    @TempDir
    Path tmp;

    @Test
    void oneOfAThingIsSingular() throws Exception {
        ContentTree t = ContentTree.minimal(tmp);
        Path beta = t.content().resolve("sources/beta-2019");
        try (var files = Files.list(beta)) {
            for (Path f : files.toList()) Files.delete(f);
        }
        Files.delete(beta);
        Corpus corpus = t.corpus();
        var linked = t.linked();
        String line = new Briefing.Report(Briefing.Totals.of(corpus, linked), 1, 1500, Path.of("site"), Map.of(), List.of()).summary();
        String expected = "Built 1 source, %d actors, %d places, %d event%s, 1 page in 1.5 s -> site".formatted(
                corpus.actors().size(), corpus.places().size(), linked.events().size(), linked.events().size() == 1 ? "" : "s");
        assertEquals(expected, line);
    }
}
