package briefing.serve;

import briefing.Project;
import briefing.bake.BakeException;
import briefing.emit.DataExport;
import briefing.emit.Page;
import briefing.emit.ProjectWriter;
import briefing.link.LinkedCorpus;
import briefing.search.SearchException;
import briefing.search.SearchIndexer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Makes a planned update ({@link UpdatePlanner.Plan}) in the live site's folder: renders the pages to render aside,
 * with the preview's kept-prepared bakery ({@link SubsetBake}), and moves them in; deletes removed pages and the
 * folders they leave empty; copies changed assets alone; replaces the data downloads that differ; indexes the search.
 */
final class UpdateWriter {
    private final Project project;
    private final Path site;
    private final Path work;
    private final boolean search;
    private final SubsetBake bake;

    /** {@code site}: the folder the site is built into; {@code work}: a folder of the preview's own beside it. */
    UpdateWriter(Project project, Path site, Path work, boolean search) {
        this.project = project;
        this.site = site;
        this.work = work;
        this.search = search;
        this.bake = new SubsetBake(project, work);
    }

    /** The site was built whole: the next render prepares the bakery again. */
    void rebuilt() {
        bake.templatesChanged();
    }

    /** Prepares the bakery and renders one page of each kind aside, so that the first edit finds the templates parsed. */
    void warmUp(SiteState state) throws BakeException {
        Map<String, Page> oneOfEach = new LinkedHashMap<>();
        for (Page p : state.pages().values()) oneOfEach.putIfAbsent(p.type(), p);
        Path scratch = work.resolve("warm");
        bake.render(List.copyOf(oneOfEach.values()), state.pages().values(), state.site(), state.messages(), scratch);
        ProjectWriter.deleteTree(scratch);
    }

    /**
     * Makes {@code plan} in the site; {@code pagesReady} runs as soon as the pages and assets are in place, before the
     * data downloads and the search index are brought up to date. Returns how many files were copied.
     */
    int write(UpdatePlanner.Plan plan, Runnable pagesReady, Laps laps) throws BakeException, SearchException {
        SiteState next = plan.next();
        if (plan.templatesChanged()) bake.templatesChanged();
        Path out = render(plan);
        laps.lap("render");
        int copied = 0;
        for (Page p : plan.render()) move(out.resolve(p.url()), site.resolve(p.url()));
        for (String url : plan.removed()) delete(site.resolve(url));
        copied += copyAssets(plan.assets());
        laps.lap("write");
        pagesReady.run(); // open pages may reload now; the data downloads follow
        if (plan.dataChanged()) copied += export(next.linked());
        laps.lap("data");
        if (search && !(plan.render().isEmpty() && plan.removed().isEmpty())) { // the pages to be found, as a build adds them
            SearchIndexer.index(site, next.pages().values().stream().filter(briefing.emit.PagePlanner::searched).map(Page::url).toList());
        }
        return copied;
    }

    /** Renders a plan's pages alone ({@link UpdatePlanner#ahead}) and moves them into the site. */
    void writeAhead(UpdatePlanner.Plan plan) throws BakeException {
        Path out = render(plan);
        for (Page p : plan.render()) move(out.resolve(p.url()), site.resolve(p.url()));
    }

    /** Renders the plan's pages into a folder aside, emptied first; returns it. */
    private Path render(UpdatePlanner.Plan plan) throws BakeException {
        SiteState next = plan.next();
        Path out = work.resolve("out");
        ProjectWriter.deleteTree(out);
        if (!plan.render().isEmpty()) bake.render(plan.render(), next.pages().values(), next.site(), next.messages(), out);
        return out;
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
                // a link out of the project is never copied (the full build reports it at its path)
                if (Files.exists(from) && project.files().refusal(from).isEmpty()) {
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
}
