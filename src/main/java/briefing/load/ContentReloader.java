package briefing.load;

import briefing.model.Actor;
import briefing.model.Corpus;
import briefing.model.Document;
import briefing.model.Place;
import briefing.model.Source;
import briefing.model.Text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The preview's incremental load: a corpus read before, with only the source folders and the actor, place and
 * document files an edit touched read again (through {@link ContentLoader}'s readers, so every check and message is
 * the same as a full load's).
 */
public final class ContentReloader {
    private ContentReloader() {
    }

    /**
     * The preview's incremental load: {@code previous} (a corpus this loader read from the same folder) with the source
     * folders {@code sourceIds} read again (a folder that is gone drops its source); everything else is kept as it was.
     * The problems are those of the folders read again. Only for changes confined to source folders: a change to
     * portal.yaml, actors, places, documents, measures or pages needs {@link ContentLoader#load}.
     */
    public static LoadResult reload(Path contentDir, Corpus previous, java.util.Collection<String> sourceIds) {
        return reload(contentDir, previous, sourceIds, List.of());
    }

    /**
     * As {@link #reload(Path, Corpus, java.util.Collection)}, also reading again the actor, place and document files
     * {@code entityFiles} (a file that is gone drops its entity). The problems are those of what was read again; the
     * corpus as a whole is then to be validated (other files may refer to what changed).
     */
    public static LoadResult reload(Path contentDir, Corpus previous, java.util.Collection<String> sourceIds,
                                    java.util.Collection<Path> entityFiles) {
        ContentLoader loader = new ContentLoader(contentDir, Map.of());
        loader.languages = new Languages(previous.portal().languages().stream().map(Text::value).toList());
        SortedMap<String, Source> sources = new TreeMap<>(previous.sources());
        for (String id : new java.util.TreeSet<>(sourceIds)) {
            Path dir = loader.content.resolve("sources").resolve(id);
            if (Files.isDirectory(dir) && !loader.files.refused(dir, loader.problems)) sources.put(id, loader.source(dir));
            else sources.remove(id);
        }
        SortedMap<String, Actor> actors = new TreeMap<>(previous.actors());
        SortedMap<String, Place> places = new TreeMap<>(previous.places());
        SortedMap<String, Document> documents = new TreeMap<>(previous.documents());
        for (Path f : new java.util.TreeSet<>(entityFiles)) {
            Path file = f.toAbsolutePath().normalize();
            String folder = file.getParent().getFileName().toString(), id = ContentLoader.id(file);
            boolean present = Files.isRegularFile(file);
            switch (folder) {
                case "actors" -> {
                    if (present) actors.put(id, loader.actor(id, new Fields(loader.yaml(file, "actor").orElse(loader.empty(file)))));
                    else actors.remove(id);
                }
                case "places" -> {
                    if (present) places.put(id, loader.place(id, new Fields(loader.yaml(file, "place").orElse(loader.empty(file)))));
                    else places.remove(id);
                }
                case "documents" -> {
                    if (present) documents.put(id, loader.document(id, new Fields(loader.yaml(file, "document").orElse(loader.empty(file)))));
                    else documents.remove(id);
                }
                default -> throw new IllegalArgumentException("not an actor, place or document file: " + f);
            }
        }
        Corpus corpus = new Corpus(previous.portal(), sources, actors, places, previous.measures(), previous.pages(), documents);
        return new LoadResult(corpus, loader.problems);
    }

}
