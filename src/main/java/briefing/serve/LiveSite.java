package briefing.serve;

import briefing.Briefing;
import briefing.Project;
import briefing.bake.BakeException;
import briefing.emit.DataExport;
import briefing.emit.Page;
import briefing.emit.PagePlanner;
import briefing.emit.ProjectWriter;
import briefing.emit.svg.Charts;
import briefing.i18n.Messages;
import briefing.link.LinkedCorpus;
import briefing.link.Linker;
import briefing.model.ContentException;
import briefing.model.Corpus;
import briefing.model.Problem;
import briefing.emit.PageReach;
import briefing.load.ContentLoader;
import briefing.load.LoadResult;
import briefing.validate.Validator;
import java.util.ArrayList;
import java.util.TreeSet;
import briefing.search.SearchException;
import briefing.search.SearchIndexer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The preview's site, kept warm between edits. The first build is a full one ({@link Briefing#build}, the
 * reference); after that, a change is taken as far as it reaches: content is loaded, validated, linked and planned
 * again in memory, and only the pages whose model changed (or that are new) are rendered, removed ones deleted; a
 * template re-renders the page kinds that use it; an asset is copied alone. A failed update leaves the site as it was
 * and is retried, whole, with the next change. Not thread-safe: the preview calls it from one thread at a time.
 */
final class LiveSite {
    /** What one build or update did. */
    record Update(boolean full, int rendered, int removed, int copied, int pages, long millis, String stages) {
        String summary() {
            return full ? "built %d pages in %.1f s".formatted(pages, millis / 1000.0)
                    : "updated %d of %d pages (%d removed, %d files copied) in %.2f s (%s)".formatted(rendered, pages, removed, copied,
                    millis / 1000.0, stages);
        }
    }

    /** Milliseconds per step of an update, for the terminal and the bench. */
    private static final class Laps {
        private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
        private final StringBuilder b = new StringBuilder();
        private long last = System.nanoTime();
        private final long cpu = THREADS.getCurrentThreadCpuTime();

        void lap(String what) {
            long now = System.nanoTime();
            if (!b.isEmpty()) b.append(", ");
            b.append(what).append(' ').append((now - last) / 1_000_000).append(" ms");
            last = now;
        }

        /** The steps' times, then the CPU time of this thread (steady on a shared machine, where wall time is not). */
        @Override
        public String toString() {
            return b + "; cpu " + (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000 + " ms";
        }
    }

    private final Project project;
    private final Path site;
    private final boolean search;
    private final Path work;
    private final SubsetBake bake;

    private Map<String, Page> pages = Map.of();
    private Map<String, Object> siteModel = Map.of();
    private Messages messages = Messages.english();
    private boolean stale = true;
    private Changes pending = Changes.NONE;
    /** The content files changed since the last good update (with {@link #pending}). */
    private Set<Path> pendingFiles = Set.of();
    /** The corpus as loaded, and linked, by the last good build or update: what an edit of a few sources starts from. */
    private Corpus lastLoaded;
    private LinkedCorpus lastLinked;
    /** Above this many pages, no warm-up. */
    private static final int WARM_UP_PAGES = 2_000;
    /** Counts the updates begun, so that a warm-up gives way to an edit. */
    private volatile long updates;

    LiveSite(Project project, Path site, boolean search) {
        this.project = project;
        this.site = site.toAbsolutePath().normalize();
        this.search = search;
        this.work = this.site.resolveSibling(this.site.getFileName() + ".incremental");
        this.bake = new SubsetBake(project, work);
        remember(true);
    }

    /**
     * The preview links and plans again on every edit: with this on, the markdown linker, rendered texts and maps are
     * made once and reused while everything they are made from is equal. Tests turn it off for their reference builds.
     */
    static void remember(boolean on) {
        Charts.rememberMaps(on);
        Linker.remember(on);
    }

    /** The folder the site is built into. */
    Path site() {
        return site;
    }

    /** The interface text of the last good build (for what the preview adds to pages). */
    Messages messages() {
        return messages;
    }

