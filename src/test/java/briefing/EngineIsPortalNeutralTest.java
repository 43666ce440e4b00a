package briefing;

import briefing.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine names no portal: nothing in src/main, templates/, assets/, schemas/ or what {@code init} and
 * {@code new-source} write names the first portal (MINUSMA, Mali, its places and the forces around it); those words
 * may only come from content/. The world's outlines under src/main/resources/geo/ name every country and are left out.
 * Words are matched whole, ignoring case and accents ("Ménaka" is "menaka").
 */
class EngineIsPortalNeutralTest {
    static final List<String> WORDS = List.of("minusma", "mali", "malian", "bamako", "kidal", "gao", "timbuktu", "tombouctou",
            "mopti", "menaka", "aguelhok", "tessalit", "sevare", "wagner", "barkhane", "jnim", "keita", "goita");
    private static final Pattern NAMES = Pattern.compile("(?<![\\p{L}\\p{N}])(" + String.join("|", WORDS) + ")(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

    @TempDir
    Path tmp;

    /** "path:line: word in «text»" for every whole-word match in {@code file}, with {@code shown} as its name. */
    static List<String> findings(Path file, String shown) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        List<String> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String plain = ACCENTS.matcher(Normalizer.normalize(lines[i], Normalizer.Form.NFD)).replaceAll("");
            Matcher m = NAMES.matcher(plain);
            while (m.find()) {
                String line = lines[i].strip();
                out.add(shown + ":" + (i + 1) + ": '" + m.group(1) + "' in " + (line.length() > 140 ? line.substring(0, 140) + "…" : line));
            }
        }
        return out;
    }

    static List<String> scan(Path root, Path dir, Path skip) throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                if (skip != null && f.startsWith(skip)) continue;
                out.addAll(findings(f, root.relativize(f).toString().replace('\\', '/')));
            }
        }
        return out;
    }

    @Test
    void theMatcherFindsWholeWordsWhateverTheirCaseAndAccents() throws IOException {
        Path f = Files.writeString(tmp.resolve("sample.txt"), "MINUSMA Briefing\n.cname-mali{}\nMénaka and Sévaré\nMalibu, somalia, gaol\n");
        List<String> found = findings(f, "sample.txt");
        assertEquals(List.of("sample.txt:1: 'MINUSMA' in MINUSMA Briefing", "sample.txt:2: 'mali' in .cname-mali{}",
                "sample.txt:3: 'Menaka' in Ménaka and Sévaré", "sample.txt:3: 'Sevare' in Ménaka and Sévaré"), found);
    }

    @Test
    void theEngineNamesNoPortal() throws IOException {
        Path root = BuiltSite.projectRoot();
        List<String> found = new ArrayList<>();
        found.addAll(scan(root, root.resolve("src/main"), root.resolve("src/main/resources/geo")));
        for (String dir : List.of("templates", "assets", "schemas")) found.addAll(scan(root, root.resolve(dir), null));
        assertTrue(found.isEmpty(), found.size() + " mention(s) of the first portal in the engine:\n" + String.join("\n", found));
    }

    @Test
    void whatInitAndNewSourceWriteNamesNoPortal() throws IOException {
        PrintStream stdout = System.out;
        try {
            System.setOut(new PrintStream(PrintStream.nullOutputStream()));
            for (String language : briefing.i18n.Messages.shipped()) {
                Path portal = tmp.resolve("portal-" + language);
                assertEquals(0, Main.run("init", portal.toString(), "--language", language));
                assertEquals(0, Main.run("new-source", "first-source", "--project", portal.toString()));
            }
        } finally {
            System.setOut(stdout);
        }
        List<String> found = scan(tmp, tmp, null);
        assertTrue(found.isEmpty(), String.join("\n", found));
    }
}
