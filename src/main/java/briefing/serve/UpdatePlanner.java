package briefing.serve;

import briefing.Briefing;
import briefing.Project;
import briefing.emit.Page;
import briefing.emit.PagePlanner;
import briefing.emit.PageReach;
import briefing.i18n.Messages;
import briefing.link.LinkedCorpus;
import briefing.link.Linker;
import briefing.load.ContentLoader;
import briefing.load.LoadResult;
import briefing.model.ContentException;
import briefing.model.Corpus;
import briefing.model.Problem;
import briefing.model.Urls;
import briefing.validate.Counts;
import briefing.validate.Validator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

/**
 * Plans how far a change reaches, in memory, writing nothing: which content is read again (the changed source folders
 * alone, or everything), how much is linked and planned again (an edit of summaries alone: only the pages they reach),
 * and which pages must then be rendered (new or changed models, the kinds of a changed template, all of them when the
 * site's frame changed) or removed; and which pages an editor may see ahead of the rest (an edited source's own page,
 * when its edit makes every page planned again). Its {@link Plan}s go to {@link UpdateWriter}.
 */
final class UpdatePlanner {
    /**
     * An update to make: the live site's state once it is made, the pages to render and the urls to remove, whether
     * the data downloads may differ, whether templates changed, and the changed assets (by name under assets/).
     */
    record Plan(SiteState next, List<Page> render, List<String> removed, boolean dataChanged, boolean templatesChanged,
                Set<String> assets) {
    }

    private final Project project;
    /** The base path the site is served under (empty: the portal's own). */
    private final Optional<String> basePath;

    UpdatePlanner(Project project, Optional<String> basePath) {
        this.project = project;
        this.basePath = basePath;
    }

    /**
     * The content as read again for an update: the corpus as loaded, as published (counts filled in) and linked, in
     * the interface text {@code messages}; {@code sources}, the source folders read again when only they changed (empty
     * when everything was read); {@code summariesOnly} when only summaries changed (relinked, not linked again); the
     * warnings of what was read (of the whole content, or of the source folders read again).
     */
    record Reading(Corpus loaded, Corpus corpus, LinkedCorpus linked, Messages messages, Set<String> sources, boolean summariesOnly,
                   List<Problem> warnings) {
    }

    /**
     * Reads, validates and links again the content that {@code c} changed, in the content files {@code files}: the
     * changed source folders alone when only they changed; the changed actor, place and document files (and source
     * folders) alone, then the whole corpus checked, when only they changed; else everything. Empty when no content changed. Throws,
     * leaving everything as it was, when the changed content has errors.
     */
    Optional<Reading> read(SiteState last, Changes c, Set<Path> files, Laps laps) throws ContentException {
        if (!c.content()) return Optional.empty();
        Optional<Set<String>> sourceFolders = c.templates().isEmpty() && last.loaded() != null ? sourceFolders(files) : Optional.empty();
        Messages m = last.messages();
        if (sourceFolders.isPresent()) {
            // only source folders changed: read them alone, validate them against the rest (nothing else can break)
            Briefing.Checked checked = reloadSources(last.loaded(), sourceFolders.get());
            Corpus loaded = checked.corpus();
            laps.lap("reload+validate");
            Corpus corpus = filled(loaded, m);
            Optional<LinkedCorpus> relinked = Linker.relinkSummaries(last.linked(), corpus);
            LinkedCorpus linked = relinked.isPresent() ? relinked.get() : Linker.link(corpus, m);
            laps.lap("link");
            return Optional.of(new Reading(loaded, corpus, linked, m, sourceFolders.get(), relinked.isPresent(), checked.warnings()));
        }
        Optional<Set<Path>> entityFiles = c.templates().isEmpty() && last.loaded() != null ? entityFiles(files) : Optional.empty();
        // actors, places or documents (and source folders) changed: read those files alone, then check the whole corpus
        Briefing.Checked checked = entityFiles.isPresent()
                ? Briefing.check(project.content(), briefing.load.ContentReloader.reload(project.content(), last.loaded(), sourceIds(files), entityFiles.get()))
                : Briefing.check(project.content());
        Corpus loaded = checked.corpus();
        laps.lap(entityFiles.isPresent() ? "reload+validate" : "load+validate");
        String language = loaded.portal().language().value();
        if (!language.equals(m.language()) || c.templates().contains(Changes.ALL)) m = Messages.load(language, project.i18n());
        Corpus corpus = filled(loaded, m);
        LinkedCorpus linked = Linker.link(corpus, m);
        laps.lap("link");
        return Optional.of(new Reading(loaded, corpus, linked, m, Set.of(), false, checked.warnings()));
    }

