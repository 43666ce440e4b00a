package briefing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Helpers for tests that read a built site: its pages parsed with jsoup, its files listed. */
public final class BuiltSite {
    private BuiltSite() {
    }

    public static Path projectRoot() {
        return Path.of(System.getProperty("project.root", ".")).toAbsolutePath().normalize();
    }

    /** Builds {@code project} into {@code <work>/site} without the search index (which needs Node.js and the network). */
    public static Path build(Path project, Path work) throws Exception {
        Path site = work.resolve("site");
        Briefing.build(project, site, new Briefing.Options(false));
        return site;
    }

    /** Every file under {@code dir}, as sorted relative paths with forward slashes. */
    public static List<String> files(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code site} holds the files of {@code reference}, no others, each with the same bytes. */
    public static void assertSameFiles(Path reference, Path site, String why) throws IOException {
        assertEquals(files(reference), files(site), why + ": the same files");
        List<String> differ = new ArrayList<>();
        for (String f : files(reference)) {
            if (!Arrays.equals(Files.readAllBytes(reference.resolve(f)), Files.readAllBytes(site.resolve(f)))) differ.add(f);
        }
        assertEquals(List.of(), differ, why + ": the same bytes");
    }

    public static Document page(Path site, String url) {
        try {
            return Jsoup.parse(site.resolve(url).toFile(), "UTF-8", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
