package briefing.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainPatternTest {
    private static final Pattern NAME = Pattern.compile("\\{([A-Za-z0-9_]+)");

    @Test
    void textArgumentsArePutInAsTheyAre() {
        PlainPattern p = PlainPattern.of("the event “{title}” ({source})");
        assertNotNull(p);
        assertEquals("the event “A & <b>” (B)", p.format(Map.of("title", "A & <b>", "source", "B")));
        assertEquals("Who", PlainPattern.of("Who").format(Map.of()));
    }

    @Test
    void whatICUWouldReadOtherwiseIsLeftToICU() {
        for (String pattern : List.of("it''s {x}", "'{x}'", "{count, plural, one {# event} other {# events}}", "{n, number}",
                "{0}", "{}", "a } b", "{x", "{ x }")) {
            assertNull(PlainPattern.of(pattern), pattern);
        }
        PlainPattern p = PlainPattern.of("{count} events");
        assertNull(p.format(Map.of("count", 1200)), "a number is written by the language's rules");
        assertNull(p.format(Map.of()), "a missing argument");
    }

    @Test
    void everyPlainPatternOfEveryBundleGivesWhatICUGives() throws IOException {
        int plain = 0;
        try (var files = Files.list(Path.of("src/main/resources/i18n"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).sorted().toList()) {
                Properties bundle = new Properties();
                try (Reader r = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
                    bundle.load(r);
                }
                ULocale locale = new ULocale(file.getFileName().toString().replace(".properties", ""));
                for (String key : bundle.stringPropertyNames()) {
                    String pattern = bundle.getProperty(key);
                    PlainPattern p = PlainPattern.of(pattern);
                    if (p == null) continue;
                    Map<String, Object> args = new LinkedHashMap<>();
                    Matcher m = NAME.matcher(pattern);
                    while (m.find()) args.put(m.group(1), "x<" + m.group(1) + ">&'\u05d0");
                    assertEquals(new MessageFormat(pattern, locale).format(args), p.format(args), file.getFileName() + " " + key);
                    plain++;
                }
            }
        }
        assertTrue(plain > 1000, "the bundles' plain patterns were compared: " + plain);
    }
}
