package briefing.search;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The content-named files a written bundle uses. Pagefind names its meta index, fragments, word indexes and filter
 * indexes by their content's hash and leaves such a file alone when it is there already (it cannot have changed), so a
 * bundle written over an older one keeps the older files it still uses, with their old dates, next to those it no longer
 * uses. The bundle's entry ({@code pagefind-entry.json}) names each language's meta index; the meta index (gzip, a
 * marker, then CBOR) names the rest. Its text strings are read as names: a string that names no file costs nothing.
 */
final class BundleFiles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CBORFactory CBOR = new CBORFactory();
    /** What Pagefind writes before the CBOR of each file it compresses. */
    private static final byte[] MARKER = "pagefind_dcd".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final String[] KINDS = {"fragment/%s.pf_fragment", "index/%s.pf_index", "filter/%s.pf_filter"};

    private BundleFiles() {
    }

    /** The content-named files that the bundle in {@code folder} uses, relative to {@code site} with '/'. */
    static Set<String> of(Path site, Path folder) throws IOException {
        Set<String> used = new HashSet<>();
        String prefix = site.relativize(folder).toString().replace('\\', '/') + "/";
        JsonNode languages = JSON.readTree(folder.resolve("pagefind-entry.json").toFile()).path("languages");
        for (Iterator<JsonNode> it = languages.elements(); it.hasNext(); ) {
            String meta = "pagefind." + it.next().path("hash").asText() + ".pf_meta";
            used.add(prefix + meta);
            for (String name : strings(folder.resolve(meta))) {
                if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.contains("..")) continue;
                for (String kind : KINDS) used.add(prefix + String.format(kind, name));
            }
        }
        return used;
    }

    /** Every text string in a gzipped, marked CBOR file. */
    private static Set<String> strings(Path file) throws IOException {
        Set<String> out = new HashSet<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            if (!java.util.Arrays.equals(in.readNBytes(MARKER.length), MARKER)) throw new IOException("not a Pagefind index file: " + file);
            try (JsonParser p = CBOR.createParser(in)) {
                for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                    if (t == JsonToken.VALUE_STRING) out.add(p.getText());
                }
            }
        }
        return out;
    }
}
