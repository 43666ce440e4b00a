package briefing.search;

import briefing.files.SiteFolder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A site's search index as one or more Pagefind bundles: {@code pagefind/}, then {@code pagefind-2/},
 * {@code pagefind-3/} ... when the site has more pages to be found than one Pagefind process should hold (its memory
 * grows with its pages). {@code pagefind/bundles.json} lists them, each with the languages it holds, in the order the
 * pages went in; the search page loads the first bundle that holds its language and merges the others that do
 * (Pagefind's {@code mergeIndex}). Sibling folders, not nested ones: Pagefind skips merging a bundle whose path starts
 * the primary one's.
 * <pre>{"bundles":[{"path":"pagefind/","languages":["en","fr"]},{"path":"pagefind-2/","languages":["fr"]}]}</pre>
 */
public final class Bundles {
    /** The list of bundles, in the first one's folder. */
    public static final String MANIFEST = "pagefind/bundles.json";
    private static final Pattern MORE = Pattern.compile("pagefind-[0-9]+");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Bundles() {
    }

    /** The folder of bundle {@code k} (0, 1 ...) of {@code site}: pagefind/, pagefind-2/ ... */
    static Path folder(Path site, int k) {
        return site.resolve(k == 0 ? "pagefind" : "pagefind-" + (k + 1));
    }

    /** Writes the manifest of {@code site}'s first {@code count} bundles, read from their pagefind-entry.json. */
    static void write(Path site, int count) throws SearchException {
        ObjectNode manifest = JSON.createObjectNode();
        ArrayNode list = manifest.putArray("bundles");
        try {
            for (int k = 0; k < count; k++) {
                Path folder = folder(site, k);
                JsonNode entry = JSON.readTree(folder.resolve("pagefind-entry.json").toFile());
                ObjectNode bundle = list.addObject().put("path", site.relativize(folder).toString().replace('\\', '/') + "/");
                ArrayNode languages = bundle.putArray("languages");
                for (Iterator<String> it = entry.path("languages").fieldNames(); it.hasNext(); ) languages.add(it.next());
            }
            Files.writeString(site.resolve(MANIFEST), JSON.writeValueAsString(manifest));
        } catch (IOException e) {
            throw new SearchException("cannot list the search index's bundles in " + site.resolve(MANIFEST) + ": " + e.getMessage());
        }
    }

    /** Removes the bundles after the first one (pagefind-2/ ...), before a new index of the site is written. */
    static void removeMore(Path site) throws SearchException {
        if (!Files.isDirectory(site)) return;
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(site, f -> Files.isDirectory(f) && MORE.matcher(f.getFileName().toString()).matches())) {
            for (Path f : folders) SiteFolder.deleteTree(f);
        } catch (IOException e) {
            throw new SearchException("cannot remove the search index's old bundles in " + site + ": " + e.getMessage());
        }
    }

    /** The bundles' folders of a written site, from its manifest (pagefind/ alone when it has none). */
    public static List<String> list(Path site) throws IOException {
        Path manifest = site.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) return List.of("pagefind/");
        List<String> paths = new java.util.ArrayList<>();
        for (JsonNode b : JSON.readTree(manifest.toFile()).path("bundles")) paths.add(b.path("path").asText());
        return paths;
    }
}
