package briefing.search;

import briefing.tools.NpmPackage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 7, index: runs Pagefind (pinned, integrity-checked: {@link PagefindBinary}) over the baked site, so the browser
 * can search it offline. Pagefind writes a chunked index to {@code pagefind/} inside the site; a query downloads only
 * the chunks it needs. The first build installs Pagefind with npm (Node.js 18+ on the PATH); when npm is missing, the
 * build stops with what to install.
 */
public final class SearchIndexer {
    /** The Pagefind release the portal is built and tested with (pinned in the engine's npm/pagefind/package-lock.json). */
    public static final String PAGEFIND = PagefindBinary.release();
    private static final long TIMEOUT_MINUTES = 10;

    private SearchIndexer() {
    }

    /** Indexes {@code site} in place; returns Pagefind's own summary ("Indexed 126 pages" ...). */
    public static String index(Path site) throws SearchException {
        return index(site, Set.of());
    }

    /**
     * Indexes {@code site}, reading only the HTML files directly in {@code folders} (relative to the site, with '/';
     * "" for its root): those that hold every page to be found. Pagefind otherwise parses every page of the site,
     * including the many numbered pages of long lists that are not indexed. Empty: every HTML file.
     */
    public static String index(Path site, Set<String> folders) throws SearchException {
        List<String> command = new ArrayList<>(List.of(binary().toString(), "--site", site.toString()));
        Bundles.removeMore(site); // one bundle of the whole site replaces a build's several
        glob(folders).ifPresent(g -> command.addAll(List.of("--glob", g)));
        Result r = run(command);
        if (r.exit != 0) {
            throw new SearchException("Pagefind failed (exit " + r.exit + ") indexing " + site + ":\n" + lastLines(r.output.strip(), 40));
        }
        Bundles.write(site, 1);
        Matcher m = Pattern.compile("Indexed (\\d+) pages?\\b").matcher(r.output);
        return m.find() ? m.group() : "indexed";
    }

    /**
     * Starts checking the pinned Pagefind executable (installing it first if needed) on another thread, so that the
     * next {@link #index} finds it checked: hashing its 13 MB costs about 0.1 s of a build's quick JIT tier. Optional:
     * {@link #index} checks it itself when nothing was prepared.
     */
    public static synchronized void prepare() {
        if (prepared == null) {
            prepared = new CompletableFuture<>();
            CompletableFuture<Path> mine = prepared;
            Thread t = new Thread(() -> {
                try {
                    mine.complete(PagefindBinary.installed(NpmPackage.engineTools()));
                } catch (SearchException | RuntimeException e) {
                    mine.completeExceptionally(e);
                }
            }, "search-prepare");
            t.setDaemon(true);
            t.start();
        }
    }

    private static CompletableFuture<Path> prepared;

    /** The checked executable: the prepared one (each preparation serves one index), else checked now. */
    static Path binary() throws SearchException {
        CompletableFuture<Path> mine;
        synchronized (SearchIndexer.class) {
            mine = prepared;
            prepared = null;
        }
        if (mine == null) return PagefindBinary.installed(NpmPackage.engineTools());
        try {
            return mine.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof SearchException s) throw s;
            throw e;
        }
    }

    /**
     * How to start the pinned Pagefind from another tool (the bench's yardstick): its verified executable, installed
     * first if needed; through npx if it cannot be.
     */
    public static List<String> command() {
        try {
            return List.of(PagefindBinary.installed(NpmPackage.engineTools()).toString());
        } catch (SearchException e) {
            return List.of(windows() ? "npx.cmd" : "npx", "--yes", PAGEFIND);
        }
    }

    /** Pagefind's glob for the HTML files in those folders: {*.html,actors/*.html}; none for no folders or odd names. */
    static Optional<String> glob(Set<String> folders) {
        if (folders.isEmpty() || folders.stream().anyMatch(f -> !f.matches("[A-Za-z0-9._/-]*") || f.startsWith("/") || f.endsWith("/"))) {
            return Optional.empty();
        }
        return Optional.of(new java.util.TreeSet<>(folders).stream().map(f -> f.isEmpty() ? "*.html" : f + "/*.html")
                .collect(java.util.stream.Collectors.joining(",", "{", "}")));
    }

    /** The end of a long output (a verbose run lists every page). */
    private static String lastLines(String output, int n) {
        List<String> lines = output.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - n), lines.size()));
    }

    private static boolean windows() {
        return System.getProperty("os.name", "").toLowerCase().contains("win");
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> command) throws SearchException {
        try {
            Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
            p.getOutputStream().close();
            byte[] out;
            try (InputStream in = p.getInputStream()) {
                out = in.readAllBytes();
            }
            if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new SearchException(String.join(" ", command) + " did not finish in " + TIMEOUT_MINUTES + " minutes");
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SearchException("cannot run " + command.get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchException("interrupted while running " + command.get(0));
        }
    }
}
