package briefing;

import briefing.bake.BakeException;
import briefing.bake.Bakery;
import briefing.check.LinkCheck;
import briefing.check.SiteCheck;
import briefing.emit.DataExport;
import briefing.emit.Page;
import briefing.emit.PagePlanner;
import briefing.emit.ProjectWriter;
import briefing.i18n.Messages;
import briefing.link.LinkedCorpus;
import briefing.link.Linker;
import briefing.load.ContentLoader;
import briefing.load.LoadResult;
import briefing.model.ContentException;
import briefing.model.Corpus;
import briefing.model.Problem;
import briefing.model.Text;
import briefing.search.SearchException;
import briefing.search.SearchIndexer;
import briefing.validate.Validator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The pipeline in one place: load → validate → link → emit → bake → check → index, then swap the new site in.
 * Each stage is a package of its own and only reads what the stage before it produced.
 */
public final class Briefing {
    private Briefing() {
    }

    /** How to build: {@code search} runs Pagefind over the site (needs Node.js); tests and benches may leave it out. */
    public record Options(boolean search, Optional<String> basePath, Optional<String> siteUrl) {
        public static final Options DEFAULT = new Options(true, Optional.empty(), Optional.empty());

        public Options(boolean search) {
            this(search, Optional.empty(), Optional.empty());
        }
    }

    /** What a successful build made, for the summary line. */
    public record Report(Corpus corpus, LinkedCorpus linked, int pages, long millis, Path site, Map<String, Long> stageMillis,
                         List<Problem> warnings) {
        public String summary() {
            return "Built %s, %s, %s, %s, %s in %.1f s -> %s".formatted(count(corpus.sources().size(), "source"),
                    count(corpus.actors().size(), "actor"), count(corpus.places().size(), "place"),
                    count(linked.events().size(), "event"), count(pages, "page"), millis / 1000.0, site);
        }

        /** "1 source", "2 sources": the same counts as validate's line. */
        private static String count(int n, String thing) {
            return n + " " + thing + (n == 1 ? "" : "s");
        }
    }

    /**
     * Loads and validates the content folder; throws with every problem found, sorted by file and line. The portal's
     * language must have interface text, in the engine or in the portal's own {@code i18n/} beside {@code content}.
     */
    public static Corpus validate(Path content) throws ContentException {
        return check(content).corpus();
    }

    /** Valid content and the warnings found in it (the build goes on; commands print them). */
    public record Checked(Corpus corpus, List<Problem> warnings) {
        public Checked {
            warnings = warnings.stream().sorted().toList();
        }
    }

    /** As {@link #validate(Path)}, keeping the warnings: errors throw (the errors alone). */
    public static Checked check(Path content) throws ContentException {
        return check(content, ContentLoader.load(content));
    }

