package briefing.emit;

import briefing.files.ProjectFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Stage 4, emit (second half): writes the derived JBake project the bake renders with: its {@code jbake.properties}
 * (one document type per page template) and its {@code templates/} and {@code assets/}, copied in, the portal's own
 * over the engine's. The pages themselves go to the bake in memory ({@link briefing.bake.Bakery}).
 */
public final class ProjectWriter {
    private ProjectWriter() {
    }

    /**
     * Writes the derived project: {@code templates} and {@code assets} are folders in lookup order (the engine's, then
     * the portal's own), each file of a later folder replacing the file of the same name before it.
     */
    public static void write(List<Path> templates, List<Path> assets, Path project) {
        try {
            deleteTree(project);
            Files.createDirectories(project);
            // each layer is a folder of the engine (the first) or of the portal (the last): no file may come from elsewhere
            Path engine = templates.get(0).getParent();
            Path portal = Stream.concat(templates.stream(), assets.stream()).map(Path::getParent).filter(p -> !p.equals(engine))
                    .findFirst().orElse(engine);
            ProjectFiles files = ProjectFiles.of(portal, engine);
            for (Path t : templates) copyTree(t, project.resolve("templates"), files);
            for (Path a : assets) copyTree(a, project.resolve("assets"), files);
            Files.createDirectories(project.resolve("assets"));
            // a page's type names its template: every template of the layers may be one (pages are planned later)
            java.util.Set<String> types = new java.util.TreeSet<>();
            try (Stream<Path> all = Files.list(project.resolve("templates"))) {
                all.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".ftl")).forEach(n -> types.add(n.substring(0, n.length() - 4)));
            }
            Files.writeString(project.resolve("jbake.properties"), properties(types), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every page is a document of its own type; JBake's index, archive, feed and tag pages are off (we emit our own). */
    private static String properties(java.util.Set<String> types) {
        StringBuilder b = new StringBuilder("""
                # Derived by the briefing portal's generators; edit the templates, not this file.
                content.folder=content
                template.folder=templates
                asset.folder=assets
                data.folder=data
                db.store=memory
                render.index=false
                render.archive=false
                render.feed=false
                render.tags=false
                render.sitemap=false
                render.error404=false
                render.encoding=UTF-8
                template.encoding=UTF-8
                jvm.locale=en
                img.path.update=false
                """);
        types.forEach(t -> b.append("template.").append(t).append(".file=").append(t).append(".ftl\n"));
        return b.toString();
    }

    /**
     * Copies a folder's files, links inside the project followed (templates/ may be a symbolic link: the bench's synthetic
     * projects share ours). The build has checked that none leads out of the project ({@link ProjectFiles#problemsIn});
     * the preview's template updates have not, and there a file that does is refused, not copied.
     */
    static void copyTree(Path dir, Path to, ProjectFiles files) throws IOException {
        ProjectFiles.Listing listing = files.list(dir);
        if (!listing.problems().isEmpty()) throw new IOException(listing.problems().get(0).toString());
        for (Path f : listing.files()) {
            Path target = to.resolve(dir.relativize(f).toString());
            Files.createDirectories(target.getParent());
            Files.copy(f, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