    /** Builds everything, as {@code ./portal build} does; the next change is then taken incrementally. */
    Update full() throws ContentException, BakeException, SearchException {
        long start = System.nanoTime();
        stale = true;
        Briefing.Report r = Briefing.build(project, site, new Briefing.Options(search));
        Messages m = Messages.load(r.corpus().portal().language().value(), project.i18n());
        pages = byUrl(PagePlanner.plan(r.linked(), m));
        siteModel = PagePlanner.site(r.corpus(), m);
        messages = m;
        pending = Changes.NONE;
        pendingFiles = Set.of();
        lastLoaded = null;
        lastLinked = null;
        // the build's corpus has its counts filled in; an edit starts from the corpus as loaded (the memo makes this link quick)
        Corpus loaded = ContentLoader.load(project.content()).corpus();
        lastLinked = Linker.link(filled(loaded, m));
        lastLoaded = loaded;
        bake.templatesChanged();
        warmUp();
        stale = false;
        return new Update(true, r.pages(), 0, 0, r.pages(), (System.nanoTime() - start) / 1_000_000, "");
    }

    /** Prepares the bakery and renders one page of each kind aside, so that the first edit finds the templates parsed. */
    private void warmUp() throws BakeException {
        Map<String, Page> oneOfEach = new LinkedHashMap<>();
        for (Page p : pages.values()) oneOfEach.putIfAbsent(p.type(), p);
        Path scratch = work.resolve("warm");
        bake.render(List.copyOf(oneOfEach.values()), pages.values(), siteModel, messages, scratch);
        ProjectWriter.deleteTree(scratch);
    }

    /** The same, for tests: nothing to tell when the pages are ready. */
    Update update(Collection<Path> changed) throws ContentException, BakeException, SearchException {
        return update(changed, () -> {
        });
    }

    /**
     * Takes the changed files as far as they reach (a full build if the last update failed in an unexpected way);
     * {@code pagesReady} runs as soon as the pages and assets are in place, before the data downloads and the search
     * index are brought up to date, and only if the update succeeds that far.
     */
    Update update(Collection<Path> changed, Runnable pagesReady) throws ContentException, BakeException, SearchException {
        updates++;
        if (stale) {
            Update u = full();
            pagesReady.run();
            return u;
        }
        long start = System.nanoTime();
        Changes c = pending.and(Changes.of(project, changed));
        pending = c; // until this update has succeeded
        Set<Path> files = new TreeSet<>(pendingFiles);
        for (Path p : changed) {
            Path n = p.toAbsolutePath().normalize();
            if (n.startsWith(project.content())) files.add(n);
        }
        pendingFiles = files;
        Optional<Set<String>> sourceFolders = c.templates().isEmpty() && lastLoaded != null ? sourceFolders(files) : Optional.empty();
        Map<String, Page> next = pages;
        Map<String, Object> nextSite = siteModel;
        Messages m = messages;
        LinkedCorpus linked = null;
        Laps laps = new Laps();
        try {
            List<Page> partial = null;
            Corpus loaded = null;
            if (c.content() && sourceFolders.isPresent()) {
                // only source folders changed: read them alone, validate them against the rest (nothing else can break)
                loaded = reloadSources(sourceFolders.get());
                laps.lap("load+validate");
                Corpus corpus = filled(loaded, m);
                Optional<LinkedCorpus> relinked = Linker.relinkSummaries(lastLinked, corpus);
                if (relinked.isPresent()) { // summaries alone: their sources' pages and what they mention, nothing else
                    linked = relinked.get();
                    laps.lap("link");
                    PageReach.Reached reach = PageReach.ofSummaries(lastLinked, linked);
                    partial = PageReach.plan(linked, m, reach);
                    next = replaced(pages, reach, partial);
                    if (!next.keySet().equals(pages.keySet())) { // a list crossed a page boundary: the sitemap and the other indexes list pages
                        next = byUrl(PagePlanner.plan(linked, m));
                        partial = null;
                    }
                } else {
                    linked = Linker.link(corpus);
                    laps.lap("link");
                    next = byUrl(PagePlanner.plan(linked, m));
                }
                nextSite = PagePlanner.site(corpus, m);
                laps.lap("plan");
            } else if (c.content()) {
                loaded = Briefing.validate(project.content());
                laps.lap("load+validate");
                String language = loaded.portal().language().value();
                if (!language.equals(m.language()) || c.templates().contains(Changes.ALL)) m = Messages.load(language, project.i18n());
                Corpus corpus = filled(loaded, m);
                linked = Linker.link(corpus);
                laps.lap("link");
                next = byUrl(PagePlanner.plan(linked, m));
                nextSite = PagePlanner.site(corpus, m);
                laps.lap("plan");
            }
            boolean siteChanged = !nextSite.equals(siteModel);
            List<Page> render = partial != null && !siteChanged
                    ? partial.stream().filter(p -> !p.equals(pages.get(p.url()))).toList()
                    : reached(c, next, siteChanged);
            laps.lap("compare");
            Map<String, Page> planned = next;
            List<String> removed = pages.keySet().stream().filter(u -> !planned.containsKey(u)).toList();
            Path out = work.resolve("out");
            ProjectWriter.deleteTree(out);
            if (!c.templates().isEmpty()) bake.templatesChanged();
            if (!render.isEmpty()) bake.render(render, next.values(), nextSite, m, out);
            laps.lap("render");
            int copied = 0;
            for (Page p : render) move(out.resolve(p.url()), site.resolve(p.url()));
            for (String url : removed) delete(site.resolve(url));
            copied += copyAssets(c.assets());
            laps.lap("write");
            pagesReady.run(); // open pages may reload now; the data downloads follow
            // summaries alone change no data download but documents.csv/json, through the sources that mention a document
            if (linked != null && (partial == null || !linked.documents().equals(lastLinked.documents()))) copied += export(linked);
            laps.lap("data");
            if (search && !(render.isEmpty() && removed.isEmpty())) SearchIndexer.index(site);
            pages = next;
            siteModel = nextSite;
            messages = m;
            pending = Changes.NONE;
            pendingFiles = Set.of();
            if (linked != null) {
                lastLoaded = loaded;
                lastLinked = linked;
            }
            return new Update(false, render.size(), removed.size(), copied, next.size(), (System.nanoTime() - start) / 1_000_000, laps.toString());
        } catch (ContentException | BakeException | SearchException e) {
            throw e; // the site is as it was; the same changes are tried again with the next one
        } catch (RuntimeException e) {
            stale = true; // the site may be half-updated: the next change rebuilds it whole
            throw e;
        }
    }