    /**
     * The changed sources' own pages, to show ahead of the rest when an edit of source folders reaches beyond their
     * summaries (facts, the source's fields), which plans every page again: planned from the new linked corpus as the
     * full plan plans them. Empty when there are none to show first: only summaries changed (their plan is quick), a
     * source is new or gone, or the site's frame changed (every page is rendered again). The plan's state is
     * {@code last}: it renders these pages in the last build's frame, and removes, copies and exports nothing.
     */
    Optional<Plan> ahead(SiteState last, Reading in) {
        if (in.summariesOnly() || in.messages() != last.messages()) return Optional.empty();
        Set<String> ids = new TreeSet<>();
        for (String id : in.sources()) {
            if (in.linked().corpus().sources().containsKey(id) && last.pages().containsKey(Urls.source(id))) ids.add(id);
        }
        if (ids.isEmpty() || !PagePlanner.site(in.corpus(), in.messages()).equals(last.site())) return Optional.empty();
        List<Page> pages = PageReach.plan(in.linked(), in.messages(), new PageReach.Reached(ids, Set.of(), Set.of(), Set.of())).stream()
                .filter(p -> !p.equals(last.pages().get(p.url()))).toList();
        return pages.isEmpty() ? Optional.empty() : Optional.of(new Plan(last, pages, List.of(), false, false, Set.of()));
    }

    /**
     * Plans the update of {@code last} for the changes {@code c}, with the content {@code read} for them ({@link #read}):
     * the pages of the new state, those to render (new or changed models, the kinds of a changed template, all when
     * the site's frame changed) and those to remove.
     */
    Plan plan(SiteState last, Changes c, Optional<Reading> read, Laps laps) {
        Map<String, Page> next = last.pages();
        Map<String, Object> nextSite = last.site();
        Messages m = last.messages();
        List<Page> partial = null;
        LinkedCorpus linked = read.map(Reading::linked).orElse(null);
        if (read.isPresent()) {
            m = read.get().messages();
            if (read.get().summariesOnly()) { // summaries alone: their sources' pages and what they mention, nothing else
                PageReach.Reached reach = PageReach.ofSummaries(last.linked(), linked);
                partial = PageReach.plan(linked, m, reach);
                next = replaced(last.pages(), reach, partial);
                if (!next.keySet().equals(last.pages().keySet())) { // a list crossed a page boundary: the sitemap and the other indexes list pages
                    next = SiteState.byUrl(PagePlanner.plan(linked, m));
                    partial = null;
                }
            } else {
                next = SiteState.byUrl(PagePlanner.plan(linked, m));
            }
            nextSite = PagePlanner.site(read.get().corpus(), m);
            laps.lap("plan");
        }
        boolean siteChanged = !nextSite.equals(last.site());
        List<Page> render = partial != null && !siteChanged
                ? partial.stream().filter(p -> !p.equals(last.pages().get(p.url()))).toList()
                : reached(c, last.pages(), next, siteChanged);
        laps.lap("compare");
        Map<String, Page> planned = next;
        List<String> removed = last.pages().keySet().stream().filter(u -> !planned.containsKey(u)).toList();
        // summaries alone change no data download but documents.csv/json, through the sources that mention a document
        boolean dataChanged = linked != null && (partial == null || !linked.documents().equals(last.linked().documents()));
        SiteState state = read.isPresent() ? new SiteState(next, nextSite, m, read.get().loaded(), linked)
                : new SiteState(next, nextSite, m, last.loaded(), last.linked());
        return new Plan(state, render, removed, dataChanged, !c.templates().isEmpty(), c.assets());
    }

