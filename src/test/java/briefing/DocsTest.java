package briefing;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editors' documentation: a short quick start linked from the README's first screen, and no pointer outside the repository. */
class DocsTest {
    private static final Path REPO = Path.of("").toAbsolutePath();
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    private static List<Path> docs() throws IOException {
        List<Path> out = new ArrayList<>(List.of(REPO.resolve("README.md")));
        try (Stream<Path> s = Files.list(REPO.resolve("docs"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(out::add);
        }
        return out;
    }

    @Test
    void theQuickStartIsShortHasTheCheatSheetAndIsLinkedFromTheReadmesFirstScreen() throws IOException {
        String quick = read(REPO.resolve("docs/quick-start.md"));
        int words = quick.split("\\s+").length;
        assertTrue(words <= 1500, words + " words");
        assertTrue(quick.contains("facts.yaml") && quick.contains("events:") && quick.contains("figures:") && quick.contains("statements:"),
                "the cheat sheet's worked example holds every kind of fact");
        String firstScreen = String.join("\n", read(REPO.resolve("README.md")).lines().limit(30).toList());
        assertTrue(firstScreen.contains("(docs/quick-start.md)"), firstScreen);
    }

    @Test
    void nothingPointsOutsideTheRepository() throws IOException {
        List<String> bad = new ArrayList<>();
        int links = 0;
        for (Path doc : docs()) {
            String text = read(doc);
            if (text.contains("../shared")) bad.add(REPO.relativize(doc) + " names ../shared");
            // links in code (commands, error messages quoted in the guide) are examples, not links
            String prose = text.replaceAll("(?s)```.*?```", "").replaceAll("`[^`\\n]*`", "");
            Matcher m = LINK.matcher(prose);
            while (m.find()) {
                String target = m.group(1).replaceFirst("#.*$", "");
                if (target.isEmpty() || target.matches("^[a-z]+:.*")) continue; // an anchor, a web address
                links++;
                Path to = doc.getParent().resolve(target).normalize();
                if (!to.startsWith(REPO) || !Files.exists(to)) bad.add(REPO.relativize(doc) + ": " + m.group(1));
            }
        }
        assertEquals(List.of(), bad);
        assertTrue(links > 3, "the docs link each other");
        assertFalse(docs().isEmpty());
    }
}
