package briefing;

import briefing.link.LinkedCorpus;
import briefing.link.Linker;
import briefing.load.ContentLoader;
import briefing.load.LoadResult;
import briefing.model.ContentException;
import briefing.model.Corpus;
import briefing.model.Problem;
import briefing.validate.Validator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A small content tree in a temporary project folder, for tests: {@link #minimal(Path)} writes a valid tree whose
 * line numbers the tests rely on; the other methods break or extend it one file at a time.
 */
public final class ContentTree {
    private final Path project;

    private ContentTree(Path project) {
        this.project = project;
    }

    /** The content tree already in {@code project} (e.g. a copied fixture). */
    public static ContentTree at(Path project) {
        return new ContentTree(project);
    }

    /** An empty content folder under {@code project}. */
    public static ContentTree empty(Path project) {
        ContentTree t = new ContentTree(project);
        try {
            Files.createDirectories(t.content());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return t;
    }

    /**
     * A valid tree: three actors, three nested places, two measures, two sources that both report
     * {@code minusma-created} and give the same troop figure, and one editorial page.
     */
    public static ContentTree minimal(Path project) {
        return empty(project)
                .write("portal.yaml", """
                        title: Test Briefing
                        tagline: A tiny portal for tests
                        topic: minusma
                        language: en
                        base_path: /test/
                        """)
                .write("measures.yaml", """
                        troops: {label: Troops deployed, unit: soldiers}
                        peacekeepers-killed: {label: Peacekeepers killed, unit: people}
                        """)
                .write("actors/minusma.yaml", """
                        name: MINUSMA
                        kind: mission
                        aliases: [MUNUSMA, UN mission in Mali]
                        description: The UN mission in Mali.
                        country: mali
                        """)
                .write("actors/wagner-group.yaml", """
                        name: Wagner Group
                        kind: armed-group
                        aliases: [Wagner]
                        description: Russian paramilitaries.
                        """)
                .write("actors/un-security-council.yaml", """
                        name: UN Security Council
                        kind: un-body
                        aliases: [Security Council]
                        description: The UN body that sets mandates.
                        """)
                .write("places/mali.yaml", """
                        name: Mali
                        kind: country
                        lat: 17.0
                        lon: -4.0
                        """)
                .write("places/kidal-region.yaml", """
                        name: Kidal region
                        kind: region
                        within: mali
                        lat: 19.0
                        lon: 1.0
                        """)
                .write("places/kidal.yaml", """
                        name: Kidal
                        kind: town
                        within: kidal-region
                        lat: 18.44
                        lon: 1.41
                        """)
                .write("sources/alpha-2013/source.yaml", """
                        title: Alpha report
                        publisher: Alpha Press
                        authors: [Jane Doe]
                        published: 2013-05-02
                        url: https://alpha.example/report
                        kind: news
                        language: en
                        """)
                .write("sources/alpha-2013/summary.md", """
                        The UN Security Council created MINUSMA on 25 April 2013.

                        Wagner arrived in Mali much later.
                        """)
                .write("sources/alpha-2013/facts.yaml", """
                        events:
                          - id: minusma-created
                            date: 2013-04-25
                            title: MINUSMA is created
                            actors: [un-security-council, minusma]
                            places: [mali]
                        figures:
                          - measure: troops
                            subject: minusma
                            value: 11200
                            qualifier: up-to
                            as_of: 2013-04
                        statements:
                          - actor: un-security-council
                            date: 2013-04-25
                            quote: "all necessary means"
                            about: [minusma]
                        """)
                .write("sources/beta-2019/source.yaml", """
                        title: Beta roundup
                        publisher: Beta Weekly
                        published: 2019-01-28/2019-02-01
                        kind: roundup
                        language: en
                        """)
                .write("sources/beta-2019/summary.md", """
                        MINUSMA was attacked in Kidal.
                        """)
                .write("sources/beta-2019/facts.yaml", """
                        events:
                          - id: minusma-created
                            date: 2013-04
                            title: MINUSMA set up
                            actors: [minusma]
                            places: [mali]
                          - id: kidal-attack
                            date: 2019-01-20
                            title: Attack in Kidal
                            actors: [minusma, wagner-group]
                            places: [kidal]
                        figures:
                          - measure: troops
                            subject: minusma
                            value: 11200
                            qualifier: up-to
                            as_of: 2013-04-25
                        """)
                .write("pages/methodology.md", """
                        # Methodology

                        How the [[minusma]] portal is made.
                        """);
    }

    /** Copies the real templates and assets in, so that the tree can be built into a site. */
    public ContentTree withTemplatesAndAssets() {
        for (String dir : List.of("templates", "assets")) {
            Path from = BuiltSite.projectRoot().resolve(dir);
            try (java.util.stream.Stream<Path> s = Files.walk(from)) {
                for (Path p : s.toList()) {
                    Path target = project.resolve(dir).resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(target);
                    else Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return this;
    }

    public Path project() {
        return project;
    }

    public Path content() {
        return project.resolve("content");
    }

    /** Writes {@code text} (UTF-8) to {@code content/<rel>}, creating folders. */
    public ContentTree write(String rel, String text) {
        return writeBytes(rel, text.getBytes(StandardCharsets.UTF_8));
    }

    public ContentTree writeBytes(String rel, byte[] bytes) {
        try {
            Path f = content().resolve(rel);
            Files.createDirectories(f.getParent());
            Files.write(f, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public String read(String rel) {
        try {
            return Files.readString(content().resolve(rel), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the one occurrence of {@code from} in {@code content/<rel>}; fails the test if it is not there once. */
    public ContentTree replace(String rel, String from, String to) {
        String text = read(rel);
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) fail("'" + from + "' is not in " + rel + " exactly once:\n" + text);
        return write(rel, text.substring(0, at) + to + text.substring(at + from.length()));
    }

    /** Moves {@code content/<from>} to {@code content/<to>}. */
    public ContentTree rename(String from, String to) {
        try {
            Path target = content().resolve(to);
            Files.createDirectories(target.getParent());
            Files.move(content().resolve(from), target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public ContentTree delete(String rel) {
        try {
            Files.delete(content().resolve(rel));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public LoadResult load() {
        return ContentLoader.load(content());
    }

    /** Every problem the loader and the validator report, sorted, as {@code Briefing.validate} would throw them. */
    public List<Problem> problems() {
        try {
            Briefing.validate(content());
            return List.of();
        } catch (ContentException e) {
            return e.problems();
        }
    }

    /** The problems as the lines an editor sees. */
    public List<String> messages() {
        List<String> out = new ArrayList<>();
        problems().forEach(p -> out.add(p.toString()));
        return out;
    }

    /** The corpus, asserting the tree is valid. */
    public Corpus corpus() {
        List<String> problems = messages();
        assertTrue(problems.isEmpty(), () -> "content should be valid but has:\n" + String.join("\n", problems));
        return load().corpus();
    }

    public LinkedCorpus linked() {
        return Linker.link(corpus());
    }
}
