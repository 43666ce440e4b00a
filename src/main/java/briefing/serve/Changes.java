package briefing.serve;

import briefing.Project;
import briefing.load.EditorFiles;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a burst of file changes touched, sorted by what it reaches: the content (content/ or the portal's i18n/: the
 * corpus is loaded, linked and planned again and the page models compared), templates by name (a page kind, or every
 * page for a layout or macros), and assets by path under assets/ (copied alone). A changed folder (created, deleted,
 * or reported when the system lost events) stands for everything in it: {@link #ALL} as its name. Editors' and systems'
 * files ({@link EditorFiles}) change nothing.
 */
record Changes(boolean content, Set<String> templates, Set<String> assets) {
    /** The name that stands for every template or every asset. */
    static final String ALL = "";

    static final Changes NONE = new Changes(false, Set.of(), Set.of());

    Changes {
        templates = Set.copyOf(templates);
        assets = Set.copyOf(assets);
    }

    boolean isEmpty() {
        return !content && templates.isEmpty() && assets.isEmpty();
    }

    Changes and(Changes other) {
        Set<String> t = new TreeSet<>(templates), a = new TreeSet<>(assets);
        t.addAll(other.templates);
        a.addAll(other.assets);
        return new Changes(content || other.content, t, a);
    }

    static Changes of(Project project, Collection<Path> paths) {
        boolean content = false;
        Set<String> templates = new TreeSet<>(), assets = new TreeSet<>();
        for (Path raw : paths) {
            Path p = raw.toAbsolutePath().normalize();
            if (EditorFiles.ignored(p)) continue; // an editor's backup, swap or lock file, or folder metadata
            if (p.startsWith(project.content())) {
                content = true;
                continue;
            }
            if (p.startsWith(project.portal().resolve("i18n"))) { // interface text: in the page models and in every template
                content = true;
                templates.add(ALL);
                continue;
            }
            // the portal's own layer is listed last: match it first, in case a portal is kept inside the engine
            layer(project.templates(), p).ifPresent(layer -> {
                String name = name(layer, p);
                if (name.equals(ALL) || name.endsWith(".ftl") || !lastSegment(name).contains(".")) {
                    templates.add(name.endsWith(".ftl") ? name : ALL); // a folder stands for all; an editor's temporary file for none
                }
            });
            layer(project.assets(), p).ifPresent(layer -> assets.add(name(layer, p)));
        }
        return new Changes(content, templates, assets);
    }

    /** The layer a path lies in; the portal's own layer is listed last, so it is matched first (a portal may lie inside the engine). */
    private static Optional<Path> layer(List<Path> layers, Path p) {
        for (int i = layers.size() - 1; i >= 0; i--) if (p.startsWith(layers.get(i))) return Optional.of(layers.get(i));
        return Optional.empty();
    }

    /** The path's name under its layer, with / as separator ({@link #ALL} for the layer itself). */
    private static String name(Path layer, Path p) {
        return layer.relativize(p).toString().replace('\\', '/');
    }

    private static String lastSegment(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
