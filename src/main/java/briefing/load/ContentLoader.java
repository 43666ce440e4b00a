package briefing.load;

import briefing.model.Actor;
import briefing.model.Coordinates;
import briefing.model.Document;
import briefing.model.MapSettings;
import briefing.model.Text;
import briefing.model.Vocabulary;
import briefing.model.Corpus;
import briefing.model.EditorialPage;
import briefing.model.Event;
import briefing.model.Figure;
import briefing.model.Markdown;
import briefing.model.Measure;
import briefing.model.Origin;
import briefing.model.Place;
import briefing.model.Portal;
import briefing.model.Problem;
import briefing.model.Ref;
import briefing.model.Source;
import briefing.model.Statement;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * Stage 1, load: reads {@code content/} into a {@link Corpus} of immutable records, each remembering its file, line
 * and column. Reports every file-level problem it meets (encoding, YAML syntax, structure against the JSON Schemas)
 * and goes on, so that one run lists them all; meaning (ids, references, dates) is the validator's job.
 */
public final class ContentLoader {
    final Path content;
    final ContentFiles files;
    /** The YAML files read and parsed before their records are made (all of them for {@link #load}). */
    private final Map<Path, ContentFiles.Parsed> ahead;
    final List<Problem> problems = new ArrayList<>();
    /** The portal's languages, the default first: known once portal.yaml is read, before anything else. */
    Languages languages = new Languages(List.of("en"));

    ContentLoader(Path content, Map<Path, ContentFiles.Parsed> ahead) {
        this.content = content.toAbsolutePath().normalize();
        this.files = ContentFiles.of(this.content);
        this.ahead = ahead;
    }

    /** A loader of the same folder with its own problems: one per file or folder read in parallel. */
    private ContentLoader(ContentLoader of) {
        this.content = of.content;
        this.files = of.files;
        this.ahead = of.ahead;
        this.languages = of.languages;
    }

    private record Read<T>(T value, List<Problem> problems) {
    }

    /**
     * {@code read} applied to each path on all cores, each with a loader of its own; the values, and the problems
     * added to this loader, come in the order of {@code paths}, as if they had been read one after the other.
     */
    private <T> List<T> inParallel(List<Path> paths, BiFunction<ContentLoader, Path, T> read) {
        List<Read<T>> done = paths.parallelStream().map(p -> {
            ContentLoader own = new ContentLoader(this);
            return new Read<>(read.apply(own, p), own.problems);
        }).toList();
        done.forEach(r -> problems.addAll(r.problems()));
        return done.stream().map(Read::value).toList();
    }

    /** Loads the content folder; positions are reported relative to its parent (so they read {@code content/...}). */
    public static LoadResult load(Path contentDir) {
        // building the schemas takes longer than reading a small portal: the files are read and parsed meanwhile
        SchemaChecker.buildAhead();
        Path content = contentDir.toAbsolutePath().normalize();
        ContentLoader loader = new ContentLoader(content, ContentFiles.of(content).parseAll(yamlFilesOf(content)));
        Corpus corpus = loader.corpus();
        return new LoadResult(corpus, loader.problems);
    }

