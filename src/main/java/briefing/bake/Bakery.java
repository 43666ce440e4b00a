package briefing.bake;

import briefing.emit.Page;
import briefing.i18n.Messages;
import org.jbake.app.Asset;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.template.model.TemplateModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Stage 5, bake: renders pages with JBake 2.7's FreeMarker template engine, sandboxed ({@link SandboxedFreemarker}:
 * a template sees the document as {@code content} and nothing that reaches Java) straight from the
 * planned {@link Page}s: no content files, no crawl, no JSON round trip and no OrientDB. Each document gets its page
 * model ({@code content.page}), the site model ({@code content.site}), the interface text ({@code content.t}),
 * numbers ({@code content.number}) and its links ({@code content.link}, {@code content.asset}: {@link LinkMethod}).
 * A page is rendered in memory, written once, and handed to a {@link Sink} (the build's link check reads it there
 * instead of reading the file back).
 *
 * <p>A bakery is prepared once (configuration, template engine, site model, messages) and then renders any list of
 * pages, all of them for a build or a few for the preview: {@link #render(List, Path)}. Pages are rendered on every
 * core; each writes its own file, so the output does not depend on the order. This is the only package that knows
 * JBake, so that swapping it (for KBake, say) stays cheap.
 */
public final class Bakery {
    private final Path project;
    private final JBakeConfiguration config;
    private final SandboxedFreemarker engine;
    private final freemarker.template.TemplateModel site;
    private final TextMethod text;
    private final NumberMethod number;
    /** The last build's pages to reuse, and what every page here shares for its fingerprint; null without a cache. */
    private final RenderCache cache;
    private final byte[] environment;

    /** What a page became, as it is written: its url (the file under the destination) and its text. */
    @FunctionalInterface
    public interface Sink {
        /** Called once per page with its bytes as written (UTF-8), from the thread that rendered it: must be thread-safe. */
        void written(String url, byte[] text);

        Sink NONE = (url, text) -> { };
    }

    private Bakery(Path project, Map<String, Object> site, Messages messages, Optional<RenderCache> cache) {
        this.project = project.toAbsolutePath().normalize();
        this.config = Settled.of(configuration(this.project, this.project.resolve("target-unused")));
        this.engine = new SandboxedFreemarker(config);
        this.site = TemplateView.of(briefing.emit.CompactModel.of(site));
        this.text = new TextMethod(messages);
        this.number = new NumberMethod(messages);
        this.cache = cache.orElse(null);
        this.environment = cache.map(c -> c.environment(this.project, site, messages)).orElse(null);
    }

    /**
     * A bakery for the derived JBake project {@code project} (its {@code jbake.properties}, {@code templates/} and
     * {@code assets/}, as {@link briefing.emit.ProjectWriter} writes them), with the site model every page shows and
     * {@code messages} as the templates' interface text. Templates are read (and cached) when first used.
     */
    public static Bakery prepare(Path project, Map<String, Object> site, Messages messages) {
        return new Bakery(project, site, messages, Optional.empty());
    }

    /**
     * As {@link #prepare(Path, Map, Messages)}, reusing the last build's page (its bytes from the previous site) when
     * {@code cache} says nothing that makes it changed, and recording each page for the next build.
     */
    public static Bakery prepare(Path project, Map<String, Object> site, Messages messages, Optional<RenderCache> cache) {
        return new Bakery(project, site, messages, cache);
    }

    /**
     * Renders {@code pages} into {@code destination} (each at its url), on every core; returns how many were rendered,
     * or throws with every failure as "url: what went wrong" in the pages' order, a failure many pages share (a broken
     * layout) said once for the first of them. Other files there are left alone.
     */
    public int render(List<Page> pages, Path destination) throws BakeException {
        return render(pages, destination, Sink.NONE);
    }

    /** As {@link #render(List, Path)}, handing each page's text to {@code sink} once its file is written. */
    public int render(List<Page> pages, Path destination, Sink sink) throws BakeException {
        Run run = start(destination, sink);
        run.render(0, pages);
        return run.finish();
    }

    /**
     * A rendering into {@code destination} fed a part of the pages at a time ({@link Run#render}, from any thread), so
     * that a build need not hold every page's model at once; {@link Run#finish} then reports the failures.
     */
    public Run start(Path destination, Sink sink) {
        return new Run(destination.toAbsolutePath().normalize(), sink);
    }

    /** One rendering of many parts; thread-safe. */
    public final class Run {
        private final Path dest;
        private final Sink sink;
        /** The folders made so far: a page waits until its folder is made (by whichever thread came first). */
        private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
        private final java.util.concurrent.ConcurrentLinkedQueue<Failure> failures = new java.util.concurrent.ConcurrentLinkedQueue<>();
        private final java.util.concurrent.atomic.AtomicInteger rendered = new java.util.concurrent.atomic.AtomicInteger();
        /** Whether a page could not be written (a failure of the folder, not of a template). */
        private final java.util.concurrent.atomic.AtomicBoolean unwritten = new java.util.concurrent.atomic.AtomicBoolean();

        private record Failure(int part, int index, String url, String failure) {
        }

        private static Boolean made(Path folder) {
            try {
                Files.createDirectories(folder);
                return Boolean.TRUE;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private Run(Path dest, Sink sink) {
            this.dest = dest;
            this.sink = sink;
        }

        /** Renders and writes the pages of part number {@code part} (failures are reported in the parts' order), on every core. */
        public void render(int part, List<Page> pages) {
            IntStream.range(0, pages.size()).parallel().forEach(i -> one(part, i, pages.get(i)));
        }

        /**
         * As {@link #render}, on the calling thread alone: for callers that already run one part per core (pages split
         * again over the cores would only add a thread per core and its waits).
         */
        public void renderHere(int part, List<Page> pages) {
            for (int i = 0; i < pages.size(); i++) one(part, i, pages.get(i));
        }

        /** Renders page number {@code index} of part number {@code part} (rendered later than its part), on the calling thread. */
        public void renderHere(int part, int index, Page page) {
            one(part, index, page);
        }

        private void one(int part, int i, Page page) {
            try {
                Path file = dest.resolve(page.url());
                folders.computeIfAbsent(file.getParent(), Run::made);
                byte[] text = bytes(page);
                try {
                    writeOver(file, text);
                } catch (IOException e) {
                    unwritten.set(true);
                    failures.add(new Failure(part, i, page.url(), "cannot be written to " + file + " (" + reason(e) + ")"));
                    return;
                }
                sink.written(page.url(), text);
                rendered.incrementAndGet();
            } catch (Exception | StackOverflowError e) {
                failures.add(new Failure(part, i, page.url(), TemplateErrors.describe(e)));
            }
        }

        /**
         * How many pages were rendered, or throws with every failure as "url: what went wrong" in the pages' order, a
         * failure many pages share (a broken layout) said once for the first of them.
         */
        public int finish() throws BakeException {
            List<Failure> sorted = new ArrayList<>(failures);
            sorted.sort(java.util.Comparator.comparingInt(Failure::part).thenComparingInt(Failure::index));
            // each distinct failure once, with the first page it broke and how many more
            Map<String, List<String>> byFailure = new java.util.LinkedHashMap<>();
            for (Failure f : sorted) byFailure.computeIfAbsent(f.failure(), k -> new ArrayList<>()).add(f.url());
            List<String> errors = new ArrayList<>();
            byFailure.forEach((failure, urls) -> errors.add(urls.get(0)
                    + (urls.size() == 1 ? "" : " and " + (urls.size() - 1) + (urls.size() == 2 ? " other page" : " other pages")) + ": " + failure));
            if (!errors.isEmpty()) throw new BakeException(unwritten.get() ? "a page could not be made" : "a template failed", errors);
            return rendered.get();
        }
    }

    /**
     * Writes {@code bytes} to {@code file} over what it holds, then cuts it to their length: the spare's file is kept
     * (see {@link briefing.files.SiteFolder}), and writing over its blocks costs less than truncating them first.
     */
    private static void writeOver(Path file, byte[] bytes) throws IOException {
        try (java.nio.channels.FileChannel out = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes);
            while (b.hasRemaining()) out.write(b);
            if (out.size() > bytes.length) out.truncate(bytes.length);
        }
    }

    /** Why a file could not be written, in a few words ("Operation not permitted"). */
    private static String reason(IOException e) {
        return e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason().strip() : String.valueOf(e.getMessage());
    }

    /** A page's bytes: the last build's, when the cache has them, else rendered (and recorded in the cache). */
    private byte[] bytes(Page page) throws Exception {
        if (cache == null) return render(page);
        String fingerprint = cache.fingerprint(environment, page);
        Optional<byte[]> reused = cache.reuse(page.url(), fingerprint);
        if (reused.isPresent()) return reused.get();
        byte[] text = render(page);
        cache.rendered(page.url(), fingerprint, text);
        return text;
    }

    /** One page, as JBake renders a document: the document in JBake's template model, handed to the sandboxed engine. */
    private byte[] render(Page page) throws Exception {
        TemplateModel model = new TemplateModel();
        model.setContent(document(page));
        Utf8Text out = TEXT.get();
        out.reset();
        engine.renderDocument(model, templates.computeIfAbsent(page.type(), t -> config.getTemplateFileByDocType(t).getName()), out);
        return out.toByteArray();
    }

    /** Each thread's page text, reused from page to page. */
    private static final ThreadLocal<Utf8Text> TEXT = ThreadLocal.withInitial(Utf8Text::new);

    /** Each page type's template file name, as the configuration gives it. */
    private final Map<String, String> templates = new ConcurrentHashMap<>();

    /**
     * Copies the derived project's assets (styles, scripts, data exports) to {@code destination}, as JBake does, and
     * gives the files copied, relative to it with '/'.
     */
    public List<String> copyAssets(Path destination) throws BakeException {
        Path to = destination.toAbsolutePath().normalize();
        JBakeConfiguration config = configuration(project, to);
        Asset asset = new Asset(config);
        asset.copy();
        List<String> errors = new ArrayList<>();
        asset.getErrors().forEach(t -> errors.add("asset: " + rootMessage(t)));
        if (!errors.isEmpty()) throw new BakeException(errors);
        Path from = config.getAssetFolder().toPath();
        if (!Files.isDirectory(from)) return List.of();
        try (java.util.stream.Stream<Path> files = Files.walk(from)) {
            return files.filter(Files::isRegularFile).map(f -> from.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> Files.isRegularFile(to.resolve(f))).sorted().toList();
        } catch (IOException e) {
            throw new BakeException(List.of("asset: " + e.getMessage()));
        }
    }

    /** The document JBake's crawler would have made of the page's content file, with the models attached. */
    private DocumentModel document(Page page) {
        DocumentModel d = new DocumentModel();
        d.setUri(page.contentFile());
        d.setType(page.type());
        d.setStatus("published");
        // as JBake reads a header line: whitespace runs made one space, then trimmed
        d.setTitle(page.title().replaceAll("\\s+", " ").trim());
        d.setBody("");
        d.put("page", TemplateView.of(page.model())); // wrapped as the template reads it, not copied
        d.put("site", site);
        d.put("t", text);
        d.put("number", number);
        Object root = page.model().get("root");
        d.put("link", new LinkMethod(String.valueOf(root)));
        d.put("asset", new LinkMethod(String.valueOf(page.model().getOrDefault("siteRoot", root))));
        return d;
    }

    private static JBakeConfiguration configuration(Path project, Path destination) {
        return new JBakeConfigurationFactory().createDefaultJbakeConfiguration(project.toFile(), destination.toFile(), true);
    }

    /** A template error's useful line: FreeMarker's own message, without the wrapping exceptions. */
    static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) c = c.getCause();
        String m = c.getMessage() == null ? c.toString() : c.getMessage();
        return m.lines().limit(12).reduce((a, b) -> a + "\n    " + b).orElse(m);
    }
}