    /**
     * Runs the in-memory steps of an update (load, validate, link, plan, compare) {@code rounds} times without writing
     * anything, so that the JIT has compiled them before the first edit (for portals of up to a few thousand pages);
     * gives way as soon as an update begins. Safe to run beside an update: it only reads.
     */
    void warmUp(int rounds) {
        if (pages.size() > WARM_UP_PAGES) return; // a large portal's first update warms the JIT by itself; an idle round would only compete with it
        long seen = updates;
        Map<String, Page> last = pages;
        Messages m = messages;
        try {
            for (int i = 0; i < rounds && updates == seen; i++) {
                Corpus loaded = Briefing.validate(project.content());
                if (updates != seen) return;
                LinkedCorpus linked = Linker.link(loaded.withPortal(loaded.portal().publishedAt(Optional.empty(), Optional.empty())));
                if (updates != seen) return;
                Map<String, Page> planned = byUrl(PagePlanner.plan(linked, m));
                planned.values().stream().filter(p -> !p.equals(last.get(p.url()))).count();
            }
        } catch (ContentException | RuntimeException e) {
            // nothing to warm up on; the next edit reports it
        }
    }

    /** The corpus as a build publishes it: with its counts ({sources} ...) filled in, in the preview's frame. */
    private static Corpus filled(Corpus loaded, Messages m) {
        Corpus c = briefing.validate.Counts.fill(loaded, m);
        return c.withPortal(c.portal().publishedAt(Optional.empty(), Optional.empty()));
    }

    /**
     * The source folders the changed content files lie in, when they all lie in one (a file in it, or the folder
     * itself); empty when any other content changed (portal.yaml, actors, places, documents, measures, pages, or the
     * sources folder as a whole).
     */
    private Optional<Set<String>> sourceFolders(Set<Path> files) {
        Path sources = project.content().resolve("sources");
        Set<String> ids = new TreeSet<>();
        for (Path f : files) {
            if (!f.startsWith(sources) || f.equals(sources)) return Optional.empty();
            ids.add(sources.relativize(f).getName(0).toString());
        }
        return Optional.of(ids);
    }

