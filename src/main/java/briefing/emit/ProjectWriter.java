package briefing.emit;

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
    public static void write(List<Page> pages, List<Path> templates, List<Path> assets, Path project) {
        try {
            deleteTree(project);
            Files.createDirectories(project);
            for (Path t : templates) copyTree(t, project.resolve("templates"));
            for (Path a : assets) copyTree(a, project.resolve("assets"));
            Files.createDirectories(project.resolve("assets"));
            Map<String, String> types = new java.util.TreeMap<>();
            for (Page page : pages) types.put(page.type(), page.url().substring(page.url().lastIndexOf('.')));
            Files.writeString(project.resolve("jbake.properties"), properties(types), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every page is a document of its own type; JBake's index, archive, feed and tag pages are off (we emit our own). */
    private static String properties(Map<String, String> types) {
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
        types.forEach((t, ext) -> {
            b.append("template.").append(t).append(".file=").append(t).append(".ftl\n");
            if (!ext.equals(".html")) b.append("template.").append(t).append(".extension=").append(ext).append('\n');
        });
        return b.toString();
    }

    static void copyTree(Path link, Path to) throws IOException {
        if (!Files.isDirectory(link)) return;
        Path from = link.toRealPath(); // templates/ may be a symbolic link (the bench's synthetic projects share ours)
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
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
