package briefing.validate;

import briefing.ContentTree;
import briefing.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The same event written under a new id by another source: a warning at the newer source's event, saying how to report it instead. */
class LikelyDuplicatesTest {
    @TempDir
    Path tmp;

    /** beta-2019 (published after alpha-2013) writes alpha's event again as its own, on the same day, place and actor. */
    private static final String SAME_EVENT = """
              - id: council-creates-mission
                date: 2013-04-25
                title: The Council sets up the mission
                actors: [minusma]
                places: [mali, kidal]
            figures:""";

    private static List<String> warnings(ContentTree t) {
        return Validator.validate(t.load().corpus()).stream().filter(p -> !p.isError()).map(Problem::toString)
                .filter(p -> p.contains("likely the same event")).toList();
    }

    @Test
    void theNewerSourcesEventIsWarnedAboutNamingTheOtherId() {
        ContentTree t = ContentTree.minimal(tmp).replace("sources/beta-2019/facts.yaml", "figures:", SAME_EVENT);
        assertEquals(List.of("content/sources/beta-2019/facts.yaml:12:9: warning: likely the same event as 'minusma-created' in"
                + " content/sources/alpha-2013/facts.yaml:2 (the same day, place 'mali' and actor 'minusma'); if it is, report it too:"
                + " write id: minusma-created here instead of 'council-creates-mission' (keep your title, date and note), so that one"
                + " event shows both sources"), warnings(t));
        assertEquals(warnings(t), Validator.validateSources(t.load().corpus(), List.of("beta-2019")).stream()
                .map(Problem::toString).filter(p -> p.contains("likely the same event")).toList(), "the preview's check of one source says the same");
    }

    @Test
    void anotherDayPlaceOrActorIsNoDuplicate() {
        ContentTree t = ContentTree.minimal(tmp);
        for (String[] change : new String[][]{{"date: 2013-04-25", "date: 2013-04-26"}, {"places: [mali, kidal]", "places: [kidal]"},
                {"actors: [minusma]", "actors: [wagner-group]"}}) {
            t.replace("sources/beta-2019/facts.yaml", "figures:", SAME_EVENT.replace(change[0], change[1]));
            assertEquals(List.of(), warnings(t), change[1]);
            t.replace("sources/beta-2019/facts.yaml", SAME_EVENT.replace(change[0], change[1]), "figures:");
        }
        t.replace("sources/beta-2019/facts.yaml", "figures:", SAME_EVENT.replace("council-creates-mission", "minusma-created"));
        assertEquals(List.of(), warnings(t), "the same id is one event reported twice, not a duplicate");
    }
}
