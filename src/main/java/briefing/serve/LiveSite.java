package briefing.serve;

import briefing.Briefing;
import briefing.Project;
import briefing.bake.BakeException;
import briefing.emit.Page;
import briefing.emit.PagePlanner;
import briefing.emit.svg.Charts;
import briefing.i18n.Messages;
import briefing.link.Linker;
import briefing.load.ContentLoader;
import briefing.model.ContentException;
import briefing.model.Corpus;
import briefing.model.Problem;
import briefing.search.SearchException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The preview's site, kept warm between edits: holds the state of its last good build ({@link SiteState}) and what
 * is still to be taken in, builds it whole the first time ({@link Briefing#build}, the reference), and after that takes
 * each change as far as it reaches: {@link UpdatePlanner} plans it in memory, {@link UpdateWriter} makes it in the
 * site's folder, and the new state replaces the old. A failed update leaves the last good site (and the edited source's
 * page, if it was shown ahead of the rest: the state records it) and is retried, whole, with the next change. Not
 * thread-safe: the preview calls it from one thread at a time.
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

    /** Where the warnings of a source folder lie (positions are named relative to the folder holding content/). */
    private static final String SOURCES = "content/sources/";

    /** Above this many pages, no warm-up. */
    private static final int WARM_UP_PAGES = 2_000;

    private final Project project;
    private final Path site;
    private final boolean search;
    private final boolean cms;
    /** The base path the site is served under (empty: the portal's own). */
    private final Optional<String> basePath;
    private final UpdatePlanner planner;
    private final UpdateWriter writer;

    private SiteState state = SiteState.empty();
    /** The warnings of the last good build, sorted. */
    private List<Problem> warnings = List.of();
    private boolean stale = true;
    /** The changes since the last good update, and the content files among them (all retried with the next change). */
    private Changes pending = Changes.NONE;
    private Set<Path> pendingFiles = Set.of();
    /** Counts the updates begun, so that a warm-up gives way to an edit. */
    private volatile long updates;

    LiveSite(Project project, Path site, boolean search) {
        this(project, site, search, false, Optional.empty());
    }

    /**
     * The site of {@code project} in {@code site}, its links made for {@code basePath} (empty: the portal's own base
     * path); {@code cms}: the full builds also write the web CMS (admin/), as {@code ./portal cms} serves it.
     */
    LiveSite(Project project, Path site, boolean search, boolean cms, Optional<String> basePath) {
        this.cms = cms;
        this.project = project;
        this.site = site.toAbsolutePath().normalize();
        this.search = search;
        this.basePath = basePath;
        this.planner = new UpdatePlanner(project, basePath);
        this.writer = new UpdateWriter(project, this.site, this.site.resolveSibling(this.site.getFileName() + ".incremental"), search);
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
        return state.messages();
    }

    /** Builds everything, as {@code ./portal build} does; the next change is then taken incrementally. */
    Update full() throws ContentException, BakeException, SearchException {
        long start = System.nanoTime();
        stale = true;
        Briefing.Report r = Briefing.build(project, site, new Briefing.Options(search, cms, basePath, Optional.empty()).keepingEdition());
        warnings = r.warnings();
        Briefing.Linked built = r.edition().orElseThrow();
        Messages m = Messages.load(built.corpus().portal().language().value(), project.i18n());
        state = new SiteState(SiteState.byUrl(PagePlanner.plan(built.linked(), m)), PagePlanner.site(built.corpus(), m), m, null, null);
        pending = Changes.NONE;
        pendingFiles = Set.of();
        // the build's corpus has its counts filled in; an edit starts from the corpus as loaded (the memo makes this link quick)
        Corpus loaded = ContentLoader.load(project.content()).corpus();
        state = state.withCorpus(loaded, Linker.link(planner.filled(loaded, m), m));
        writer.rebuilt();
        writer.warmUp(state);
        stale = false;
        return new Update(true, r.pages(), 0, 0, r.pages(), (System.nanoTime() - start) / 1_000_000, "");
    }

    /** The same, for tests: nothing to tell when the pages are ready. */
    Update update(Collection<Path> changed) throws ContentException, BakeException, SearchException {
        return update(changed, () -> {
        });
    }

    /**
     * Takes the changed files as far as they reach (a full build if the last update failed in an unexpected way);
     * {@code pagesReady} runs as soon as the pages and assets are in place, before the data downloads and the search
     * index are brought up to date, and only if the update succeeds that far. When an edit of a source's facts or fields
     * makes every page planned again, it also runs once before, as soon as that source's own page is in place.
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
        Laps laps = new Laps();
        try {
            Optional<UpdatePlanner.Reading> read = planner.read(state, c, files, laps);
            read.ifPresent(this::takeWarnings); // before the pages are shown: they show them
            Optional<UpdatePlanner.Plan> ahead = read.flatMap(r -> planner.ahead(state, r));
            if (ahead.isPresent()) { // the edited source's own page first: planning every page takes longer
                writer.writeAhead(ahead.get());
                state = state.withPages(ahead.get().render()); // what the site now holds, should the rest fail
                pagesReady.run();
                laps.lap("ahead");
            }
            UpdatePlanner.Plan plan = planner.plan(state, c, read, laps);
            int copied = writer.write(plan, pagesReady, laps);
            state = plan.next();
            pending = Changes.NONE;
            pendingFiles = Set.of();
            return new Update(false, plan.render().size(), plan.removed().size(), copied, state.pages().size(),
                    (System.nanoTime() - start) / 1_000_000, laps.toString());
        } catch (ContentException | BakeException | SearchException e) {
            throw e; // the site is as it was; the same changes are tried again with the next one
        } catch (RuntimeException e) {
            stale = true; // the site may be half-updated: the next change rebuilds it whole
            throw e;
        }
    }

    /**
     * Runs the in-memory steps of an update {@code rounds} times without writing anything, so that the JIT has compiled
     * them before the first edit (for portals of up to a few thousand pages); gives way as soon as an update begins.
     * Safe to run beside an update: it only reads.
     */
    void warmUp(int rounds) {
        SiteState last = state;
        if (last.pages().size() > WARM_UP_PAGES) return; // a large portal's first update warms the JIT by itself; an idle round would only compete with it
        long seen = updates;
        planner.rehearse(last, rounds, () -> updates != seen);
    }

    /**
     * The warnings of the content just read: all of them when everything was read, else those of the source folders read
     * again in place of theirs.
     */
    private void takeWarnings(UpdatePlanner.Reading read) {
        if (read.sources().isEmpty()) {
            warnings = read.warnings();
            return;
        }
        List<Problem> out = new ArrayList<>(read.warnings());
        for (Problem w : warnings) {
            String file = w.origin().file();
            if (read.sources().stream().noneMatch(id -> file.startsWith(SOURCES + id + "/"))) out.add(w);
        }
        warnings = out.stream().sorted().toList();
    }

    /** The warnings of the last good build (or update), sorted by file and line. */
    List<Problem> warnings() {
        return warnings;
    }

    /** The pages of the last good build, by url (for tests). */
    Map<String, Page> pages() {
        return state.pages();
    }

    /** Whether the preview's copy of everything is current (false until the first build, and after an unexpected failure). */
    boolean warm() {
        return !stale;
    }
}
