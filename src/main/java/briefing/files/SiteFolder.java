package briefing.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a build writes: the site folder and its work folders beside it ({@code site.jbake}, the derived project;
 * {@code site.staging}, the new site until it is complete; {@code site.spare}, the site before the current one, which
 * the next build writes over instead of making every file anew). A site of ten thousand sources is tens of thousands of
 * files: on ext4, making as many files soon after deleting as many costs seconds of system time (the allocator passes
 * over each recently freed inode), while writing over a file that is there costs little, so the previous site is kept
 * as the spare rather than deleted, and the files of the spare that a build has no use for are swept before the swap.
 * {@link #claim} refuses a folder that is not the build's to write: the project or a folder holding it, the folders a
 * build reads, the engine's own, and a folder holding files that are not a site this generator wrote (each site it
 * writes carries {@link #MARKER}). A site that cannot be swapped in leaves the previous one as it was and nothing beside
 * it, and says why in one sentence ({@link SiteException}).
 */
public final class SiteFolder {
    /** The small file that marks a folder as a site this generator wrote (so a later build may replace it). */
    public static final String MARKER = ".portal-site";
    private static final String MARKER_TEXT = "A site built by the briefing portal generator; a build may replace this folder.\n";
    /** The folders a build reads, in the portal and in the engine: never written into. */
    private static final List<String> PORTAL_READS = List.of("content", "templates", "assets", "i18n", "schemas", ".git");
    private static final List<String> ENGINE_FOLDERS = List.of("src", "content", "templates", "assets", "i18n", "schemas", "docs",
            ".git", ".github", ".ci", ".mvn");

    private final Path site;
    private final String shown;

    private SiteFolder(Path site, String shown) {
        this.site = site;
        this.shown = shown;
    }

    /**
     * The site folder {@code site} for the portal in {@code portal} built with the engine in {@code engine}, once it is
     * known that the build may write it and the folders beside it; {@link SiteException} otherwise.
     */
    public static SiteFolder claim(Path portal, Path engine, Path site) {
        Path abs = site.toAbsolutePath().normalize();
        String shown = site.normalize().toString().isEmpty() ? abs.toString() : site.normalize().toString();
        if (abs.getParent() == null) throw new SiteException("cannot build into " + shown + ": it is the root of the file system; choose another --out");
        Path real = real(abs);
        Path p = real(portal.toAbsolutePath().normalize());
        Path e = real(engine.toAbsolutePath().normalize());
        refuseIf(p.startsWith(real), shown, p.equals(real) ? "it is the portal's own folder" : "it holds the portal's folder");
        refuseIf(e.startsWith(real), shown, e.equals(real) ? "it is the engine's own folder" : "it holds the engine's folder");
        for (String f : PORTAL_READS) refuseIf(real.startsWith(p.resolve(f)), shown, "it is inside the portal's " + f + "/ folder");
        if (!real.startsWith(p) || p.equals(e)) { // a portal kept inside the engine (a test fixture) may hold its own target/
            for (String f : ENGINE_FOLDERS) refuseIf(real.startsWith(e.resolve(f)), shown, "it is inside the engine's " + f + "/ folder");
        }
        SiteFolder folder = new SiteFolder(abs, shown);
        folder.checkFolders();
        return folder;
    }

    private static void refuseIf(boolean refused, String shown, String why) {
        if (refused) throw new SiteException("cannot build into " + shown + ": " + why + "; choose another --out (the default is target/site)");
    }

    public Path site() {
        return site;
    }

    /** The derived JBake project, kept beside the site for inspection. */
    public Path derived() {
        return sibling(".jbake");
    }

    /** Where the new site is made, beside the old one, until it is complete. */
    public Path staging() {
        return sibling(".staging");
    }

    /** Where an older version of this generator moved the previous site while swapping: deleted when found. */
    private Path old() {
        return sibling(".old");
    }

    /** The site before the current one, kept for the next build to write over ({@link #stage}). */
    private Path spare() {
        return sibling(".spare");
    }

    private Path sibling(String suffix) {
        return site.resolveSibling(site.getFileName() + suffix);
    }

    /** The site and the folders beside it hold nothing but what builds wrote, and the build may write them. */
    private void checkFolders() {
        if (Files.exists(site) && !Files.isDirectory(site)) {
            throw new SiteException("cannot build into " + shown + ": it is a file, not a folder; choose another --out");
        }
        if (Files.isDirectory(site) && !isEmpty(site) && !isSite(site)) {
            throw new SiteException("cannot build into " + shown + ": it holds files that are not a site built by this generator;"
                    + " choose an empty or new folder for --out");
        }
        for (Path work : List.of(staging(), old(), spare())) {
            if (Files.exists(work, LinkOption.NOFOLLOW_LINKS) && !(Files.isDirectory(work, LinkOption.NOFOLLOW_LINKS) && isSite(work))) {
                throw new SiteException("cannot build into " + shown + ": " + work.getFileName() + " beside it holds files this generator"
                        + " did not write; move it away or choose another --out");
            }
        }
        Path derived = derived();
        if (Files.exists(derived, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(derived.resolve("jbake.properties"), LinkOption.NOFOLLOW_LINKS)) {
            throw new SiteException("cannot build into " + shown + ": " + derived.getFileName() + " beside it holds files this generator"
                    + " did not write; move it away or choose another --out");
        }
        try {
            Files.createDirectories(site.getParent());
        } catch (IOException e) {
            throw new SiteException("cannot build into " + shown + ": its folder cannot be made (" + why(e) + ")");
        }
        if (!Files.isWritable(site.getParent())) throw readOnly(site.getParent());
        for (Path dir : folders(site)) if (!Files.isWritable(dir)) throw readOnly(dir);
        for (Path left : List.of(staging(), old())) { // left by a build that was stopped halfway
            try {
                deleteTree(left);
            } catch (UncheckedIOException e) {
                throw new SiteException("cannot build into " + shown + ": a previous build's " + left + " cannot be deleted ("
                        + why(e) + "); delete it and build again");
            }
        }
    }

    private SiteException readOnly(Path dir) {
        return new SiteException("cannot build into " + shown + ": " + dir + " is read-only, so the new site could not replace the"
                + " old one; make it writable (chmod -R u+w " + dir + ") and build again");
    }

    /** When the staging folder was marked: a file of the recycled spare last written before it is the spare's own. */
    private FileTime stagedAt;

    /**
     * Makes the staging folder, marked as a site: the spare, when there is one (its files are written over, and those
     * the build does not write are {@linkplain #sweep swept}), else a new folder.
     */
    public Path stage() {
        Path staging = staging();
        try {
            deleteTree(staging);
            if (Files.isDirectory(spare(), LinkOption.NOFOLLOW_LINKS)) Files.move(spare(), staging, StandardCopyOption.ATOMIC_MOVE);
            else Files.createDirectories(staging);
            Path marker = staging.resolve(MARKER);
            Files.writeString(marker, MARKER_TEXT, StandardCharsets.UTF_8);
            stagedAt = Files.getLastModifiedTime(marker, LinkOption.NOFOLLOW_LINKS);
            return staging;
        } catch (IOException | UncheckedIOException e) {
            discard();
            throw new SiteException("cannot build into " + shown + ": the new site could not be written beside it (" + why(e) + ")");
        }
    }

    /**
     * Deletes from the staging folder every file of the recycled spare that this build did not write: a file is kept
     * when {@code written} names it (site-relative, with '/'; files copied with their dates, such as assets) or when it
     * was written since {@link #stage} (pages, the search index). Folders left empty go too.
     */
    public void sweep(java.util.function.Predicate<String> written) {
        Path staging = staging();
        List<Path> stale = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        try {
            Files.walkFileTree(staging, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String relative = staging.relativize(file).toString().replace('\\', '/');
                    if (attrs.lastModifiedTime().compareTo(stagedAt) < 0 && !written.test(relative)) stale.add(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (!dir.equals(staging)) folders.add(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
            stale.parallelStream().forEach(f -> {
                try {
                    Files.delete(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            java.util.Set<Path> emptied = new java.util.HashSet<>();
            for (Path f : stale) emptied.add(f.getParent());
            for (Path dir : folders) { // deepest first, as visited
                if (emptied.contains(dir) && isEmpty(dir)) {
                    Files.delete(dir);
                    emptied.add(dir.getParent());
                }
            }
        } catch (IOException | UncheckedIOException e) {
            discard();
            throw new SiteException("cannot build into " + shown + ": the previous site's files could not be cleared from "
                    + staging + " (" + why(e) + ")");
        }
    }

    /** Deletes the staging folder (a failed build leaves nothing half-made beside the last good site). */
    public void discard() {
        try {
            deleteTree(staging());
        } catch (UncheckedIOException ignored) {
            // nothing more can be done; the next claim says what is in the way
        }
    }

    /**
     * Puts the staged site in place of the old one, which becomes the spare. If either move fails, the old site stays
     * (or is put back) and the staging folder goes.
     */
    public void swapIn() {
        Path staging = staging(), spare = spare();
        boolean hadSite = Files.exists(site);
        try {
            deleteTree(spare); // there is none unless a build was stopped between its two moves
            if (hadSite) Files.move(site, spare, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UncheckedIOException e) {
            discard();
            throw new SiteException("the new site could not replace " + shown + " (" + why(e) + "); it was left as it was");
        }
        try {
            Files.move(staging, site, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                if (hadSite) Files.move(spare, site, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException back) {
                throw new SiteException("the new site could not replace " + shown + " (" + why(e) + "), and the previous one is in "
                        + spare + ": move it back");
            }
            discard();
            throw new SiteException("the new site could not replace " + shown + " (" + why(e) + "); it was left as it was");
        }
    }

    /** The reason an I/O operation failed, in a few words. */
    private static String why(Exception e) {
        Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (t instanceof AccessDeniedException a) return "permission denied: " + a.getFile();
        if (t instanceof FileSystemException f && f.getReason() != null) return f.getReason().strip() + ": " + f.getFile();
        return String.valueOf(t.getMessage());
    }

    private static boolean isSite(Path dir) {
        // sites built before the marker existed: the home page and the data export are both there
        return Files.isRegularFile(dir.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)
                || Files.isRegularFile(dir.resolve("index.html"), LinkOption.NOFOLLOW_LINKS)
                && Files.isRegularFile(dir.resolve("data/portal.json"), LinkOption.NOFOLLOW_LINKS);
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder and every folder under it (a file is deleted by writing in its folder). */
    private static List<Path> folders(Path dir) {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) return List.of();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path real(Path p) {
        // the deepest part that exists, links resolved, then the rest as given
        Path existing = p;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return p;
        try {
            return existing.toRealPath().resolve(existing.relativize(p));
        } catch (IOException e) {
            return p;
        }
    }

    /** Deletes a folder and everything in it, links not followed. */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
