package briefing.serve;

import com.sun.net.httpserver.HttpServer;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code Host} names the preview answers (any other gets 421, against DNS rebinding): {@code localhost},
 * {@code 127.0.0.1} and {@code [::1]} with any port, and inside GitHub Codespaces the one name Codespaces forwards the
 * preview's port under, {@code <CODESPACE_NAME>-<port>.<GITHUB_CODESPACES_PORT_FORWARDING_DOMAIN>} (the browser's Host,
 * passed on unchanged; served over https). That name is accepted only when {@code CODESPACES=true} and both variables
 * are set, and only for the port the preview listens on. The build events accept the matching origin only:
 * {@code http://} and a loopback Host, or {@code https://} and the forwarded name.
 */
public final class PreviewHosts {
    private static final Pattern LOOPBACK = Pattern.compile("(localhost|127\\.0\\.0\\.1|\\[::1\\])(:\\d{1,5})?");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?");
    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");

    private final Optional<String> codespace;
    private final Optional<String> domain;

    private PreviewHosts(Optional<String> codespace, Optional<String> domain) {
        this.codespace = codespace;
        this.domain = domain;
    }

    /** The names to answer given these environment variables (a test's own, or {@link #fromEnvironment()}). */
    public static PreviewHosts of(Map<String, String> env) {
        String name = env.getOrDefault("CODESPACE_NAME", "").toLowerCase(Locale.ROOT);
        String forwarding = env.getOrDefault("GITHUB_CODESPACES_PORT_FORWARDING_DOMAIN", "").toLowerCase(Locale.ROOT);
        if ("true".equals(env.get("CODESPACES")) && NAME.matcher(name).matches() && DOMAIN.matcher(forwarding).matches()) {
            return new PreviewHosts(Optional.of(name), Optional.of(forwarding));
        }
        return new PreviewHosts(Optional.empty(), Optional.empty());
    }

    /** The names to answer in this process's environment. */
    public static PreviewHosts fromEnvironment() {
        return of(System.getenv());
    }

    /** {@code server}, each of whose contexts (those created later too) is guarded ({@link RequestGuard}) with these names. */
    public HttpServer guard(HttpServer server) {
        return RequestGuard.around(server, this);
    }

    /** The name Codespaces forwards {@code port} under, when the preview runs in a codespace. */
    Optional<String> forwarded(int port) {
        return codespace.map(c -> c + "-" + port + "." + domain.orElseThrow());
    }

    /** Whether a request with this Host header, to the preview listening on {@code port}, is answered. */
    boolean answers(String host, int port) {
        String h = host.toLowerCase(Locale.ROOT);
        return LOOPBACK.matcher(h).matches() || forwarded(port).filter(h::equals).isPresent();
    }

    /** Whether {@code origin} is the preview's own for a request with this (answered) Host. */
    boolean ownOrigin(String origin, String host, int port) {
        String h = host.toLowerCase(Locale.ROOT);
        String scheme = LOOPBACK.matcher(h).matches() ? "http://" : "https://";
        return origin.toLowerCase(Locale.ROOT).equals(scheme + h);
    }

    /** What a refused Host is told. */
    String refusal(int port) {
        return "This preview answers only for localhost, 127.0.0.1 and [::1]"
                + forwarded(port).map(f -> " and " + f).orElse("") + "; open it as http://localhost:" + port + "/";
    }
}
