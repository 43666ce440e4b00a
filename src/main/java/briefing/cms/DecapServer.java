package briefing.cms;

import briefing.tools.NpmTree;
import briefing.tools.ToolException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Decap CMS's local backend, {@code decap-server} (pinned with its dependencies by a lockfile, installed by
 * {@link NpmTree} into the engine's target/tools, npm checking each package against the lockfile), run against a portal
 * folder: it reads and writes the portal's files for the CMS in the browser (file-system mode: the editor commits with
 * git, as after any edit). It listens on the loopback interface only.
 */
public final class DecapServer implements AutoCloseable {
    /** decap-server and every package it needs, pinned by the engine's npm/decap-server/package-lock.json. */
    static final NpmTree TREE = new NpmTree("decap-server");
    private static final Duration START = Duration.ofSeconds(30);

    private final Process process;
    private final int port;

    private DecapServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The installed server's script, installing it (npm ci of its lockfile) into {@code tools} first if needed. */
    public static Path install(Path tools) throws ToolException {
        return TREE.file(tools, "node_modules/decap-server/dist/index.js");
    }

    /** Starts the server on {@code port} of the loopback interface for the portal in {@code portal}; waits until it answers. */
    public static DecapServer start(Path script, Path portal, int port) throws IOException {
        ProcessBuilder b = new ProcessBuilder(node(), script.toString()).directory(portal.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = b.environment();
        env.put("PORT", Integer.toString(port));
        env.put("BIND_HOST", "127.0.0.1");
        env.put("MODE", "fs");
        env.put("GIT_REPO_DIRECTORY", portal.toAbsolutePath().toString());
        env.put("LOG_LEVEL", "warn");
        DecapServer s = new DecapServer(b.start(), port);
        s.awaitStarted();
        return s;
    }

    /** Where the server answers. */
    public URI api() {
        return URI.create("http://127.0.0.1:" + port + "/api/v1");
    }

    private void awaitStarted() throws IOException {
        HttpClient client = HttpClient.newHttpClient();
        long end = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) throw new IOException("decap-server stopped at once (exit " + process.exitValue() + ")");
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(api()).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"action\":\"info\"}")).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) return;
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while starting decap-server");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while starting decap-server");
            }
        }
        close();
        throw new IOException("decap-server did not answer within " + START.toSeconds() + " s");
    }

    private static String node() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win") ? "node.exe" : "node";
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
