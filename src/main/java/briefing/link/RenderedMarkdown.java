package briefing.link;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A Markdown text turned into safe HTML with its mentions and dates linked, and the mentions found in it. The HTML is
 * kept deflated: a linked corpus holds every source's summary until its page is made, and linked summaries are about
 * 6 KB each (1.7 KB deflated), the largest part of the corpus a build keeps (60 MB at 10,000 sources).
 */
public record RenderedMarkdown(byte[] deflated, int length, List<Mention> mentions) {
    public RenderedMarkdown {
        mentions = List.copyOf(mentions);
    }

    /** The rendering of {@code html}, which mentions {@code mentions}. */
    public static RenderedMarkdown of(String html, List<Mention> mentions) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 16);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) out.write(buffer, 0, deflater.deflate(buffer));
            return new RenderedMarkdown(out.toByteArray(), bytes.length, mentions);
        } finally {
            deflater.end();
        }
    }

    /** The HTML. */
    public String html() {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(deflated);
            byte[] bytes = new byte[length];
            for (int n = 0; n < length; ) {
                int got = inflater.inflate(bytes, n, length - n);
                if (got == 0 && (inflater.finished() || inflater.needsInput())) break;
                n += got;
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new IllegalStateException("a rendered text could not be read back", e);
        } finally {
            inflater.end();
        }
    }

    /** Equal when the HTML and the mentions are (the same HTML deflates to the same bytes). */
    @Override
    public boolean equals(Object o) {
        return o instanceof RenderedMarkdown r && length == r.length && Arrays.equals(deflated, r.deflated) && mentions.equals(r.mentions);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(deflated) + mentions.hashCode();
    }

    @Override
    public String toString() {
        return "RenderedMarkdown[" + html() + ", " + mentions + "]";
    }
}
