package briefing.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Stage 7, index, while the bake runs: Pagefind (the pinned executable, {@link PagefindBinary}) as a service, handed
 * each page to be found as soon as it is written, so that indexing overlaps the bake instead of reading the whole
 * site back after it. Pagefind's service reads messages on its standard input, each a JSON object in Base64 followed
 * by a comma, and answers each the same way on its output. The index depends on the order the pages are added in:
 * callers add them in a fixed order (the plan's), so the same content gives the same index.
 */
public final class SearchStream implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_MINUTES = 10;

    private final Path site;
    private final Process process;
    private final OutputStream in;
    /**
     * Writes the messages in the order they were added, off the bake's threads; when Pagefind falls behind, at most
     * {@link #WAITING} pages wait here and the bake waits for it, so memory stays bounded.
     */
    private final ExecutorService writer = new java.util.concurrent.ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new java.util.concurrent.LinkedBlockingQueue<>(WAITING), r -> {
                Thread t = new Thread(r, "search-feed");
                t.setDaemon(true);
                return t;
            }, (task, pool) -> {
                try {
                    if (!pool.isShutdown()) pool.getQueue().put(task);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
    private static final int WAITING = 64;
    private final AtomicReference<String> failure = new AtomicReference<>();
    private final CompletableFuture<JsonNode> written = new CompletableFuture<>();
    /** The index the service made (its id), which every later message names. */
    private final CompletableFuture<Integer> index = new CompletableFuture<>();
    private int added;
    private int nextId = 2;

    private SearchStream(Path site, Process process) {
        this.site = site;
        this.process = process;
        this.in = process.getOutputStream();
        Thread reader = new Thread(this::read, "search-answers");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts Pagefind's service for a site being written into {@code site} and asks it for a new index. */
    public static SearchStream start(Path site) throws SearchException {
        Path binary = SearchIndexer.binary();
        Process p;
        try {
            p = new ProcessBuilder(binary.toString(), "--service").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new SearchException("cannot run " + binary + ": " + e.getMessage());
        }
        SearchStream s = new SearchStream(site.toAbsolutePath().normalize(), p);
        ObjectNode payload = JSON.createObjectNode().put("type", "NewIndex");
        payload.putObject("config");
        s.send(1, payload);
        return s;
    }

    /**
     * Adds one page (its url relative to the site, with '/'; its bytes as written): in the order of the calls, which
     * the caller keeps the same from build to build. Returns at once; a failure is reported by {@link #finish}.
     */
    public synchronized void add(String url, byte[] html) {
        int id = nextId++;
        added++;
        writer.execute(() -> sendToIndex(id, JSON.createObjectNode().put("type", "AddFile").put("file_path", url)
                .put("file_contents", new String(html, StandardCharsets.UTF_8))));
    }

    /**
     * A feed of numbered parts of pages (0, 1, 2 ...), each handed over when done, in any order: the pages go to the
     * index in the parts' order. One feed per run of parts.
     */
    public InOrder inOrder() {
        return new InOrder();
    }

    /** Pages handed over part by part, in any order, and added to the index in the parts' order. */
    public final class InOrder {
        private final java.util.Map<Integer, java.util.List<java.util.Map.Entry<String, byte[]>>> waiting = new java.util.HashMap<>();
        private int next;

        private InOrder() {
        }

        /** Part number {@code part} is written: its pages to be found, as (url, bytes), in the part's order. */
        public synchronized void done(int part, java.util.List<java.util.Map.Entry<String, byte[]>> pages) {
            waiting.put(part, pages);
            for (; waiting.containsKey(next); next++) {
                for (java.util.Map.Entry<String, byte[]> page : waiting.remove(next)) add(page.getKey(), page.getValue());
            }
        }
    }

    /** Writes the index into the site's pagefind/ once every page added is indexed; returns "Indexed N pages". */
    public String finish() throws SearchException {
        int pages;
        synchronized (this) {
            pages = added;
            ObjectNode payload = JSON.createObjectNode().put("type", "WriteFiles")
                    .put("output_path", site.resolve("pagefind").toString());
            int id = nextId++;
            writer.execute(() -> sendToIndex(id, payload));
        }
        String failed;
        try {
            written.get(TIMEOUT_MINUTES, TimeUnit.MINUTES);
            failed = failure.get();
        } catch (TimeoutException e) {
            throw new SearchException("Pagefind did not write the search index in " + TIMEOUT_MINUTES + " minutes");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchException("interrupted while Pagefind wrote the search index");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new SearchException("Pagefind failed indexing " + site + ": " + e.getCause().getMessage());
        } finally {
            close();
        }
        if (failed != null) throw new SearchException("Pagefind failed indexing " + site + ": " + failed);
        return "Indexed " + pages + " page" + (pages == 1 ? "" : "s");
    }

    /** Stops the service (a failed build's, or after the index is written). */
    @Override
    public void close() {
        writer.shutdownNow();
        try {
            in.close();
        } catch (IOException ignored) {
            // the service is gone already
        }
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** Sends a message about the index, once the service has said which it is. */
    private void sendToIndex(int id, ObjectNode payload) {
        try {
            payload.put("index_id", index.get(TIMEOUT_MINUTES, TimeUnit.MINUTES));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
            fail("it made no index");
            return;
        }
        send(id, payload);
    }

    private void send(int id, ObjectNode payload) {
        try {
            ObjectNode message = JSON.createObjectNode().put("message_id", id);
            message.set("payload", payload);
            synchronized (in) { // the message as Base64, written as it is encoded, then the comma that ends it
                OutputStream base64 = Base64.getEncoder().wrap(new java.io.FilterOutputStream(in) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush(); // the service's input stays open
                    }
                });
                JSON.writeValue(base64, message);
                base64.close(); // the last characters and padding
                in.write(',');
                in.flush();
            }
        } catch (IOException e) {
            fail("the service stopped taking pages (" + e.getMessage() + ")");
        }
    }

    /** Reads the service's answers: an error fails the index; the answer to WriteFiles ends it. */
    private void read() {
        try (InputStream out = process.getInputStream()) {
            ByteArrayOutputStream message = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = out.read(buffer)) >= 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] != ',') {
                        message.write(buffer[i]);
                        continue;
                    }
                    JsonNode answer = JSON.readTree(Base64.getDecoder().decode(message.toByteArray()));
                    message.reset();
                    JsonNode payload = answer.path("payload");
                    String type = payload.path("type").asText();
                    if (type.equals("Error")) fail(payload.path("message").asText("an error"));
                    else if (type.equals("NewIndex")) index.complete(payload.path("index_id").asInt());
                    else if (type.equals("WriteFiles")) written.complete(payload);
                }
            }
            if (!written.isDone()) fail("the service ended before it wrote the index");
        } catch (IOException | IllegalArgumentException e) {
            fail("its answer could not be read (" + e.getMessage() + ")");
        }
    }

    private void fail(String why) {
        failure.compareAndSet(null, why);
        index.completeExceptionally(new IllegalStateException(failure.get()));
        written.completeExceptionally(new IllegalStateException(failure.get()));
    }
}