    /** The YAML files of the corpus: those {@link #corpus} reads, where they are (problems are reported as they are met). */
    private static List<Path> yamlFilesOf(Path content) {
        List<Path> out = new ArrayList<>();
        Stream.of(content.resolve("portal.yaml"), content.resolve("measures.yaml")).filter(Files::isRegularFile).forEach(out::add);
        for (Path dir : ContentFiles.children(content.resolve("sources"), Files::isDirectory)) {
            Stream.of(dir.resolve("source.yaml"), dir.resolve("facts.yaml")).filter(Files::isRegularFile).forEach(out::add);
        }
        for (String folder : List.of("actors", "places", "documents")) {
            out.addAll(ContentFiles.children(content.resolve(folder), f -> (f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    && Files.isRegularFile(f)));
        }
        return out;
    }

    private Corpus corpus() {
        if (!Files.isDirectory(content)) {
            problems.add(new Problem(Origin.of(name(content)), "content folder not found; run from the project's top folder"));
        }
        Portal portal = portal();
        languages = new Languages(portal.languages().stream().map(Text::value).toList());
        SortedMap<String, Source> sources = new TreeMap<>();
        List<Path> sourceDirs = ContentFiles.children(content.resolve("sources"), Files::isDirectory).stream()
                .filter(d -> !files.refused(d, problems)).toList();
        for (Source s : inParallel(sourceDirs, ContentLoader::source)) {
            sources.put(s.id(), s);
        }
        SortedMap<String, Actor> actors = new TreeMap<>();
        // an unreadable file still names its actor, so that references to it are not reported as unknown too
        for (Actor a : inParallel(yamlFiles(content.resolve("actors")),
                (l, f) -> l.actor(id(f), new Fields(l.yaml(f, "actor").orElse(l.empty(f)))))) {
            actors.put(a.id(), a);
        }
        SortedMap<String, Place> places = new TreeMap<>();
        for (Place p : inParallel(yamlFiles(content.resolve("places")),
                (l, f) -> l.place(id(f), new Fields(l.yaml(f, "place").orElse(l.empty(f)))))) {
            places.put(p.id(), p);
        }
        SortedMap<String, Measure> measures = new TreeMap<>();
        Path measuresFile = content.resolve("measures.yaml");
        if (!Files.exists(measuresFile) && sources.values().stream().anyMatch(s -> !s.figures().isEmpty())) {
            problems.add(new Problem(Origin.of(name(measuresFile)), "missing: figures need content/measures.yaml, the list of"
                    + " measures they count (e.g. troops: {label: Troops deployed, unit: soldiers})"));
        }
        if (Files.exists(measuresFile)) {
            Optional<YamlNode> parsed = yaml(measuresFile, "measures");
            if (parsed.isPresent() && parsed.get() instanceof YamlNode.MapNode m && m.entries().isEmpty()
                    && sources.values().stream().anyMatch(s -> !s.figures().isEmpty())) {
                problems.add(new Problem(Origin.of(name(measuresFile)), "no measures defined, but figures need them"
                        + " (e.g. troops: {label: Troops deployed, unit: soldiers})"));
            }
            parsed.ifPresent(n -> {
                if (n instanceof YamlNode.MapNode map) {
                    map.entries().forEach((id, node) -> {
                        Fields f = new Fields(node);
                        measures.put(id, new Measure(id, text(f, "label"), text(f, "unit"), text(f, "unit_one"), f.optional("unit_gender"), text(f, "description"),
                                map.keys().get(id)));
                    });
                }
            });
        }
        return new Corpus(portal, sources, actors, places, measures, pages(), documents());
    }

    // --- documents (content/documents/<id>.yaml) ----------------------------------------------------------------

    /** The documents the sources refer to; a portal without the folder has none. */
    private SortedMap<String, Document> documents() {
        SortedMap<String, Document> documents = new TreeMap<>();
        for (Document d : inParallel(yamlFiles(content.resolve("documents")),
                (l, f) -> l.document(id(f), new Fields(l.yaml(f, "document").orElse(l.empty(f)))))) {
            documents.put(d.id(), d);
        }
        return documents;
    }

    Document document(String id, Fields f) {
        Text date = f.text("date");
        return new Document(id, text(f, "title"), f.text("kind"), f.optional("symbol"),
                date.value().isEmpty() ? Optional.empty() : Optional.of(date), f.optionalRef("issuer"), texts(f, "aliases"),
                f.optional("url"), text(f, "description"), f.origin());
    }

    // --- editorial pages (content/pages/<slug>.md, and <slug>.<lang>.md in the portal's other languages) ---------

    private SortedMap<String, EditorialPage> pages() {
        SortedMap<String, Markdown> plain = new TreeMap<>();
        SortedMap<String, SortedMap<String, Markdown>> translated = new TreeMap<>();
        for (Path f : ContentFiles.children(content.resolve("pages"), p -> p.toString().endsWith(".md"))) {
            String file = f.getFileName().toString();
            Optional<String[]> other = languages.translated(file);
            markdown(f).ifPresent(md -> {
                if (other.isPresent()) translated.computeIfAbsent(other.get()[0], k -> new TreeMap<>()).put(other.get()[1], md);
                else plain.put(file.replaceFirst("\\.md$", ""), md);
            });
        }
        SortedMap<String, EditorialPage> pages = new TreeMap<>();
        plain.forEach((slug, md) -> {
            SortedMap<String, Markdown> all = new TreeMap<>(translated.getOrDefault(slug, new TreeMap<>()));
            all.put(languages.first(), md);
            // each language's title as its editor wrote it (front matter or first heading), taken out of its body
            SortedMap<String, Markdown> bodies = new TreeMap<>();
            SortedMap<String, String> titles = new TreeMap<>();
            all.forEach((language, text) -> {
                Placeholders.check(text, problems);
                PageTitles.Titled t = PageTitles.split(text, problems);
                bodies.put(language, t.body());
                t.title().ifPresent(title -> titles.put(language, title));
            });
            pages.put(slug, new EditorialPage(slug, briefing.model.Localized.of(bodies, languages.first()),
                    briefing.model.Localized.of(titles, languages.first())));
        });
        translated.forEach((slug, byLanguage) -> {
            if (!plain.containsKey(slug)) byLanguage.forEach((l, md) -> problems.add(new Problem(md.origin(), "a page in '" + l
                    + "' without its page in " + languages.first() + ", the default language: add content/pages/" + slug
                    + ".md (every page exists in the default language; the others translate it)")));
        });
        return pages;
    }

    private briefing.model.Localized<String> text(Fields f, String name) {
        return languages.text(f, name, problems);
    }

    private briefing.model.Localized<List<String>> texts(Fields f, String name) {
        return languages.texts(f, name, problems);
    }

    private Portal portal() {
        Path f = content.resolve("portal.yaml");
        Origin at = Origin.of(name(f));
        if (!Files.exists(f)) {
            problems.add(new Problem(at, "missing: every portal needs content/portal.yaml (title, tagline, language, base_path)"));
            return new Portal("", "", Optional.empty(), new Text("en", at), "/", Optional.empty(), List.of(), Vocabulary.defaults(),
                    MapSettings.AUTOMATIC, at);
        }
        Fields p = new Fields(yaml(f, "portal").orElse(new YamlNode.MapNode(Map.of(), Map.of(), at)));
        List<Text> named = Languages.named(p, problems);
        Text language = named.get(0);
        languages = new Languages(named.stream().map(Text::value).toList());
        Vocabulary defaults = Vocabulary.defaults();
        String first = language.value();
        Vocabulary vocabulary = new Vocabulary(
                p.nested("actor_kinds").map(k -> VocabularyReader.extend(defaults.actorKinds(), VocabularyReader.kinds(k, first)))
                        .orElse(defaults.actorKinds()),
                p.nested("place_kinds").map(k -> VocabularyReader.extend(defaults.placeKinds(), VocabularyReader.kinds(k, first)))
                        .orElse(defaults.placeKinds()),
                p.nested("timeline_marks").map(k -> VocabularyReader.marks(k, first)).orElse(defaults.timelineMarks()),
                p.nested("document_kinds").map(k -> VocabularyReader.extend(defaults.documentKinds(), VocabularyReader.kinds(k, first)))
                        .orElse(defaults.documentKinds()),
                p.nested("tags").map(k -> VocabularyReader.kinds(k, first)).orElse(List.of()));
        MapSettings map = p.nested("map").map(m -> new MapSettings(m.nested("frame").map(b -> new MapSettings.Frame(
                b.number("west").map(BigDecimal::doubleValue).orElse(-180.0), b.number("south").map(BigDecimal::doubleValue).orElse(-90.0),
                b.number("east").map(BigDecimal::doubleValue).orElse(180.0), b.number("north").map(BigDecimal::doubleValue).orElse(90.0),
                b.origin())), m.texts("focus"))).orElse(MapSettings.AUTOMATIC);
        return new Portal(text(p, "title"), text(p, "tagline"), p.optionalRef("topic"), language, named,
                p.optional("base_path").orElse("/"), p.optional("url"), p.refs("key_measures"), vocabulary, map, p.origin());
    }

    Source source(Path dir) {
        String id = dir.getFileName().toString();
        Path sourceFile = dir.resolve("source.yaml");
        Origin at = Origin.of(name(sourceFile));
        Fields s;
        if (Files.exists(sourceFile)) {
            s = new Fields(yaml(sourceFile, "source").orElse(new YamlNode.MapNode(Map.of(), Map.of(), at)));
        } else {
            problems.add(new Problem(at, "missing: every source folder needs source.yaml (title, publisher, published, kind, language)"));
            s = new Fields(new YamlNode.MapNode(Map.of(), Map.of(), at));
        }
        Path summaryFile = dir.resolve("summary.md");
        SortedMap<String, Markdown> summaries = new TreeMap<>();
        summaries.put(languages.first(), summary(summaryFile));
        if (!Files.exists(summaryFile)) {
            problems.add(new Problem(Origin.of(name(summaryFile)), "missing: every source folder needs summary.md, the summary in your own words"));
        }
        for (String l : languages.others()) {
            Path translated = dir.resolve("summary." + l + ".md");
            if (Files.exists(translated)) summaries.put(l, summary(translated));
        }
        List<Event> events = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        Path factsFile = dir.resolve("facts.yaml");
        if (Files.exists(factsFile)) {
            yaml(factsFile, "facts").map(Fields::new).ifPresent(f -> {
                for (YamlNode n : f.list("events")) events.add(event(id, new Fields(n)));
                for (YamlNode n : f.list("figures")) figures.add(figure(id, new Fields(n)));
                for (YamlNode n : f.list("statements")) statements.add(statement(id, new Fields(n)));
            });
        }
        for (Path other : ContentFiles.children(dir, p -> true)) {
            String n = other.getFileName().toString();
            if (!List.of("source.yaml", "summary.md", "facts.yaml").contains(n) && !languages.summaryFiles().contains(n) && !n.startsWith(".")) {
                problems.add(new Problem(Origin.of(name(other)), "unexpected file in a source folder; a source has source.yaml,"
                        + " summary.md and facts.yaml" + (n.endsWith(".yml") ? " (rename .yml to .yaml)" : "")));
            }
        }
        return new Source(id, s.string("title"), s.string("publisher"), s.strings("authors"), s.text("published"),
                s.optional("url"), s.optional("license"), s.text("kind"), s.optional("language").orElse(""),
                text(s, "scope_note"), text(s, "provenance_note"),
                briefing.model.Localized.of(summaries, languages.first()), events, figures, statements,
                s.origin());
    }

    /** A summary file (in any of the portal's languages), checked for placeholders and emptiness. */
    private Markdown summary(Path file) {
        Markdown summary = new Markdown("", Origin.of(name(file)));
        if (!Files.exists(file)) return summary;
        Optional<Markdown> read = markdown(file);
        summary = read.orElse(summary);
        Placeholders.check(summary, problems);
        if (read.isPresent() && summary.text().isBlank()) {
            problems.add(new Problem(summary.origin(), "the summary is empty; write 250-600 words in your own words"));
        }
        return summary;
    }

    private Event event(String sourceId, Fields f) {
        return new Event(f.text("id"), sourceId, f.text("date"), text(f, "title"), f.refs("actors"), f.refs("places"),
                f.strings("tags"), text(f, "note"), f.string("status").equals("planned"), f.origin(), f.refs("documents"));
    }

    private static Figure figure(String sourceId, Fields f) {
        return new Figure(sourceId, f.ref("measure"), f.ref("subject"), f.number("value").orElse(BigDecimal.ZERO),
                f.text("qualifier"), f.text("as_of"), f.optional("note"), f.origin());
    }

    private static Statement statement(String sourceId, Fields f) {
        return new Statement(sourceId, f.ref("actor"), f.text("date"), f.text("quote"), f.refs("about"),
                f.optional("note"), f.origin());
    }

    Actor actor(String id, Fields f) {
        return new Actor(id, text(f, "name"), f.text("kind"), texts(f, "aliases"), text(f, "description"),
                f.optionalRef("country"), f.origin());
    }

    Place place(String id, Fields f) {
        if (f.has("lat") != f.has("lon")) {
            String given = f.has("lat") ? "lat" : "lon", other = f.has("lat") ? "lon" : "lat";
            problems.add(new Problem(f.text(given).origin(), "'" + given + "' without '" + other + "': give both coordinates, or"
                    + " neither when the place's position is not known (it is then left off the map)"));
        }
        Optional<Coordinates> at = f.number("lat").flatMap(lat -> f.number("lon")
                .map(lon -> new Coordinates(lat.doubleValue(), lon.doubleValue())));
        return new Place(id, text(f, "name"), f.text("kind"), f.optionalRef("within"), at, texts(f, "aliases"), f.origin());
    }

    // --- files -------------------------------------------------------------------------------------------------

    /** The file's YAML (parsed ahead, or now), checked against its schema and for placeholders. */
    Optional<YamlNode> yaml(Path file, String schema) {
        ContentFiles.Parsed parsed = ahead.containsKey(file) ? ahead.get(file) : files.parse(file);
        problems.addAll(parsed.problems());
        Optional<YamlNode> node = parsed.node();
        node.ifPresent(n -> {
            SchemaChecker.load(schema).check(n, problems);
            Placeholders.check(n, "", problems);
        });
        if (node.isEmpty() && parsed.problems().isEmpty()) {
            problems.add(new Problem(Origin.of(name(file)), "the file is empty; see schemas/" + schema + ".schema.json for its fields"));
        }
        return node;
    }

    YamlNode empty(Path file) {
        return new YamlNode.MapNode(Map.of(), Map.of(), Origin.of(name(file)));
    }

    private Optional<Markdown> markdown(Path file) {
        Optional<Markdown> md = files.read(file, problems).map(text -> new Markdown(text, new Origin(name(file), 1, 1)));
        return md.filter(m -> MarkdownNesting.fine(m, problems)); // nested too deep: not handed to the Markdown parser
    }

    private List<Path> yamlFiles(Path dir) {
        List<Path> out = new ArrayList<>();
        for (Path f : ContentFiles.children(dir, Files::isRegularFile)) {
            String n = f.getFileName().toString();
            if (n.endsWith(".yaml")) {
                out.add(f);
            } else if (n.endsWith(".yml")) {
                out.add(f); // read all the same, so that references to it are not reported as unknown too
                problems.add(new Problem(Origin.of(name(f)), "rename .yml to .yaml: the portal's files end in .yaml"));
            } else if (!n.startsWith(".")) {
                problems.add(new Problem(Origin.of(name(f)), "not read: only .yaml files belong here"));
            }
        }
        return out;
    }

    static String id(Path file) {
        return file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    }

    private String name(Path p) {
        return files.name(p);
    }
}
