package briefing.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Pagefind executable npx ran is remembered per release, and forgotten once its file is gone. */
class PagefindBinaryTest {
    @TempDir
    Path work;

    @Test
    void remembersTheExecutableTheWrapperNamedUntilItIsGone() throws Exception {
        Path cache = work.resolve("cache");
        Path binary = Files.createFile(work.resolve("pagefind_extended"));
        binary.toFile().setExecutable(true);
        assertEquals(Optional.empty(), PagefindBinary.remembered("pagefind@9.9.9", cache), "nothing learnt yet");

        PagefindBinary.learn("pagefind@9.9.9", "Running Pagefind v9.9.9\n", cache);
        assertEquals(Optional.empty(), PagefindBinary.remembered("pagefind@9.9.9", cache), "an output that names no executable");

        PagefindBinary.learn("pagefind@9.9.9", "pagefind npm wrapper: Running the executable at " + binary + "\n\nIndexed 3 pages\n", cache);
        assertEquals(Optional.of(binary), PagefindBinary.remembered("pagefind@9.9.9", cache));
        assertEquals(Optional.empty(), PagefindBinary.remembered("pagefind@1.0.0", cache), "another release is not this one");

        Files.delete(binary);
        assertEquals(Optional.empty(), PagefindBinary.remembered("pagefind@9.9.9", cache), "a path whose file is gone");
        assertEquals(false, Files.exists(cache.resolve("pagefind@9.9.9.path")), "and its note is dropped");
    }
}
