package briefing.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** HTTP requests written by hand, as an attacker's would be (any Host, method or Origin), to a server on the loopback. */
public final class RawHttp {
    private RawHttp() {
    }

    /** {@code method path} with this Host and headers (POST and PUT carry a small JSON body); the whole answer. */
    public static String request(int port, String method, String path, String host, String... headers) throws IOException {
        StringBuilder b = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
        for (String h : headers) b.append(h).append("\r\n");
        boolean body = method.equals("POST") || method.equals("PUT");
        if (body) b.append("Content-Type: application/json\r\nContent-Length: 2\r\n");
        return send(port, b.append("Connection: close\r\n\r\n").append(body ? "{}" : "").toString());
    }

    /** Writes {@code request} as it is and reads the answer: all of it, or (for an event stream) what came in the first second. */
    public static String send(int port, String request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(1000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = s.getInputStream();
            byte[] buf = new byte[8192];
            try {
                for (int n; (n = in.read(buf)) > 0; ) answer.write(buf, 0, n);
            } catch (java.net.SocketTimeoutException stillOpen) {
                // an event stream stays open: what arrived is enough
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }

    /** The status code of an answer. */
    public static int status(String answer) {
        assertTrue(answer.startsWith("HTTP/1.1 "), answer);
        return Integer.parseInt(answer.substring(9, 12));
    }
}
