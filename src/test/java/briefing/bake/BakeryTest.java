package briefing.bake;

import briefing.Briefing;
import briefing.Fixtures;
import briefing.Project;
import briefing.emit.Page;
import briefing.emit.PagePlanner;
import briefing.i18n.Messages;
import briefing.link.Linker;
import briefing.model.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A prepared bakery renders any subset of pages exactly as the full build renders them (what the preview relies on). */
class BakeryTest {
    @TempDir
    Path work;

    @Test
    void aSubsetRendersAsInTheFullBuild() throws Exception {
        Path site = Fixtures.build(Fixtures.RICH, work);
        Project project = Project.of(Fixtures.portal(Fixtures.RICH));
        Corpus loaded = Briefing.validate(project.content());
        Corpus corpus = loaded.withPortal(loaded.portal().publishedAt(Optional.empty(), Optional.empty()));
        Messages messages = Messages.load(corpus.portal().language().value(), project.i18n());
        List<Page> pages = PagePlanner.plan(Linker.link(corpus), messages);
        // one page of each of three kinds, rendered into a folder of their own
        List<Page> subset = pages.stream().filter(p -> p.type().equals("actor")).limit(1).toList();
        subset = new java.util.ArrayList<>(subset);
        subset.addAll(pages.stream().filter(p -> p.type().equals("source") || p.type().equals("timeline")).limit(2).toList());
        assertEquals(3, subset.size());
        Bakery bakery = Bakery.prepare(work.resolve("site.jbake"), PagePlanner.site(corpus, messages), messages);
        Path out = work.resolve("subset");
        assertEquals(3, bakery.render(subset, out));
        for (Page p : subset) {
            assertArrayEquals(Files.readAllBytes(site.resolve(p.url())), Files.readAllBytes(out.resolve(p.url())), p.url());
        }
        assertFalse(Files.exists(out.resolve("index.html")), "only the pages asked for are rendered");
        // the same bakery renders again, into another folder, the same bytes
        Path again = work.resolve("again");
        bakery.render(subset.subList(0, 1), again);
        assertArrayEquals(Files.readAllBytes(site.resolve(subset.get(0).url())), Files.readAllBytes(again.resolve(subset.get(0).url())));
    }

    @Test
    void aTemplateErrorNamesThePageUrl() throws Exception {
        Fixtures.build(Fixtures.MINIMAL, work);
        Path derived = work.resolve("site.jbake");
        Files.writeString(derived.resolve("templates/page.ftl"), "${content.page.noSuchField}");
        Bakery bakery = Bakery.prepare(derived, java.util.Map.of("title", "T"), Messages.english());
        Page page = new Page("pages/x.html", "page", "X", java.util.Map.of());
        BakeException e = org.junit.jupiter.api.Assertions.assertThrows(BakeException.class,
                () -> bakery.render(List.of(page), work.resolve("out")));
        assertEquals(1, e.failures().size());
        assertTrue(e.failures().get(0).startsWith("pages/x.html: ") && e.failures().get(0).contains("noSuchField"), e.failures().get(0));
    }
}
