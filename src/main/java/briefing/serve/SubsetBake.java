package briefing.serve;

import briefing.Project;
import briefing.bake.BakeException;
import briefing.bake.Bakery;
import briefing.emit.Page;
import briefing.emit.ProjectWriter;
import briefing.i18n.Messages;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The preview's bakery, kept prepared between edits: the same {@link Bakery} as the full build's, prepared on a
 * derived project of the preview's own (templates as layered now, no assets) and made again only when what it holds
 * changes: the templates (FreeMarker caches them), the site model, the interface text, or a new kind of page.
 */
final class SubsetBake {
    private final Project project;
    private final Path work;
    private Bakery bakery;
    private Map<String, Object> site;
    private Messages text;
    private Set<String> types = Set.of();

    /** {@code work}: a folder of the preview's own. */
    SubsetBake(Project project, Path work) {
        this.project = project;
        this.work = work;
    }

    /** The templates changed: the next render prepares a new bakery, which reads them again. */
    void templatesChanged() {
        bakery = null;
    }

    /**
     * Renders {@code pages} into {@code into} (each at its url; other files there are left alone) with the site model
     * and interface text of the build whose pages are {@code all}.
     */
    int render(List<Page> pages, Collection<Page> all, Map<String, Object> site, Messages text, Path into) throws BakeException {
        Set<String> needed = pages.stream().map(Page::type).collect(Collectors.toSet());
        if (bakery == null || !site.equals(this.site) || text != this.text || !types.containsAll(needed)) {
            Path derived = work.resolve("project");
            ProjectWriter.write(project.templates(), List.of(), derived); // the layers as they are now
            bakery = Bakery.prepare(derived, site, text);
            this.site = site;
            this.text = text;
            this.types = all.stream().map(Page::type).collect(Collectors.toSet());
        }
        return bakery.render(pages, into);
    }
}