    /**
     * Runs the in-memory steps of an update of the whole content (load, validate, link, plan, compare) {@code rounds}
     * times, so that the JIT has compiled them before the first edit; stops as soon as {@code stop} says so. Only reads.
     */
    void rehearse(SiteState last, int rounds, BooleanSupplier stop) {
        Map<String, Page> pages = last.pages();
        Messages m = last.messages();
        try {
            for (int i = 0; i < rounds && !stop.getAsBoolean(); i++) {
                Corpus loaded = Briefing.validate(project.content());
                if (stop.getAsBoolean()) return;
                LinkedCorpus linked = Linker.link(loaded.withPortal(loaded.portal().publishedAt(basePath, Optional.empty())));
                if (stop.getAsBoolean()) return;
                Map<String, Page> planned = SiteState.byUrl(PagePlanner.plan(linked, m));
                planned.values().stream().filter(p -> !p.equals(pages.get(p.url()))).count();
            }
        } catch (ContentException | RuntimeException e) {
            // nothing to warm up on; the next edit reports it
        }
    }

    /**
     * The corpus as a build publishes it: with its counts ({sources} ...) filled in, in the preview's frame (under the
     * base path it is served under, which the 404 page's links start with).
     */
    Corpus filled(Corpus loaded, Messages m) {
        Corpus c = Counts.fill(loaded, m);
        return c.withPortal(c.portal().publishedAt(basePath, Optional.empty()));
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
     * The actor, place and document files among the changed content files, when every other one lies in a source folder
     * ({@link #sourceFolders}); empty when any other content changed (portal.yaml, measures, pages, a whole folder).
     */
    private Optional<Set<Path>> entityFiles(Set<Path> files) {
        Set<Path> entities = new TreeSet<>();
        Path sources = project.content().resolve("sources");
        for (Path f : files) {
            if (f.startsWith(sources) && !f.equals(sources)) continue;
            Path parent = f.getParent();
            boolean entity = parent != null && List.of("actors", "places", "documents").contains(parent.getFileName().toString())
                    && parent.getParent().equals(project.content()) && f.getFileName().toString().endsWith(".yaml");
            if (!entity) return Optional.empty();
            entities.add(f);
        }
        return Optional.of(entities);
    }

    /** The source folders the changed content files lie in. */
    private Set<String> sourceIds(Set<Path> files) {
        Path sources = project.content().resolve("sources");
        Set<String> ids = new TreeSet<>();
        for (Path f : files) if (f.startsWith(sources) && !f.equals(sources)) ids.add(sources.relativize(f).getName(0).toString());
        return ids;
    }

    /**
     * The corpus {@code last} with the source folders {@code ids} read again, validated as a whole would be: the other
     * sources, valid before, can only be broken by a change to what they refer to, which is not in a source folder.
     * Returns it with the warnings of those folders.
     */
    private Briefing.Checked reloadSources(Corpus last, Set<String> ids) throws ContentException {
        LoadResult r = briefing.load.ContentReloader.reload(project.content(), last, ids);
        Corpus c = r.corpus();
        List<Problem> problems = new ArrayList<>(r.problems());
        problems.addAll(Validator.validateSources(c, ids));
        List<Problem> errors = problems.stream().filter(Problem::isError).sorted().toList();
        if (!errors.isEmpty()) throw new ContentException(errors);
        return new Briefing.Checked(c, problems);
    }

    /** The last pages with those of the reached entities replaced by {@code planned} (in place; new sub-pages at the end). */
    private static Map<String, Page> replaced(Map<String, Page> pages, PageReach.Reached reach, List<Page> planned) {
        Map<String, Page> fresh = SiteState.byUrl(planned);
        Map<String, Page> out = new LinkedHashMap<>();
        for (Map.Entry<String, Page> e : pages.entrySet()) {
            if (!reach.owns(e.getKey())) out.put(e.getKey(), e.getValue());
            else if (fresh.containsKey(e.getKey())) out.put(e.getKey(), fresh.get(e.getKey()));
        }
        fresh.forEach(out::putIfAbsent);
        return out;
    }

    /** The pages a change reaches: new or changed models, the kinds of a changed template, all when the site's frame changed. */
    private List<Page> reached(Changes c, Map<String, Page> last, Map<String, Page> next, boolean siteChanged) {
        Set<String> types = c.templates().isEmpty() ? Set.of()
                : TemplateReach.of(project.templates()).typesReached(c.templates(), next.values().stream().map(Page::type).distinct().toList());
        return next.values().parallelStream() // equal models are compared in full: a few large maps per page
                .filter(p -> siteChanged || types.contains(p.type()) || !p.equals(last.get(p.url())))
                .toList();
    }
}
