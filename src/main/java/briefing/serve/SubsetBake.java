package briefing.serve;

import briefing.Project;
import briefing.bake.BakeException;
import briefing.bake.Bakery;
import briefing.emit.Page;
import briefing.emit.ProjectWriter;
import briefing.i18n.Messages;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Renders some pages of a portal, the way the full build renders them, into a folder of their own: a derived project
 * holding only those pages (and the templates, not the assets) is baked by the same {@link Bakery}. Used by the
 * preview until the bake stage renders a subset of pages itself.
 */
final class SubsetBake {
    private final Project project;
    private final Path work;

    /** {@code work}: a folder of the preview's own, emptied on every call. */
    SubsetBake(Project project, Path work) {
        this.project = project;
        this.work = work;
    }

    /** Renders {@code pages} into {@code into} (each at its url), with the site model and interface text of the build. */
    void render(List<Page> pages, Map<String, Object> site, Messages text, Path into) throws BakeException {
        Path derived = work.resolve("project");
        ProjectWriter.write(pages, site, project.templates(), List.of(), derived); // the layers as they are now
        ProjectWriter.deleteTree(into);
        Bakery.bake(derived, into, text);
    }
}
