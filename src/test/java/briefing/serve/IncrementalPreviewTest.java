package briefing.serve;

import briefing.BuiltSite;
import briefing.ContentTree;
import briefing.Fixtures;
import briefing.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview's incremental rebuild against the reference, a full build: a copy of the rich fixture is built, edited
 * (a summary, a template of the portal's own, an asset, a removed source), updated incrementally, and must then equal,
 * byte for byte, a full build of the edited copy, having rendered only some of its pages.
 */
class IncrementalPreviewTest {
    private static final String SOURCE = "sources/chaco-monitor-2021-one-year";

    @TempDir
    Path tmp;

    /** The preview's memos are for its own JVM; the tests that run after these build from scratch. */
    @org.junit.jupiter.api.AfterEach
    void forget() {
        LiveSite.remember(false);
    }

    private ContentTree tree;
    private LiveSite live;

    private LiveSite.Update start() throws Exception {
        tree = Fixtures.copy(Fixtures.RICH, tmp.resolve("project"));
        live = new LiveSite(Project.of(tree.project()), tmp.resolve("project/target/preview"), false);
        return live.full();
    }

    /** The live site equals a full build of the project as it is now, file for file and byte for byte. */
    private void assertSameAsFullBuild(String why) throws Exception {
        LiveSite.remember(false); // the reference is made from scratch, as ./portal build makes it
        Path reference;
        try {
            reference = BuiltSite.build(tree.project(), tmp.resolve("reference-" + System.nanoTime()));
        } finally {
            LiveSite.remember(true);
        }
        BuiltSite.assertSameFiles(reference, live.site(), why);
    }

    /** Writes a file of the project (templates/, assets/ ...), outside content/. */
    private void write(String rel, String text) throws Exception {
        Path f = tree.project().resolve(rel);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    private LiveSite.Update update(String... changed) throws Exception {
        List<Path> paths = new ArrayList<>();
        for (String c : changed) paths.add(tree.project().resolve(c));
        return live.update(paths);
    }

    @Test
    void anEditedSummaryRerendersOnlyThePagesItReaches() throws Exception {
        int pages = start().pages();
        tree.replace(SOURCE + "/summary.md", "The authors trace the road to the truce.",
                "The authors trace the long road to the truce, with [[bolivia]] watching.");
        LiveSite.Update u = update("content/" + SOURCE + "/summary.md");
        assertFalse(u.full());
        assertTrue(u.rendered() > 0 && u.rendered() < pages / 2, "a summary reaches its source page and a few others: " + u.summary());
        assertTrue(Files.readString(live.site().resolve(SOURCE + ".html")).contains("long road to the truce"), "the source page shows it");
        assertSameAsFullBuild("after a summary edit");

        LiveSite.Update none = update("content/" + SOURCE + "/summary.md");
        assertEquals(0, none.rendered(), "a save without a change renders nothing");
    }

    @Test
    void aSummaryLosingAndGainingMentionsReachesTheirPagesAndSubPages() throws Exception {
        briefing.emit.PagingLimits.small(); // every list is cut: an entity's mentions continue on sub-pages
        try {
            int pages = start().pages();
            tree.replace(SOURCE + "/summary.md", "On 14 March 2021 its gunmen attacked the market in Filadelfia and killed four civilians.",
                    "On 14 March 2021 its gunmen crossed from [[bolivia]] near [[villamontes]].");
            LiveSite.Update u = update("content/" + SOURCE + "/summary.md");
            assertFalse(u.full());
            assertTrue(u.stages().contains("plan") && u.rendered() < pages / 4, "the source and the entities it names, before or after: " + u.summary());
            assertTrue(Files.readString(live.site().resolve("places/villamontes.html")).contains("crossed from"), "a new mention shows");
            assertSameAsFullBuild("after mentions were removed and added");

            tree.replace(SOURCE + "/summary.md", "On 14 March 2021 its gunmen crossed from [[bolivia]] near [[villamontes]].", "");
            update("content/" + SOURCE + "/summary.md");
            assertSameAsFullBuild("after the mentions were removed again");
        } finally {
            briefing.emit.PagingLimits.reset();
        }
    }

    @Test
    void aBrokenLinkInASummaryIsReportedAsAFullValidationReportsIt() throws Exception {
        start();
        tree.replace(SOURCE + "/summary.md", "The authors trace the road to the truce.", "The authors trace the road to [[no-such-actor]].");
        Path page = live.site().resolve(SOURCE + ".html");
        String before = Files.readString(page);
        briefing.model.ContentException e = assertThrows(briefing.model.ContentException.class, () -> update("content/" + SOURCE + "/summary.md"));
        briefing.model.ContentException full = assertThrows(briefing.model.ContentException.class, () -> briefing.Briefing.validate(tree.content()));
        assertEquals(full.problems(), e.problems(), "the same problems as a whole validation");
        assertEquals(before, Files.readString(page), "the last good site stays");
        tree.replace(SOURCE + "/summary.md", "[[no-such-actor]]", "the truce");
        update("content/" + SOURCE + "/summary.md");
        assertSameAsFullBuild("after the link was fixed");
    }

    @Test
    void aFactsEditAndANewSourceAreTakenWholeAndEqualAFullBuild() throws Exception {
        start();
        tree.replace(SOURCE + "/facts.yaml", "events:\n", """
                events:
                  - id: preview-test-meeting
                    date: 2020-04-02
                    title: The guarantors meet the mission in Filadelfia
                    actors: [guarantor-group, unomch]
                    places: [filadelfia]
                    tags: [talks]
                """);
        LiveSite.Update u = update("content/" + SOURCE + "/facts.yaml");
        assertFalse(u.full());
        assertTrue(Files.readString(live.site().resolve("places/filadelfia.html")).contains("guarantors meet the mission"), u.summary());
        assertSameAsFullBuild("after an event was added");

        String copy = "sources/preview-test-copy";
        for (String f : List.of("source.yaml", "summary.md")) tree.write(copy + "/" + f, tree.read(SOURCE + "/" + f));
        update("content/" + copy);
        assertTrue(Files.isRegularFile(live.site().resolve(copy + ".html")));
        assertSameAsFullBuild("after a source was added");
    }

    @Test
    void aTemplateReachesItsPageKindAndTheLayoutEveryPage() throws Exception {
        start();
        Path engineSource = Project.engineHome().resolve("templates/source.ftl");
        write("templates/source.ftl", Files.readString(engineSource).replace("</#macro>", "</#macro>").replaceFirst("(<@layout\\.page[^>]*>)", "$1<p class=\"edited\">edited</p>"));
        LiveSite.Update u = update("templates/source.ftl");
        assertEquals(live.pages().values().stream().filter(p -> p.type().equals("source")).count(), u.rendered(), "every source page, nothing else");
        assertTrue(Files.readString(live.site().resolve(SOURCE + ".html")).contains("class=\"edited\""));
        assertSameAsFullBuild("after a template edit");

        Path engineLayout = Project.engineHome().resolve("templates/layout.ftl");
        write("templates/layout.ftl", Files.readString(engineLayout).replace("<main id=\"main\"", "<hr class=\"edited\"><main id=\"main\""));
        long html = live.pages().keySet().stream().filter(url -> url.endsWith(".html")).count();
        assertEquals(html, update("templates/layout.ftl").rendered(), "the layout reaches every HTML page (not the feed, sitemap or robots.txt)");
        assertSameAsFullBuild("after a layout edit");
    }

    @Test
    void anAssetIsCopiedAloneAndARemovedSourceLosesItsPage() throws Exception {
        start();
        write("assets/css/extra.css", "p { color: teal }\n");
        LiveSite.Update u = update("assets/css/extra.css");
        assertEquals(0, u.rendered());
        assertEquals(1, u.copied());
        assertSameAsFullBuild("after an asset was added");

        // an asset that links out of the project is not copied into the live site
        Path secret = tmp.resolve("outside-secret.txt");
        Files.writeString(secret, "not for the site\n");
        Files.createSymbolicLink(tree.project().resolve("assets/leak.txt"), secret);
        update("assets/leak.txt");
        assertFalse(Files.exists(live.site().resolve("leak.txt")), "a link out of the project is never published");
        Files.delete(tree.project().resolve("assets/leak.txt"));

        String gone = "sources/el-chaqueno-2023-farewell";
        assertTrue(Files.isRegularFile(live.site().resolve(gone + ".html")));
        for (String f : List.of("source.yaml", "summary.md", "facts.yaml")) tree.delete(gone + "/" + f);
        Files.delete(tree.content().resolve(gone));
        u = update("content/" + gone);
        assertTrue(u.removed() > 0, u.summary());
        assertFalse(Files.exists(live.site().resolve(gone + ".html")));
        assertSameAsFullBuild("after a source was removed");
    }

    @Test
    void aContentErrorLeavesTheSiteAndIsRetriedWithTheNextChange() throws Exception {
        start();
        write("templates/source.ftl", Files.readString(Project.engineHome().resolve("templates/source.ftl"))
                .replaceFirst("(<@layout\\.page[^>]*>)", "$1<p class=\"edited\">edited</p>"));
        tree.replace(SOURCE + "/source.yaml", "title:", "titel:");
        Path page = live.site().resolve(SOURCE + ".html");
        String before = Files.readString(page);
        assertThrows(briefing.model.ContentException.class, () -> update("content/" + SOURCE + "/source.yaml", "templates/source.ftl"));
        assertEquals(before, Files.readString(page), "the last good site stays");
        tree.replace(SOURCE + "/source.yaml", "titel:", "title:");
        update("content/" + SOURCE + "/source.yaml"); // the template change made while the content was broken is not lost
        assertSameAsFullBuild("after the error was fixed");
    }

    @Test
    void newAndEditedActorPlaceAndDocumentFilesAreReadAloneNotTheWholeContent() throws Exception {
        start();
        tree.write("actors/harbour-guild.yaml", "name: Harbour Guild\nkind: organisation\ndescription: A guild (fictional).\n");
        LiveSite.Update u = update("content/actors/harbour-guild.yaml");
        assertFalse(u.full());
        assertTrue(u.stages().startsWith("reload+validate"), "only the new file is read: " + u.summary());
        assertTrue(Files.readString(live.site().resolve("actors/harbour-guild.html")).contains("Harbour Guild"));
        assertSameAsFullBuild("after a new actor");

        tree.write("places/guild-quay.yaml", "name: Guild Quay\nkind: town\n");
        tree.write("documents/guild-charter.yaml", "title: The guild's charter\nkind: agreement\n");
        tree.replace("actors/bolivia.yaml", "name: Bolivia", "name: Plurinational Bolivia");
        u = update("content/places/guild-quay.yaml", "content/documents/guild-charter.yaml", "content/actors/bolivia.yaml");
        assertTrue(u.stages().startsWith("reload+validate"), u.summary());
        assertSameAsFullBuild("after a new place and document and an edited actor");

        tree.delete("actors/harbour-guild.yaml");
        update("content/actors/harbour-guild.yaml");
        assertFalse(Files.exists(live.site().resolve("actors/harbour-guild.html")), "a deleted actor's page goes");
        assertSameAsFullBuild("after an actor was deleted");

        tree.delete("actors/bolivia.yaml"); // still named by a source's facts: the whole corpus is checked
        briefing.model.ContentException e = org.junit.jupiter.api.Assertions.assertThrows(briefing.model.ContentException.class,
                () -> update("content/actors/bolivia.yaml"));
        assertTrue(e.problems().stream().anyMatch(p -> p.toString().contains("unknown actor 'bolivia'")), e.problems().toString());
    }

    @Test
    void changedFilesAreSortedByWhatTheyReach() {
        Project p = Project.of(tmp.resolve("portal"));
        Changes c = Changes.of(p, List.of(p.content().resolve("sources/a/summary.md"), p.engine().resolve("templates/year.ftl"),
                p.engine().resolve("templates/.year.ftl.swp"), p.engine().resolve("assets/js/site.js")));
        assertEquals(new Changes(true, Set.of("year.ftl"), Set.of("js/site.js")), c);
        assertEquals(new Changes(true, Set.of(Changes.ALL), Set.of()), Changes.of(p, List.of(p.portal().resolve("i18n/en.properties"))),
                "interface text is in the models and in every template");
        assertEquals(Set.of(Changes.ALL), Changes.of(p, List.of(p.engine().resolve("templates"))).templates(), "a folder stands for all");
    }

    @Test
    void aTemplateReachesTheKindsThatUseItDirectlyOrNot() throws Exception {
        Path t = Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(t.resolve("layout.ftl"), "<#import \"macros.ftl\" as m>");
        Files.writeString(t.resolve("macros.ftl"), "");
        Files.writeString(t.resolve("charts.ftl"), "<#import \"macros.ftl\" as m>");
        Files.writeString(t.resolve("home.ftl"), "<#import \"layout.ftl\" as l><#import \"charts.ftl\" as c>");
        Files.writeString(t.resolve("source.ftl"), "<#import \"layout.ftl\" as l>");
        Files.writeString(t.resolve("feed.ftl"), "<#include \"/macros.ftl\">");
        TemplateReach reach = TemplateReach.of(List.of(t));
        List<String> types = List.of("home", "source", "feed", "robots");
        assertEquals(Set.of("home"), reach.typesReached(Set.of("charts.ftl"), types));
        assertEquals(Set.of("source"), reach.typesReached(Set.of("source.ftl"), types));
        assertEquals(Set.of("home", "source"), reach.typesReached(Set.of("layout.ftl"), types));
        assertEquals(Set.of("home", "source", "feed"), reach.typesReached(Set.of("macros.ftl"), types));
        assertEquals(Set.of("home", "source", "feed", "robots"), reach.typesReached(Set.of(Changes.ALL), types));
    }
}
