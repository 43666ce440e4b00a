package briefing.cms;

import java.util.List;
import java.util.Optional;

/**
 * One collection of the CMS: a folder of files of one kind (actors/*.yaml ...), or named single files (portal.yaml,
 * measures.yaml). A folder collection either names each new file after an entry's field ({@code identifier}) or lets
 * the editor type the folder a file goes in ({@code folderLabel}: a source's three files share the source's folder,
 * whose name is its id) and keeps the file name fixed ({@code fileName}); {@code without} lists only files lacking
 * that key (source.yaml has a title, facts.yaml never has one, which keeps the two apart in one folder).
 */
public record Collection(String name, String label, String description, Optional<String> folder, String path,
                         String extension, String format, boolean create, Optional<String> identifier,
                         Optional<String> folderLabel, Optional<String> without, Optional<String> summary,
                         List<Field> fields, List<SingleFile> files) {
    /** One file of a file collection. */
    public record SingleFile(String name, String label, String file, List<Field> fields) {
        public SingleFile {
            fields = List.copyOf(fields);
        }
    }

    public Collection {
        fields = List.copyOf(fields);
        files = List.copyOf(files);
    }

    /** A folder of files named by their id, one entity per file ({@code content/actors/<id>.yaml}). */
    static Collection entities(String name, String label, String description, String folder, String identifier, List<Field> fields) {
        return new Collection(name, label, description, Optional.of(folder), "{{slug}}", "yaml", "yaml", true, Optional.of(identifier),
                Optional.empty(), Optional.empty(), Optional.empty(), fields, List.of());
    }

    /** One of a source's files: {@code content/sources/<id>/<file>.<extension>}, the folder typed by the editor. */
    static Collection sourceFile(String name, String label, String description, String file, String extension, String format,
                                 Optional<String> without, Optional<String> summary, List<Field> fields) {
        return new Collection(name, label, description, Optional.of("content/sources"), "{{slug}}/" + file, extension, format, true,
                Optional.empty(), Optional.of("Source id (its folder's name)"), without, summary, fields, List.of());
    }

    /** Named files, edited in place. */
    static Collection files(String name, String label, String description, List<SingleFile> files) {
        return new Collection(name, label, description, Optional.empty(), "", "", "", false, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), files);
    }
}
