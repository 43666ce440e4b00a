package briefing.bench;

import briefing.Project;
import briefing.model.Urls;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The preview's latency after one edit, measured from outside as an editor sees it: {@code portal serve} runs in a
 * fresh JVM on a corpus, and once its first build is served, one source's summary gains a word; the time from saving
 * the file to the served source page showing the word is the latency. Whatever the preview does inside (a full
 * rebuild, or only the pages an edit reaches), this measures it the same way. The preview runs with the heap cap
 * {@code ./portal serve} gives it ({@link #JVM}), and its peak resident set, once the edit is served, is measured too.
 */
final class PreviewLatency {
    private static final long TIMEOUT_MILLIS = 15 * 60_000;

    /** The JVM options {@code ./portal serve} runs the preview with (the launcher's, for serve and cms). */
    static final List<String> JVM = List.of("-Xss8m", "-Xmx640m");

    /** The time from saving the edit to its being served, and the preview's peak resident set by then (0 off Linux). */
    record Result(long millis, long peakRssKb) {
    }

    private PreviewLatency() {
    }

    /** The edit to {@code sourceId}'s summary, until it is served; empty if the preview did not start or show it. */
    static Optional<Result> afterOneEdit(Path project, String sourceId) throws IOException, InterruptedException {
        Path summary = project.resolve("content/sources").resolve(sourceId).resolve("summary.md");
        if (!Files.exists(summary)) return Optional.empty();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(JVM);
        cmd.addAll(List.of("-D" + Project.HOME_PROPERTY + "=" + Project.engineHome(), "-cp", System.getProperty("java.class.path"),
                "briefing.cli.Main", "serve", "--project", project.toString(), "--port", Integer.toString(port)));
        String original = Files.readString(summary, StandardCharsets.UTF_8);
        Process serve = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String page = "http://localhost:" + port + "/" + Urls.source(sourceId);
            long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
            while (get(page).isEmpty()) { // the first build
                if (!serve.isAlive() || System.currentTimeMillis() > deadline) return Optional.empty();
                Thread.sleep(200);
            }
            Thread.sleep(1000); // let the watcher settle after the first build
            String word = "Benchedit" + Long.toString(System.nanoTime(), 36).replaceAll("\\d", "x");
            long t = System.nanoTime();
            Files.writeString(summary, original.strip() + " " + word + ".\n", StandardCharsets.UTF_8);
            while (!get(page).orElse("").contains(word)) {
                if (!serve.isAlive() || System.currentTimeMillis() > deadline) return Optional.empty();
                Thread.sleep(20);
            }
            long millis = (System.nanoTime() - t) / 1_000_000;
            return Optional.of(new Result(millis, PeakRss.highWaterKb(serve.pid())));
        } finally {
            serve.destroy();
            serve.waitFor();
            Files.writeString(summary, original, StandardCharsets.UTF_8);
        }
    }

    private static Optional<String> get(String url) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setConnectTimeout(2000);
            c.setReadTimeout(30_000);
            if (c.getResponseCode() != 200) return Optional.empty();
            try (InputStream in = c.getInputStream()) {
                return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
