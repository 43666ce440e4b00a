package briefing;

import briefing.emit.PagePlanner;
import briefing.i18n.Messages;
import briefing.link.DocumentLinks;
import briefing.link.LinkedCorpus;
import briefing.model.Document;
import briefing.model.Urls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Documents as entities: loaded, validated like actors, linked from summaries and tied to events. */
class DocumentsTest {
    @TempDir
    Path tmp;

    @Test
    void aDocumentsNumberAndSymbolComeFromItsSymbol() {
        ContentTree t = Fixtures.copy(Fixtures.RICH, tmp);
        Document d = t.corpus().documents().get("resolution-9123");
        assertEquals("9123", d.number().orElseThrow());
        assertEquals("S/RES/9123", d.shortSymbol().orElseThrow());
        assertTrue(t.corpus().documents().get("chaco-ceasefire-agreement").number().isEmpty(), "no symbol, no number");
    }

    @Test
    void eventsAreTiedByNameOrByTheirTitleAndSummariesLinkTheNumber() {
        LinkedCorpus linked = Fixtures.copy(Fixtures.RICH, tmp).linked();
        // named in documents: only, in a title that does not mention it
        assertTrue(linked.events().get("resolution-9040-adopted").documents().contains("resolution-9040"));
        // not named anywhere, but its title says "Resolution 9001"
        assertEquals(List.of("resolution-9001"), linked.events().get("resolution-9001-adopted").documents());
        DocumentLinks l = linked.documents().get("resolution-9001");
        assertEquals(List.of("resolution-9001-adopted"), l.events());
        assertFalse(l.mentions().isEmpty(), "the summaries' sentences that say 'Resolution 9001'");
        assertTrue(l.mentions().stream().allMatch(m -> m.sentence().substring(m.start(), m.end()).equals("Resolution 9001")));
        assertTrue(l.sources().containsAll(linked.events().get("resolution-9001-adopted").sources()));
        String html = linked.summaries().get("chaco-monitor-2021-one-year").html();
        assertTrue(html.contains("href=\"../" + Urls.document("resolution-9001") + "\" class=\"xref xref-document\">Resolution 9001</a>"), html);
    }

    @Test
    void theNumberPatternReachesOnlyDocumentsThatExistAndTheSymbolLinksToo() {
        ContentTree t = Fixtures.copy(Fixtures.RICH, tmp).replace("sources/chaco-monitor-2021-one-year/summary.md",
                "with Resolution 9001 on 5 March 2020",
                "with Resolution 9001 on 5 March 2020 (it cited resolution 9999 and S/RES/9123 in passing)");
        String html = t.linked().summaries().get("chaco-monitor-2021-one-year").html();
        assertFalse(html.contains(">resolution 9999</a>"), "no document 9999, no link: " + html);
        assertTrue(html.contains("class=\"xref xref-document\">S/RES/9123</a>"), html);
    }

    @Test
    void badReferencesAreReportedWhereTheyAreWrittenWithTheNearestId() {
        ContentTree t = Fixtures.copy(Fixtures.RICH, tmp)
                .replace("sources/peace-ops-review-2023-chaco/facts.yaml", "documents: [resolution-9040]", "documents: [resolution-904]")
                .replace("documents/resolution-9040.yaml", "issuer: un-security-council", "issuer: security-council")
                .replace("documents/resolution-9001.yaml", "kind: resolution", "kind: resolutoin")
                .write("documents/resolution-9001-copy.yaml", "title: A copy\nkind: resolution\nsymbol: S/RES/9001 (2020)\n");
        List<String> messages = t.messages();
        assertTrue(messages.stream().anyMatch(m -> m.matches("content/sources/peace-ops-review-2023-chaco/facts\\.yaml:\\d+:\\d+: error: unknown"
                + " document 'resolution-904' \\(did you mean 'resolution-9040'\\?\\).*")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("content/documents/resolution-9040.yaml:")
                && m.contains("unknown actor 'security-council' (did you mean 'un-security-council'?)")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("content/documents/resolution-9001.yaml:2:7: error: unknown document kind"
                + " 'resolutoin' (did you mean 'resolution'?)")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("'S/RES/9001 (2020)'") && m.contains("document 'resolution-9001'")),
                "a symbol two documents claim: " + messages);
    }

    @Test
    void aPortalAddsDocumentKindsAndAPortalWithoutDocumentsLinksNoIndex() {
        ContentTree t = Fixtures.copy(Fixtures.RICH, tmp).replace("portal.yaml", "language: en",
                "language: en\ndocument_kinds:\n  communique: Joint communiqué\n  resolution: Security Council resolution")
                .replace("documents/chaco-ceasefire-agreement.yaml", "kind: agreement", "kind: communique");
        LinkedCorpus linked = t.linked();
        assertEquals("Joint communiqué", linked.corpus().portal().vocabulary().documentKind("communique").orElseThrow().label().orElseThrow());
        assertTrue(navLinks(linked).contains(Urls.DOCUMENTS));

        ContentTree minimal = Fixtures.copy(Fixtures.MINIMAL, tmp.resolve("minimal"));
        assertTrue(minimal.corpus().documents().isEmpty());
        assertFalse(navLinks(minimal.linked()).contains(Urls.DOCUMENTS), "no link to an empty documents index");
    }

    @Test
    void aFrenchPortalLinksItsResolutionsByNumberAndNamesThemInFrench() {
        LinkedCorpus linked = Fixtures.copy(Fixtures.FRENCH, tmp).linked();
        // "… par la résolution 9502": the kind folds its accent, so the number form reaches the document
        String event = linked.events().values().stream().filter(e -> e.title().contains("résolution 9502")).findFirst().orElseThrow().id();
        assertEquals(List.of("resolution-9502"), linked.events().get(event).documents());
        Messages fr = Messages.load("fr", java.util.Optional.empty());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> nav = (List<Map<String, Object>>) PagePlanner.site(linked.corpus(), fr).get("nav");
        assertTrue(nav.stream().anyMatch(n -> n.get("href").equals(Urls.DOCUMENTS) && n.get("label").equals(fr.get("nav.documents"))));
    }

    @SuppressWarnings("unchecked")
    @Test
    void theIndexListsAKindsDocumentsByTitleNumbersInOrderDatedOrNot() {
        ContentTree t = Fixtures.copy(Fixtures.RICH, tmp).write("documents/resolution-9010.yaml",
                "title: Security Council resolution 9010 (fictional)\nkind: resolution\n");
        Map<String, Object> index = PagePlanner.plan(t.linked(), Messages.english()).stream()
                .filter(p -> p.url().equals(Urls.DOCUMENTS)).findFirst().orElseThrow().model();
        List<String> resolutions = ((List<Map<String, Object>>) index.get("groups")).stream().filter(g -> g.get("id").equals("resolution"))
                .flatMap(g -> ((List<Map<String, Object>>) g.get("items")).stream()).map(i -> (String) i.get("href")).toList();
        assertEquals(List.of("resolution-9001", "resolution-9010", "resolution-9040", "resolution-9123").stream().map(Urls::document).toList(),
                resolutions, "the undated 9010 between 9001 and 9040");
    }

    @SuppressWarnings("unchecked")
    private static List<String> navLinks(LinkedCorpus linked) {
        Map<String, Object> site = PagePlanner.site(linked.corpus(), Messages.english());
        return ((List<Map<String, Object>>) site.get("nav")).stream().map(n -> (String) n.get("href")).toList();
    }
}
