package briefing.bake;

import java.io.Writer;
import java.util.Arrays;

/**
 * A page's text as FreeMarker writes it, encoded to UTF-8 as it comes: the bytes {@code String.getBytes(UTF_8)} gives
 * (an unpaired surrogate as '?'), without the text first kept as a string builder, then a string, then bytes. Those
 * three copies were a quarter of the bytes a bake allocated. One per thread, reset for each page; not thread-safe.
 */
final class Utf8Text extends Writer {
    private byte[] bytes = new byte[64 * 1024];
    private final char[] chars = new char[4096];
    private int length;
    /** A high surrogate that ended the last write, waiting for its low half; 0 if none. */
    private char high;

    /** Empties it, for the next page. */
    void reset() {
        length = 0;
        high = 0;
    }

    /** The bytes written since the last reset. */
    byte[] toByteArray() {
        if (high != 0) {
            room(1);
            bytes[length++] = '?';
            high = 0;
        }
        return Arrays.copyOf(bytes, length);
    }

    @Override
    public void write(String s, int off, int len) {
        while (len > 0) {
            int k = Math.min(len, chars.length);
            s.getChars(off, off + k, chars, 0);
            write(chars, 0, k);
            off += k;
            len -= k;
        }
    }

    @Override
    public void write(String s) {
        write(s, 0, s.length());
    }

    @Override
    public void write(int c) {
        chars[0] = (char) c;
        write(chars, 0, 1);
    }

    @Override
    public void write(char[] c, int off, int len) {
        room(3 * len + 4);
        byte[] b = bytes;
        int p = length;
        int end = off + len;
        for (int i = off; i < end; i++) {
            char ch = c[i];
            if (high != 0) { // the char after a high surrogate: its low half, or the high one was alone
                char h = high;
                high = 0;
                if (Character.isLowSurrogate(ch)) {
                    int cp = Character.toCodePoint(h, ch);
                    b[p++] = (byte) (0xF0 | cp >> 18);
                    b[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    b[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    b[p++] = (byte) (0x80 | cp & 0x3F);
                    continue;
                }
                b[p++] = '?';
            }
            if (ch < 0x80) {
                b[p++] = (byte) ch;
            } else if (ch < 0x800) {
                b[p++] = (byte) (0xC0 | ch >> 6);
                b[p++] = (byte) (0x80 | ch & 0x3F);
            } else if (Character.isHighSurrogate(ch)) {
                high = ch;
            } else if (Character.isLowSurrogate(ch)) {
                b[p++] = '?';
            } else {
                b[p++] = (byte) (0xE0 | ch >> 12);
                b[p++] = (byte) (0x80 | ch >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | ch & 0x3F);
            }
        }
        length = p;
    }

    private void room(int more) {
        if (length + more > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