    /**
     * As {@link #check(Path)}, of the content {@code loaded} from {@code content} (the preview reads only the files an
     * edit changed, then checks the whole corpus).
     */
    public static Checked check(Path content, LoadResult loaded) throws ContentException {
        List<Problem> problems = new ArrayList<>(loaded.problems());
        problems.addAll(Validator.validate(loaded.corpus()));
        Text language = loaded.corpus().portal().language();
        Optional<Path> i18n = i18n(content);
        if (!Messages.available(language.value(), i18n)) {
            problems.add(new Problem(language.origin(), Messages.missing(language.value(), i18n)));
        } else {
            problems.addAll(briefing.validate.Counts.check(loaded.corpus(), Messages.load(language.value(), i18n)));
        }
        // with errors, exactly the errors: the warnings are shown once the content builds
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) throw new ContentException(errors);
        return new Checked(loaded.corpus(), problems);
    }

    private static Optional<Path> i18n(Path content) {
        Path dir = content.toAbsolutePath().normalize().resolveSibling("i18n");
        return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }

    /**
     * Builds the portal of {@code project} (its content/, templates/ and assets/) into {@code site}. Nothing in
     * {@code site} changes unless the whole build succeeds: the site is baked into a staging folder beside it and
     * swapped in at the end.
     */
    public static Report build(Path project, Path site) throws ContentException, BakeException, SearchException {
        return build(project, site, Options.DEFAULT);
    }

    /** Builds the portal in the folder {@code portal} with the engine found by {@link Project#engineHome()}. */
    public static Report build(Path portal, Path site, Options options) throws ContentException, BakeException, SearchException {
        return build(Project.of(portal), site, options);
    }

    public static Report build(Project project, Path site, Options options) throws ContentException, BakeException, SearchException {
        long start = System.nanoTime();
        Stopwatch clock = new Stopwatch();
        Checked checked = check(project.content());
        Corpus loaded = checked.corpus();
        Messages messages = Messages.load(loaded.portal().language().value(), project.i18n());
        // {sources}, {events} ... in the tagline and pages: the counts, always right
        Corpus filled = briefing.validate.Counts.fill(loaded, messages);
        Corpus corpus = filled.withPortal(filled.portal().publishedAt(options.basePath(), options.siteUrl()));
        clock.lap("load+validate");
        LinkedCorpus linked = Linker.link(corpus);
        clock.lap("link");
        List<Page> pages = PagePlanner.plan(linked, messages);
        Path work = site.toAbsolutePath().getParent();
        Path derived = work.resolve(site.getFileName() + ".jbake"); // the derived JBake project, kept for inspection
        Path staging = work.resolve(site.getFileName() + ".staging");
        ProjectWriter.write(pages, project.templates(), project.assets(), derived);
        DataExport.write(linked, derived.resolve("assets")); // JBake copies assets/ to the site root
        ProjectWriter.deleteTree(staging);
        clock.lap("emit");
        int baked;
        try {
            Bakery bakery = Bakery.prepare(derived, PagePlanner.site(corpus, messages), messages);
            // the assets first: then the site's every file is known before a page is written, and the link check reads
            // each page as the bake writes it (on the bake's threads) instead of reading ten thousand files back
            bakery.copyAssets(staging);
            List<String> files = new ArrayList<>(LinkCheck.filesOf(staging));
            pages.forEach(p -> files.add(p.url()));
            LinkCheck links = LinkCheck.streaming(staging, corpus.portal().basePath(), files);
            baked = bakery.render(pages, staging, links::page);
            clock.lap("bake");
            List<SiteCheck.Planned> planned = SiteCheck.planned(pages);
            // the folders of the pages search finds: Pagefind reads those, not the numbered pages of long lists
            java.util.Set<String> searched = new java.util.TreeSet<>();
            pages.stream().filter(PagePlanner::searched)
                    .forEach(p -> searched.add(p.url().contains("/") ? p.url().substring(0, p.url().lastIndexOf('/')) : ""));
            pages = null; // the page models are done with: let them go before the check reads the site
            // Pagefind (another process) indexes the site while the check finishes: both only read the pages, Pagefind
            // writes into pagefind/ alone, which the check leaves out; a site that fails its check is still not published
            CompletableFuture<Void> index = options.search() ? CompletableFuture.runAsync(() -> {
                try {
                    SearchIndexer.index(staging, searched);
                } catch (SearchException e) {
                    throw new CompletionException(e);
                }
            }, Briefing::daemon) : CompletableFuture.completedFuture(null);
            List<String> failures;
            try {
                failures = new ArrayList<>(SiteCheck.verify(staging, planned));
                failures.addAll(links.finish());
            } catch (RuntimeException e) {
                finish(index);
                throw e;
            }
            if (!failures.isEmpty()) {
                finish(index);
                throw new BakeException("the baked site failed its check", failures);
            }
            clock.lap("check");
            if (options.search()) {
                awaitIndex(index);
                clock.lap("index"); // the part of Pagefind's run that the check did not overlap
            }
        } catch (BakeException | SearchException | RuntimeException e) {
            ProjectWriter.deleteTree(staging); // a failed build leaves nothing half-made beside the last good site
            throw e;
        }
        swap(staging, site);
        return new Report(corpus, linked, baked, (System.nanoTime() - start) / 1_000_000, site.normalize(), clock.laps(), checked.warnings());
    }

    private static void daemon(Runnable r) {
        Thread t = new Thread(r, "search-index");
        t.setDaemon(true);
        t.start();
    }

    /** Waits for the search index, whatever its outcome (before the staging folder is deleted after a failed check). */
    private static void finish(CompletableFuture<Void> index) {
        try {
            index.join();
        } catch (CompletionException | java.util.concurrent.CancellationException ignored) {
            // the check's failure is the one reported
        }
    }

    private static void awaitIndex(CompletableFuture<Void> index) throws SearchException {
        try {
            index.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof SearchException s) throw s;
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /** Times the stages of one build, in order. */
    private static final class Stopwatch {
        private final Map<String, Long> laps = new LinkedHashMap<>();
        private long last = System.nanoTime();

        void lap(String stage) {
            long now = System.nanoTime();
            laps.put(stage, (now - last) / 1_000_000);
            last = now;
        }

        Map<String, Long> laps() {
            return Collections.unmodifiableMap(laps);
        }
    }

    private static void swap(Path staging, Path site) {
        try {
            Path old = site.resolveSibling(site.getFileName() + ".old");
            ProjectWriter.deleteTree(old);
            if (Files.exists(site)) Files.move(site, old, StandardCopyOption.ATOMIC_MOVE);
            Files.move(staging, site, StandardCopyOption.ATOMIC_MOVE);
            deleteInParallel(old);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a folder's files on every core (the previous site: ten thousand files at scale), then its folders. */
    private static void deleteInParallel(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        List<Path> folders = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
            all.forEach(p -> (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? folders : files).add(p));
        }
        files.parallelStream().forEach(f -> {
            try {
                Files.delete(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        folders.sort(java.util.Comparator.reverseOrder());
        for (Path f : folders) Files.delete(f);
    }
}
