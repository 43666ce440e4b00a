package briefing.bake;

import briefing.emit.CompactModel;
import briefing.emit.Page;
import briefing.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page's fingerprint changes with every input that can change its bytes, and only with them. */
class FingerprintTest {
    private static final byte[] ENV = Fingerprint.environment("engine", "templates", Map.of("title", "A portal"), Messages.english());

    private static String of(Map<String, Object> model) {
        return Fingerprint.of(ENV, new Page("sources/a.html", "source", "A", model), new ConcurrentHashMap<>());
    }

    @Test
    void aSharedViewCountsByItsContentNotItsIdentity() {
        Map<Fingerprint.Shared, byte[]> shared = new ConcurrentHashMap<>();
        Map<String, Object> actor = CompactModel.of(Map.of("name", "Actor", "href", "actors/a.html"));
        Map<String, Object> same = CompactModel.of(Map.of("name", "Actor", "href", "actors/a.html"));
        Map<String, Object> other = CompactModel.of(Map.of("name", "Another", "href", "actors/a.html"));
        String first = Fingerprint.of(ENV, new Page("a.html", "source", "A", Map.of("actor", actor)), shared);
        assertEquals(first, Fingerprint.of(ENV, new Page("a.html", "source", "A", Map.of("actor", actor)), shared), "its digest reused");
        assertEquals(first, Fingerprint.of(ENV, new Page("a.html", "source", "A", Map.of("actor", same)), shared), "an equal view");
        assertEquals(first, Fingerprint.of(ENV, new Page("a.html", "source", "A", Map.of("actor", same)), new ConcurrentHashMap<>()),
                "the digests kept or not");
        assertNotEquals(first, Fingerprint.of(ENV, new Page("a.html", "source", "A", Map.of("actor", other)), shared), "another view");
        assertTrue(shared.containsKey(new Fingerprint.Shared(actor)));
    }

    @Test
    void theSameModelGivesTheSameFingerprintAndEachValueCounts() {
        assertEquals(of(Map.of("n", 1, "tags", List.of("a", "b"))), of(Map.of("tags", List.of("a", "b"), "n", 1)), "map order is not content");
        assertNotEquals(of(Map.of("n", 1)), of(Map.of("n", "1")), "a number is not its text");
        assertNotEquals(of(Map.of("n", 1)), of(Map.of("n", 1.0)));
        assertNotEquals(of(Map.of("tags", List.of("ab"))), of(Map.of("tags", List.of("a", "b"))), "lists keep their items' bounds");
        assertNotEquals(of(Map.of("a", Map.of("b", true))), of(Map.of("a", Map.of("b", false))));
        assertNotEquals(Fingerprint.of(ENV, new Page("sources/a.html", "source", "A", Map.of()), new ConcurrentHashMap<>()),
                Fingerprint.of(ENV, new Page("sources/a.html", "source", "B", Map.of()), new ConcurrentHashMap<>()), "the title");
        assertNotEquals(Fingerprint.of(ENV, new Page("sources/a.html", "source", "A", Map.of()), new ConcurrentHashMap<>()),
                Fingerprint.of(ENV, new Page("sources/a.html", "actor", "A", Map.of()), new ConcurrentHashMap<>()), "the template");
    }

    @Test
    void theEnvironmentHoldsTheEngineTheTemplatesTheSiteAndTheInterfaceText() {
        Messages en = Messages.english();
        String base = java.util.HexFormat.of().formatHex(Fingerprint.environment("e", "t", Map.of("title", "A"), en));
        assertNotEquals(base, java.util.HexFormat.of().formatHex(Fingerprint.environment("e2", "t", Map.of("title", "A"), en)), "engine");
        assertNotEquals(base, java.util.HexFormat.of().formatHex(Fingerprint.environment("e", "t2", Map.of("title", "A"), en)), "templates");
        assertNotEquals(base, java.util.HexFormat.of().formatHex(Fingerprint.environment("e", "t", Map.of("title", "B"), en)), "site");
        assertNotEquals(base, java.util.HexFormat.of().formatHex(Fingerprint.environment("e", "t", Map.of("title", "A"),
                Messages.load("fr", java.util.Optional.empty()))), "interface text");
        assertEquals(Fingerprint.engine(), Fingerprint.engine(), "the engine's code, read once");
    }

    @Test
    void theTemplatesFingerprintReadsEveryTemplateAndTheConfiguration(@TempDir Path project) throws Exception {
        Files.createDirectories(project.resolve("templates/parts"));
        Files.writeString(project.resolve("templates/layout.ftl"), "<html>");
        Files.writeString(project.resolve("templates/parts/nav.ftl"), "<nav>");
        Files.writeString(project.resolve("jbake.properties"), "template.source.file=source.ftl\n");
        String before = Fingerprint.templates(project);
        assertEquals(before, Fingerprint.templates(project));
        Files.writeString(project.resolve("templates/parts/nav.ftl"), "<nav class=x>");
        String nested = Fingerprint.templates(project);
        assertNotEquals(before, nested, "a nested template");
        Files.writeString(project.resolve("jbake.properties"), "template.source.file=other.ftl\n");
        assertNotEquals(nested, Fingerprint.templates(project), "which template renders which type");
    }
}
