package briefing.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One Pagefind process run as a service ({@code pagefind --service}), holding one index: pages are added to it, then it
 * writes its bundle into a folder. The service reads messages on its standard input, each a JSON object in Base64
 * followed by a comma, and answers each the same way on its output. Its memory grows with the pages it holds (about
 * 160 KB each), so {@link SearchStream} gives each service a bounded number of pages.
 */
final class PagefindService implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final long TIMEOUT_MINUTES = 10;

    private final Process process;
    private final OutputStream in;
    private final AtomicReference<String> failure = new AtomicReference<>();
    /** The index the service made (its id), which every later message names. */
    private final CompletableFuture<Integer> index = new CompletableFuture<>();
    private final CompletableFuture<JsonNode> written = new CompletableFuture<>();
    private int nextId = 1;

    private PagefindService(Process process) {
        this.process = process;
        this.in = process.getOutputStream();
        Thread reader = new Thread(this::read, "search-answers");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the executable {@code binary} as a service and asks it for a new index. */
    static PagefindService start(Path binary) throws SearchException {
        Process p;
        try {
            p = new ProcessBuilder(binary.toString(), "--service").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new SearchException("cannot run " + binary + ": " + e.getMessage());
        }
        PagefindService s = new PagefindService(p);
        ObjectNode payload = JSON.createObjectNode().put("type", "NewIndex");
        payload.putObject("config");
        s.send(payload);
        return s;
    }

    /** Adds one page (its url relative to the site, with '/'; its bytes as written); a failure is kept for later. */
    void add(String url, byte[] html) {
        indexId().ifPresent(id -> {
            synchronized (this) {
                write(AddFileMessage.json(nextId++, id, url, html));
            }
        });
    }

    /** Asks the service to write its bundle into {@code folder}: done when it has. */
    CompletableFuture<JsonNode> write(Path folder) {
        sendToIndex(JSON.createObjectNode().put("type", "WriteFiles").put("output_path", folder.toString()));
        return written;
    }

    /** Waits until the bundle is written; the service's failure, if any, in words. */
    String awaitWritten() {
        try {
            written.get(TIMEOUT_MINUTES, TimeUnit.MINUTES);
            return failure.get();
        } catch (TimeoutException e) {
            return "it did not write the search index in " + TIMEOUT_MINUTES + " minutes";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while it wrote the search index";
        } catch (ExecutionException e) {
            return failure.get() != null ? failure.get() : e.getCause().getMessage();
        }
    }

    /** Stops the service (once its bundle is written, or for a failed build). */
    @Override
    public void close() {
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
    private void sendToIndex(ObjectNode payload) {
        indexId().ifPresent(id -> {
            payload.put("index_id", id);
            send(payload);
        });
    }

    /** The index the service made, once it has said which; empty (and the failure kept) if it made none. */
    private java.util.Optional<Integer> indexId() {
        try {
            return java.util.Optional.of(index.get(TIMEOUT_MINUTES, TimeUnit.MINUTES));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            fail("it made no index");
            return java.util.Optional.empty();
        }
    }

    private synchronized void send(ObjectNode payload) {
        ObjectNode message = JSON.createObjectNode().put("message_id", nextId++);
        message.set("payload", payload);
        try {
            write(JSON.writeValueAsBytes(message));
        } catch (IOException e) {
            fail("a message could not be made (" + e.getMessage() + ")");
        }
    }

    /** The last message as Base64, kept for the next one (messages are written one at a time). */
    private byte[] encoded = new byte[0];

    /** Writes one message: its JSON as Base64, then the comma that ends it. */
    private synchronized void write(byte[] json) {
        try {
            int length = 4 * ((json.length + 2) / 3);
            if (encoded.length < length + 1) encoded = new byte[Math.max(length + 1, 2 * encoded.length)];
            int n = Base64.getEncoder().encode(json, encoded);
            encoded[n] = ',';
            in.write(encoded, 0, n + 1);
            in.flush();
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