    /**
     * The last corpus with the source folders {@code ids} read again, validated as a whole would be: the other
     * sources, valid before, can only be broken by a change to what they refer to, which is not in a source folder.
     */
    private Corpus reloadSources(Set<String> ids) throws ContentException {
        LoadResult r = ContentLoader.reload(project.content(), lastLoaded, ids);
        Corpus c = r.corpus();
        List<Problem> problems = new ArrayList<>(r.problems());
        problems.addAll(Validator.validateSources(c, ids));
        List<Problem> errors = problems.stream().filter(Problem::isError).sorted().toList();
        if (!errors.isEmpty()) throw new ContentException(errors);
        return c;
    }

    /** The last pages with those of the reached entities replaced by {@code planned} (in place; new sub-pages at the end). */
    private static Map<String, Page> replaced(Map<String, Page> pages, PageReach.Reached reach, List<Page> planned) {
        Map<String, Page> fresh = byUrl(planned);
        Map<String, Page> out = new LinkedHashMap<>();
        for (Map.Entry<String, Page> e : pages.entrySet()) {
            if (!reach.owns(e.getKey())) out.put(e.getKey(), e.getValue());
            else if (fresh.containsKey(e.getKey())) out.put(e.getKey(), fresh.get(e.getKey()));
        }
        fresh.forEach(out::putIfAbsent);
        return out;
    }

    /** The pages a change reaches: new or changed models, the kinds of a changed template, all when the site's frame changed. */
    private List<Page> reached(Changes c, Map<String, Page> next, boolean siteChanged) {
        Set<String> types = c.templates().isEmpty() ? Set.of()
                : TemplateReach.of(project.templates()).typesReached(c.templates(), next.values().stream().map(Page::type).distinct().toList());
        return next.values().parallelStream() // equal models are compared in full: a few large maps per page
                .filter(p -> siteChanged || types.contains(p.type()) || !p.equals(pages.get(p.url())))
                .toList();
    }

    /** Writes the data downloads and replaces those that differ from the site's; returns how many. */
    private int export(LinkedCorpus linked) {
        Path data = work.resolve("data");
        ProjectWriter.deleteTree(data);
        DataExport.write(linked, data);
        return copyChanged(data, site);
    }

    /** Copies the named assets (as layered: the portal's own file wins) into the site, deletes those no layer has. */
    private int copyAssets(Set<String> names) {
        int n = 0;
        List<Path> layers = project.assets();
        for (String name : names) {
            boolean found = false;
            for (Path layer : layers) {
                Path from = layer.resolve(name);
                if (Files.exists(from)) {
                    n += copyChanged(from, site.resolve(name));
                    found = true;
                }
            }
            if (!found && !name.equals(Changes.ALL) && Files.isRegularFile(site.resolve(name))) {
                delete(site.resolve(name));
                n++;
            }
        }
        return n;
    }

    /** Copies a file, or a folder's files, over {@code to} where they differ; returns how many were copied. */
    private static int copyChanged(Path from, Path to) {
        try (Stream<Path> s = Files.walk(from)) {
            int n = 0;
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(f), Files.readAllBytes(target))) continue;
                Files.createDirectories(target.getParent());
                Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                n++;
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a file and the folders it leaves empty (a full build has no empty folders). */
    private void delete(Path file) {
        try {
            Files.deleteIfExists(file);
            for (Path dir = file.getParent(); dir != null && !dir.equals(site) && dir.startsWith(site); dir = dir.getParent()) {
                try (Stream<Path> s = Files.list(dir)) {
                    if (s.findAny().isPresent()) break;
                }
                Files.delete(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Page> byUrl(List<Page> list) {
        Map<String, Page> m = new LinkedHashMap<>();
        for (Page p : list) m.put(p.url(), p);
        return m;
    }

    /** The pages of the last good build, by url (for tests). */
    Map<String, Page> pages() {
        return pages;
    }

    /** Whether the preview's copy of everything is current (false until the first build, and after an unexpected failure). */
    boolean warm() {
        return !stale;
    }
}
