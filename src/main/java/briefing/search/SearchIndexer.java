package briefing.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 7, index: runs Pagefind (pinned) over the baked site, so the browser can search it offline: through npx the
 * first time, then its executable directly ({@link PagefindBinary}).
 * Pagefind writes a chunked index to {@code pagefind/} inside the site; a query downloads only the chunks it needs.
 * Node.js 18+ must be on the PATH; when it is not, the build stops with what to install.
 */
public final class SearchIndexer {
    /** The Pagefind release the portal is built and tested with. */
    public static final String PAGEFIND = "pagefind@1.6.0";
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
        List<String> options = new ArrayList<>(List.of("--site", site.toString()));
        glob(folders).ifPresent(g -> options.addAll(List.of("--glob", g)));
        Optional<Path> binary = PagefindBinary.remembered(PAGEFIND);
        Result r = null;
        if (binary.isPresent()) {
            try {
                List<String> command = new ArrayList<>(List.of(binary.get().toString()));
                command.addAll(options);
                r = run(command);
            } catch (SearchException e) {
                r = null; // it could not start: through npx, as the first time
            }
        }
        if (r == null) {
            requireNode();
            // --verbose makes npx's wrapper name the executable it runs: remembered, the next build runs it directly
            List<String> command = new ArrayList<>(List.of(npx(), "--yes", PAGEFIND));
            command.addAll(options);
            command.add("--verbose");
            r = run(command);
            if (r.exit == 0) PagefindBinary.learn(PAGEFIND, r.output);
        }
        if (r.exit != 0) {
            throw new SearchException("Pagefind failed (exit " + r.exit + ") indexing " + site + ":\n" + lastLines(r.output.strip(), 40));
        }
        Matcher m = Pattern.compile("Indexed (\\d+) pages").matcher(r.output);
        return m.find() ? m.group() : "indexed";
    }

    /**
     * How to start the pinned Pagefind from another tool (the bench's yardstick): its executable when a build has
     * remembered it, else through npx.
     */
    public static List<String> command() {
        return PagefindBinary.remembered(PAGEFIND).map(b -> List.of(b.toString())).orElse(List.of(npx(), "--yes", PAGEFIND));
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

    private static void requireNode() throws SearchException {
        Result version;
        try {
            version = run(List.of(node(), "--version"));
        } catch (SearchException e) {
            throw new SearchException("Search indexing needs Node.js 18 or newer (node and npx on the PATH), and none was found."
                    + " Install it (Debian/Ubuntu: sudo apt-get install -y nodejs npm; macOS: brew install node; Windows:"
                    + " the installer from nodejs.org) and build again.");
        }
        Matcher m = Pattern.compile("v(\\d+)").matcher(version.output);
        if (!m.find() || Integer.parseInt(m.group(1)) < 18) {
            throw new SearchException("Search indexing needs Node.js 18 or newer; found " + version.output.strip()
                    + ". Upgrade Node.js and build again.");
        }
    }

    private static boolean windows() {
        return System.getProperty("os.name", "").toLowerCase().contains("win");
    }

    private static String npx() {
        return windows() ? "npx.cmd" : "npx";
    }

    private static String node() {
        return windows() ? "node.exe" : "node";
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
