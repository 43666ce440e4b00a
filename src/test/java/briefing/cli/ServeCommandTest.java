package briefing.cli;

import briefing.ContentTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code portal serve} on a port that is taken: one line saying so and which port to try, a non-zero exit, no trace. */
class ServeCommandTest {
    @TempDir
    Path tmp;
    @RegisterExtension
    final CapturedConsole console = new CapturedConsole();

    @Test
    void aBusyPortIsOneLineAndANonZeroExit() throws Exception {
        ContentTree tree = ContentTree.minimal(tmp.resolve("p"));
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = taken.getLocalPort();
            int code = Main.run("serve", "--project", tree.project().toString(), "--port", Integer.toString(port));
            String err = console.err.toString(StandardCharsets.UTF_8);
            assertEquals(ServeCommand.PORT_IN_USE, code);
            assertTrue(err.matches("port " + port + " is in use; try --port \\d+\\R"), err);
            assertFalse(err.contains("Exception") || console.out.toString(StandardCharsets.UTF_8).contains("Exception"), "no stack trace");
            assertFalse(Files.exists(tree.project().resolve("target/preview")), "nothing was built");
        }
    }
}
