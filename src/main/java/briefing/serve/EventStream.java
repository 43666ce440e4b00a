package briefing.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Server-sent events on {@code /__events}: each open preview page holds one connection, and learns each new build's
 * number the moment it is done ({@code event: build}). A new connection is told the current build at once, so a page
 * served just before a build finished still reloads. Connections are kept open (the handler returns without closing
 * them) and dropped when a write fails; a comment line every few seconds finds the closed ones.
 */
final class EventStream implements HttpHandler, AutoCloseable {
    private static final long KEEPALIVE_S = 10;

    private final LongSupplier current;
    private final List<Client> clients = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService keepalive = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "preview-events");
        t.setDaemon(true);
        return t;
    });
    private volatile long lastSentNanos;

    EventStream(LongSupplier current) {
        this.current = current;
        keepalive.scheduleAtFixedRate(() -> broadcast(": keepalive\n\n"), KEEPALIVE_S, KEEPALIVE_S, TimeUnit.SECONDS);
    }

    private record Client(HttpExchange exchange, OutputStream body) {
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().add("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().add("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0); // chunked, open-ended
        Client c = new Client(ex, ex.getResponseBody());
        if (write(c, "retry: 300\n" + event(current.getAsLong()))) clients.add(c);
    }

    /** Tells every open page that build {@code n} is served. */
    void built(long n) {
        broadcast(event(n));
        lastSentNanos = System.nanoTime();
    }

    /** When the last build event was written to the open pages ({@link System#nanoTime()}), for the bench. */
    long lastSentNanos() {
        return lastSentNanos;
    }

    int clients() {
        return clients.size();
    }

    private static String event(long n) {
        return "event: build\ndata: " + n + "\n\n";
    }

    private void broadcast(String message) {
        for (Client c : clients) if (!write(c, message)) clients.remove(c);
    }

    private static boolean write(Client c, String message) {
        try {
            synchronized (c) {
                c.body().write(message.getBytes(StandardCharsets.UTF_8));
                c.body().flush();
            }
            return true;
        } catch (IOException e) {
            c.exchange().close();
            return false;
        }
    }

    @Override
    public void close() {
        keepalive.shutdownNow();
        for (Client c : clients) c.exchange().close();
        clients.clear();
    }
}
