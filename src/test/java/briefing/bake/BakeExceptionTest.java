package briefing.bake;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A failure repeated on thousands of pages (a full disk) is a few lines, not thousands; every failure is kept. */
class BakeExceptionTest {
    @Test
    void theMessageListsTheFirstFailuresAndCountsTheRest() {
        List<String> failures = IntStream.range(0, 100).mapToObj(i -> "p" + i + ".html: cannot be written (No space left on device)").toList();
        BakeException e = new BakeException("a page could not be made", failures);
        List<String> lines = e.getMessage().lines().toList();
        assertEquals("a page could not be made (100 items):", lines.get(0));
        assertEquals("  p0.html: cannot be written (No space left on device)", lines.get(1));
        assertEquals("  p" + (BakeException.SHOWN - 1) + ".html: cannot be written (No space left on device)", lines.get(BakeException.SHOWN));
        assertEquals("  ... and " + (100 - BakeException.SHOWN) + " more", lines.get(lines.size() - 1));
        assertEquals(BakeException.SHOWN + 2, lines.size());
        assertEquals(failures, e.failures());
    }

    @Test
    void aFewFailuresAreAllListed() {
        BakeException e = new BakeException("a template failed", List.of("a.html: x", "b.html: y"));
        assertEquals("a template failed (2 items):\n  a.html: x\n  b.html: y", e.getMessage());
        assertFalse(e.getMessage().contains("more"));
        assertTrue(new BakeException(List.of("c.html: z")).getMessage().startsWith("baking failed (1 item):"));
    }
}
