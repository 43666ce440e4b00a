package briefing.bench;

import briefing.search.SearchIndexer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The yardstick of issue 13: Hugo (Debian's package) plus Pagefind, the same release the portal's search uses, on as many
 * pages as the portal's build made, each page one of the corpus's own summaries (cycled) under a title, with a minimal
 * layout. Run in the same bench as the portal's builds, so that both share the machine's state; absent when {@code hugo}
 * is not on the PATH. The peak resident set of each of the two processes is taken too ({@link PeakRss}).
 */
final class HugoBaseline {
    /** Wall times, in milliseconds, of Hugo and of Pagefind over its output, and their peak resident sets in KB. */
    record Timing(int pages, long hugoMillis, long pagefindMillis, long hugoRssKb, long pagefindRssKb) {
        long millis() {
            return hugoMillis + pagefindMillis;
        }
    }

    private HugoBaseline() {
    }

    static boolean available() {
        try {
            return run(List.of("hugo", "version"), Path.of(".")).exit() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Builds and indexes {@code pages} pages made of the summaries under {@code content}'s sources, in {@code dir}. A
     * folder that holds as many pages already is built again in place, as a desk rebuilds its site (Hugo and Pagefind
     * write over their files, as the portal's build writes over its spare); it is made anew only when the count
     * changes (its pages would otherwise stay in public/). Deleting it every time made each later run create its files
     * right after deleting as many, which costs ext4 seconds (docs/scaling.md, round 6): 10.1, 16.3 and 19.8 s in three
     * runs in turn at dense 2,000.
     */
    static Optional<Timing> time(Path content, int pages, Path dir, boolean search) throws IOException {
        if (!available()) return Optional.empty();
        List<String> summaries = new ArrayList<>();
        try (Stream<Path> s = Files.walk(content.resolve("sources"))) {
            for (Path p : s.filter(f -> f.getFileName().toString().equals("summary.md")).sorted().toList()) {
                summaries.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        if (summaries.isEmpty()) return Optional.empty();
        Path count = dir.resolve("pages.txt");
        String counted = pages + (search ? " pages, indexed" : " pages") + "\n";
        if (!Files.isRegularFile(count) || !Files.readString(count, StandardCharsets.UTF_8).equals(counted)) {
            briefing.emit.ProjectWriter.deleteTree(dir);
        }
        write(count, counted);
        write(dir.resolve("hugo.toml"), """
                baseURL = "/"
                languageCode = "en"
                title = "Bench"
                disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]
                """);
        write(dir.resolve("layouts/_default/baseof.html"), """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
                <body><main data-pagefind-body>{{ block "main" . }}{{ end }}</main></body></html>
                """);
        write(dir.resolve("layouts/_default/single.html"), "{{ define \"main\" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}\n");
        write(dir.resolve("layouts/_default/list.html"), "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}"
                + "<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n");
        for (int i = 0; i < pages; i++) {
            write(dir.resolve("content/p/p-" + i + ".md"), "---\ntitle: \"Page " + i + "\"\n---\n\n" + summaries.get(i % summaries.size()));
        }
        long t = System.nanoTime();
        Ran hugo = run(List.of("hugo", "--quiet", "--source", dir.toString(), "--destination", dir.resolve("public").toString()), dir);
        if (hugo.exit() != 0) throw new IOException("hugo failed in " + dir);
        long hugoMillis = (System.nanoTime() - t) / 1_000_000;
        long pagefindMillis = 0;
        long pagefindRssKb = 0;
        if (search) {
            t = System.nanoTime();
            // the same Pagefind as the portal's build, started the same way (its executable, not npx's wrapper)
            List<String> pagefindCommand = new java.util.ArrayList<>(SearchIndexer.command());
            pagefindCommand.addAll(List.of("--site", dir.resolve("public").toString()));
            Ran pagefind = run(pagefindCommand, dir);
            if (pagefind.exit() != 0) throw new IOException("pagefind failed in " + dir);
            pagefindMillis = (System.nanoTime() - t) / 1_000_000;
            pagefindRssKb = pagefind.peakRssKb();
        }
        return Optional.of(new Timing(pages, hugoMillis, pagefindMillis, hugo.peakRssKb(), pagefindRssKb));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** How a process ended, and its peak resident set (and its children's), in KB. */
    private record Ran(int exit, long peakRssKb) {
    }

    private static Ran run(List<String> command, Path dir) throws IOException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String name = Path.of(command.get(0)).getFileName().toString();
        try (PeakRss memory = PeakRss.watch(p)) {
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return new Ran(-1, 0);
            }
            return new Ran(p.exitValue(), memory.peakKb(name));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            return new Ran(-1, 0);
        }
    }
}
