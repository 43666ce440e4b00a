package briefing;

import briefing.bake.BakeException;
import briefing.bake.Bakery;
import briefing.bake.RenderCache;
import briefing.check.LinkCheck;
import briefing.check.SiteCheck;
import briefing.emit.Edition;
import briefing.emit.Page;
import briefing.emit.PagePlanner;
import briefing.emit.ProjectWriter;
import briefing.files.ProjectFiles;
import briefing.files.SiteException;
import briefing.files.SiteFolder;
import briefing.i18n.Messages;
import briefing.link.LinkedCorpus;
import briefing.link.Linker;
import briefing.load.ContentLoader;
import briefing.load.LoadResult;
import briefing.model.ContentException;
import briefing.model.Corpus;
import briefing.model.Origin;
import briefing.model.Portal;
import briefing.model.Problem;
import briefing.model.SiteOrigin;
import briefing.model.Text;
import briefing.search.SearchException;
import briefing.search.SearchIndexer;
import briefing.search.SearchStream;
import briefing.validate.Validator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /**
     * How to build: {@code search} runs Pagefind over the site (needs Node.js); {@code cms} adds the web CMS in admin/
     * (its code comes from npm once); tests and benches may leave them out. {@code cache}: the folder of the render
     * cache ({@link RenderCache}), to reuse the previous site's pages that did not change; none by default.
     */
    public record Options(boolean search, boolean cms, Optional<String> basePath, Optional<String> siteUrl, Optional<Path> cache,
                          int part, int searchBundle, boolean keepEdition) {
        public static final Options DEFAULT = new Options(true, true, Optional.empty(), Optional.empty());

        public Options(boolean search, boolean cms, Optional<String> basePath, Optional<String> siteUrl) {
            this(search, cms, basePath, siteUrl, Optional.empty(), PagePlanner.PART, SearchStream.PAGES_PER_BUNDLE, false);
        }

        /** These options, keeping the render cache in {@code dir}. */
        public Options withCache(Path dir) {
            return new Options(search, cms, basePath, siteUrl, Optional.of(dir), part, searchBundle, keepEdition);
        }

        public Options(boolean search) {
            this(search, false, Optional.empty(), Optional.empty());
        }

        public Options(boolean search, Optional<String> basePath, Optional<String> siteUrl) {
            this(search, false, basePath, siteUrl);
        }

        /**
         * These options with {@code part} entities (sources, actors, places, months ...) planned and rendered at a time:
         * the build's memory grows with it, not with the portal; {@code Integer.MAX_VALUE} plans every page of a kind
         * before rendering any, as builds did before they streamed (the output is the same, byte for byte).
         */
        public Options withPart(int part) {
            if (part < 1) throw new IllegalArgumentException("a part holds at least one entity: " + part);
            return new Options(search, cms, basePath, siteUrl, cache, part, searchBundle, keepEdition);
        }

        /**
         * These options with at most {@code pages} pages in each bundle of the search index (one Pagefind process each,
         * its memory growing with its pages): {@link SearchStream#PAGES_PER_BUNDLE} by default.
         */
        public Options withSearchBundle(int pages) {
            if (pages < 1) throw new IllegalArgumentException("a search bundle holds at least one page: " + pages);
            return new Options(search, cms, basePath, siteUrl, cache, part, pages, keepEdition);
        }

        /**
         * These options, keeping the default language's linked edition in the report (the preview plans from it). By
         * default each edition is let go once its pages are written, so that a portal's languages do not add up in memory.
         */
        public Options keepingEdition() {
            return new Options(search, cms, basePath, siteUrl, cache, part, searchBundle, true);
        }
    }

    /**
     * What a successful build made, for the summary line; {@code reused}: the pages taken from the last site (--cache);
     * {@code edition}: the default language's linked edition, when the options kept it ({@link Options#keepEdition}).
     */
    public record Report(Totals totals, Optional<Linked> edition, int pages, long millis, Path site, Map<String, Long> stageMillis,
                         List<Problem> warnings, List<String> notes, int reused, Map<String, Stopwatch.Memory> stageMemory) {
        public Report(Totals totals, int pages, long millis, Path site, Map<String, Long> stageMillis, List<Problem> warnings) {
            this(totals, Optional.empty(), pages, millis, site, stageMillis, warnings, List.of(), 0, Map.of());
        }

        public String summary() {
            return "Built %s, %s, %s, %s, %s%s in %.1f s -> %s".formatted(count(totals.sources(), "source"),
                    count(totals.actors(), "actor"), count(totals.places(), "place"),
                    count(totals.events(), "event"), count(pages, "page"),
                    reused == 0 ? "" : " (" + count(reused, "page") + " reused)", millis / 1000.0, site);
        }

        /** "1 source", "2 sources": the same counts as validate's line. */
        private static String count(int n, String thing) {
            return n + " " + thing + (n == 1 ? "" : "s");
        }
    }

    /** How many sources, actors, places and (merged) events a build made pages for. */
    public record Totals(int sources, int actors, int places, int events) {
        public static Totals of(Corpus corpus, LinkedCorpus linked) {
            return new Totals(corpus.sources().size(), corpus.actors().size(), corpus.places().size(), linked.events().size());
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
        Optional<Path> i18n = i18n(content);
        List<Problem> i18nOutside = i18n.map(dir -> ProjectFiles.holding(content).problemsIn(List.of(dir))).orElse(List.of());
        problems.addAll(i18nOutside);
        // the interface text is read only from a portal whose files may all be read
        if (i18nOutside.isEmpty()) for (Text language : loaded.corpus().portal().languages()) {
            if (!Messages.available(language.value(), i18n)) {
                problems.add(new Problem(language.origin(), Messages.missing(language.value(), i18n)));
            } else {
                Messages texts = Messages.load(language.value(), i18n);
                problems.addAll(briefing.validate.Counts.check(loaded.corpus().in(language.value()), texts));
                untranslated(texts, i18n).ifPresent(problems::add);
            }
        }
        problems.addAll(briefing.validate.Translations.check(loaded.corpus()));
        // with errors, exactly the errors: the warnings are shown once the content builds
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) throw new ContentException(errors);
        return new Checked(loaded.corpus(), problems);
    }

    /** A warning naming the interface texts the portal's language lacks (they show in English), and the file to add them to. */
    private static Optional<Problem> untranslated(Messages texts, Optional<Path> i18n) {
        List<String> keys = texts.untranslated();
        if (keys.isEmpty()) return Optional.empty();
        String file = i18n.map(d -> d.resolve(texts.language() + ".properties").toString()).orElse("i18n/" + texts.language() + ".properties");
        String shown = String.join(", ", keys.subList(0, Math.min(12, keys.size()))) + (keys.size() > 12 ? " and " + (keys.size() - 12) + " more" : "");
        return Optional.of(Problem.warning(Origin.of(file), keys.size() + " interface text" + (keys.size() == 1 ? " is" : "s are")
                + " not translated into '" + texts.language() + "' and show in English: " + shown
                + "; add each key to " + file + " with its translation (the English is in the engine's src/main/resources/i18n/en.properties)"));
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
        options.siteUrl().flatMap(SiteOrigin::problem).ifPresent(why -> {
            throw new SiteException("--site-url " + options.siteUrl().get() + " is not a site's origin: " + why);
        });
        SiteFolder folder = SiteFolder.claim(project.portal(), project.engine(), site);
        // render cache (--cache): the last site's unchanged pages are reused; its manifest is saved after the swap
        Optional<RenderCache> cache = options.cache().map(dir -> RenderCache.open(dir, site, project.portal()));
        // Pagefind's executable is checked (installed the first time) on another thread while the stages below run
        if (options.search()) SearchIndexer.prepare();
        LoadResult files = ContentLoader.load(project.content());
        Linker.prepare(files.corpus()); // what the link stage needs first, read while the corpus is validated
        Checked checked = check(project.content(), files);
        files = null;
        // the templates and assets copied into the site: none may come from outside the project
        List<Problem> outside = project.files().problemsIn(java.util.stream.Stream.of(project.templates(), project.assets())
                .flatMap(List::stream).toList());
        if (!outside.isEmpty()) throw new ContentException(outside);
        // each language's edition is read, linked, planned and rendered in turn, then let go: a portal's languages do not
        // add up in memory; the corpus as loaded stays until the last edition is read (each holds its own reading of it:
        // new records, shared values)
        Corpus loaded = checked.corpus();
        List<Edition> editions = Edition.all(loaded.portal().languages().stream().map(Text::value).toList());
        List<Problem> warnings = checked.warnings();
        checked = null;
        Linked first = read(project, loaded, editions.get(0), options);
        if (editions.size() == 1) loaded = null;
        clock.lap("load+validate");
        first = link(first);
        clock.lap("link");
        Corpus corpus = first.corpus();
        Totals totals = Totals.of(corpus, first.linked());
        Optional<Linked> kept = options.keepEdition() ? Optional.of(first) : Optional.empty();
        Path derived = folder.derived(); // the derived JBake project, kept for inspection
        ProjectWriter.write(project.templates(), project.assets(), derived);
        List<String> notes = new ArrayList<>();
        Path staging = folder.stage();
        clock.lap("emit");
        int baked;
        SearchStream search = null;
        CompletableFuture<Exports.Written> exports = null;
        try {
            // the assets first, then each edition's pages, planned and rendered a part at a time: a part's models are let
            // go once its pages are written, so memory does not grow with the portal; the link check reads each page as
            // the bake writes it (on the bake's threads) instead of reading the files back
            Bakery firstBakery = Bakery.prepare(derived, PagePlanner.site(corpus, first.messages(), first.edition()), first.messages(),
                    cache); // render cache
            // the staging folder may be the spare (the site before the last): what it holds counts only once written again
            LinkCheck links = LinkCheck.streaming(staging, corpus.portal().basePath(), firstBakery.copyAssets(staging));
            // the downloads and the web CMS are written over the assets, on a thread of their own, while the bake goes on
            exports = Exports.start(first.linked(), corpus, project.content(), staging, options.cms());
            // Pagefind indexes each page to be found as it is written, in the plan's order, while the bake goes on
            if (options.search()) search = SearchStream.start(staging, options.searchBundle());
            List<SiteCheck.Planned> planned = new ArrayList<>();
            Portal portal = corpus.portal();
            corpus = null;
            baked = 0;
            for (int i = 0; i < editions.size(); i++) {
                Linked e;
                if (i == 0) {
                    e = first;
                    first = null; // from here the exports (and the report, if kept) alone hold the default edition
                } else { // the next language's edition, linked once the last one's pages are written
                    clock.lap("plan+bake");
                    e = link(read(project, loaded, editions.get(i), options));
                    if (i == editions.size() - 1) loaded = null;
                    clock.lap("link");
                }
                Bakery bakery = i == 0 ? firstBakery
                        : Bakery.prepare(derived, PagePlanner.site(e.corpus(), e.messages(), e.edition()), e.messages(), cache); // render cache
                baked += StreamedBake.edition(PagePlanner.parts(e.linked(), e.messages(), e.edition(), options.part()), bakery, staging, links,
                        search == null ? null : search.inOrder(), search != null && i == editions.size() - 1 ? search::complete : null, planned);
            }
            if (editions.size() > 1) { // one sitemap and robots.txt over every language's pages
                List<Page> indexes = PagePlanner.indexes(planned.stream().map(SiteCheck.Planned::url).toList(), portal);
                baked += firstBakery.render(indexes, staging, links::page);
                planned.addAll(SiteCheck.planned(indexes));
            }
            clock.lap("plan+bake");
            // Pagefind writes its index while the check finishes: it writes into pagefind/ alone, which the check leaves
            // out; a site that fails its check is still not published
            SearchStream indexing = search;
            CompletableFuture<Void> index = indexing != null ? CompletableFuture.runAsync(() -> {
                try {
                    indexing.finish();
                } catch (SearchException e) {
                    throw new CompletionException(e);
                }
            }, Briefing::daemon) : CompletableFuture.completedFuture(null);
            List<String> failures;
            try {
                Exports.Written written = await(exports);
                links.files(written.files());
                written.note().ifPresent(notes::add);
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
                await(index);
                clock.lap("index"); // the part of Pagefind's run that the check did not overlap
            }
            folder.sweep(f -> links.knows(f) || indexing != null && indexing.uses(f)); // the spare's files this build has no use for
        } catch (BakeException | SearchException | RuntimeException | Error e) { // Error: out of memory, above all
            if (search != null) search.close();
            if (exports != null) finish(exports);
            folder.discard(); // a failed build leaves nothing half-made beside the last good site
            throw e;
        }
        folder.swapIn();
        cache.flatMap(RenderCache::save).ifPresent(notes::add); // render cache: the new manifest, now the site is in place
        return new Report(totals, kept, baked, (System.nanoTime() - start) / 1_000_000, site.normalize(), clock.laps(), warnings, notes,
                cache.map(RenderCache::reused).orElse(0), clock.memory()); // render cache: how many pages were reused
    }

    private static void daemon(Runnable r) {
        Thread t = new Thread(r, "search-index");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Waits for work on another thread (the search index, the exports) to stop, whatever its outcome: before the staging
     * folder is deleted after a failure, which is the one reported.
     */
    private static void finish(CompletableFuture<?> work) {
        try {
            work.join();
        } catch (CompletionException | java.util.concurrent.CancellationException ignored) {
            // the build's own failure is the one reported
        }
    }

    /** Waits for work on another thread, its failure thrown as it was. */
    private static <T> T await(CompletableFuture<T> work) throws SearchException {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof SearchException s) throw s;
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /** One language's edition on its way through the pipeline: its interface text, its corpus, then its links. */
    public record Linked(Edition edition, Messages messages, Corpus corpus, LinkedCorpus linked) {
    }

    /**
     * The portal's editions, one per language (the default first): each with its interface text and the corpus read in
     * its language, counts filled in, published where {@code options} say; not linked yet.
     */
    public static List<Linked> read(Project project, Corpus loaded, Options options) {
        return Edition.all(loaded.portal().languages().stream().map(Text::value).toList()).stream()
                .map(edition -> read(project, loaded, edition, options)).toList();
    }

    /** One edition of the portal: its interface text and the corpus read in its language (see the list's). */
    private static Linked read(Project project, Corpus loaded, Edition edition, Options options) {
        // each language's whole site is the same pipeline over the corpus read in that language
        Messages messages = Messages.load(edition.language(), project.i18n());
        // {sources}, {events} ... in the tagline and pages: the counts, always right
        Corpus filled = briefing.validate.Counts.fill(loaded.in(edition.language()), messages);
        return new Linked(edition, messages, filled.withPortal(filled.portal().publishedAt(options.basePath(), options.siteUrl())), null);
    }

    /** The editions linked. */
    public static List<Linked> link(List<Linked> editions) {
        return editions.stream().map(Briefing::link).toList();
    }

    private static Linked link(Linked e) {
        return new Linked(e.edition(), e.messages(), e.corpus(), Linker.link(e.corpus(), e.messages()));
    }

    /**
     * Each linked edition's pages, in its folder; a portal in several languages has one sitemap and robots.txt over them
     * all, planned with the default language's pages.
     */
    public static List<List<Page>> plan(List<Linked> editions) {
        List<List<Page>> byEdition = new ArrayList<>();
        for (Linked e : editions) byEdition.add(new ArrayList<>(PagePlanner.plan(e.linked(), e.messages(), e.edition())));
        if (editions.size() > 1) {
            List<String> all = byEdition.stream().flatMap(List::stream).map(Page::url).toList();
            byEdition.get(0).addAll(PagePlanner.indexes(all, editions.get(0).corpus().portal()));
        }
        return byEdition;
    }
}
