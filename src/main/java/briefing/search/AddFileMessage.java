package briefing.search;

import java.nio.charset.StandardCharsets;

/**
 * The JSON of the message that gives Pagefind's service one page: made straight from the page's UTF-8 bytes. A build
 * sends every page to be found (tens of thousands), and going through a string and a JSON generator cost about 7% of
 * a build's CPU. UTF-8 goes into JSON as it is; only the quote, the backslash and the control characters are escaped.
 */
final class AddFileMessage {
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private AddFileMessage() {
    }

    /** {"message_id":m,"payload":{"type":"AddFile","index_id":i,"file_path":url,"file_contents":html}} as UTF-8. */
    static byte[] json(int messageId, int indexId, String url, byte[] html) {
        byte[] head = ("{\"message_id\":" + messageId + ",\"payload\":{\"type\":\"AddFile\",\"index_id\":" + indexId
                + ",\"file_path\":\"").getBytes(StandardCharsets.UTF_8);
        byte[] path = url.getBytes(StandardCharsets.UTF_8);
        byte[] middle = "\",\"file_contents\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\"}}".getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[head.length + escapedLength(path) + middle.length + escapedLength(html) + tail.length];
        int at = put(out, 0, head);
        at = escape(out, at, path);
        at = put(out, at, middle);
        at = escape(out, at, html);
        put(out, at, tail);
        return out;
    }

    private static int put(byte[] out, int at, byte[] b) {
        System.arraycopy(b, 0, out, at, b.length);
        return at + b.length;
    }

    private static int escapedLength(byte[] text) {
        int n = text.length;
        for (byte b : text) {
            if (b == '"' || b == '\\' || b == '\n' || b == '\r' || b == '\t') n += 1;
            else if (b >= 0 && b < 0x20) n += 5;
        }
        return n;
    }

    private static int escape(byte[] out, int at, byte[] text) {
        for (byte b : text) {
            if (b == '"' || b == '\\') {
                out[at++] = '\\';
                out[at++] = b;
            } else if (b == '\n' || b == '\r' || b == '\t') {
                out[at++] = '\\';
                out[at++] = (byte) (b == '\n' ? 'n' : b == '\r' ? 'r' : 't');
            } else if (b >= 0 && b < 0x20) { // the other control characters, as \\u00XX
                out[at++] = '\\';
                out[at++] = 'u';
                out[at++] = '0';
                out[at++] = '0';
                out[at++] = HEX[b >> 4];
                out[at++] = HEX[b & 0xf];
            } else { // ASCII, or a byte of a UTF-8 sequence: as it is
                out[at++] = b;
            }
        }
        return at;
    }
}
