package briefing.serve;

import briefing.i18n.Messages;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What the preview adds to each served page: a script of the preview's own origin ({@code /__preview.js}, no inline
 * script, so a page with a Content-Security-Policy of {@code 'self'} keeps working) that reloads the page when a newer
 * build is pushed, and, while the content is broken, the list of problems over the last good page, or else the content's
 * warnings (styled by {@code /__preview.css}, no inline style), their heading in the portal's language.
 */
final class PreviewPage {
    static final String SCRIPT = "/__preview.js";
    static final String STYLE = "/__preview.css";

    private PreviewPage() {
    }

    /**
     * The page with the preview's script, and the content's errors over it (or, when it has none, its warnings, each
     * with its position, in a panel that folds away).
     */
    static String inject(String page, long build, List<String> errors, List<String> warnings, Messages text) {
        StringBuilder b = new StringBuilder();
        if (!errors.isEmpty()) {
            b.append("<link rel=\"stylesheet\" href=\"").append(STYLE).append("\">")
                    .append("<div role=\"alert\" id=\"preview-errors\" lang=\"").append(escape(text.language())).append("\"><strong>")
                    .append(escape(text.get("preview.errors", "count", errors.size()))).append("</strong>");
            list(b, errors);
            b.append("</div>");
        } else if (!warnings.isEmpty()) {
            b.append("<link rel=\"stylesheet\" href=\"").append(STYLE).append("\">")
                    .append("<details role=\"status\" id=\"preview-warnings\" open lang=\"").append(escape(text.language()))
                    .append("\"><summary>").append(escape(text.get("preview.warnings", "count", warnings.size()))).append("</summary>");
            list(b, warnings);
            b.append("</details>");
        }
        b.append("<script src=\"").append(SCRIPT).append("\" data-build=\"").append(build).append("\" defer></script>");
        int at = page.lastIndexOf("</body>");
        return at < 0 ? page + b : page.substring(0, at) + b + page.substring(at);
    }

    private static void list(StringBuilder b, List<String> problems) {
        b.append("<ul>");
        for (String p : problems) b.append("<li>").append(escape(p)).append("</li>");
        b.append("</ul>");
    }

    /** Serves one of the preview's own files (the script, the style) from the class path. */
    static void serve(HttpExchange ex, String resource, String type) throws IOException {
        try (ex; InputStream in = PreviewPage.class.getResourceAsStream(resource)) {
            if (in == null) throw new UncheckedIOException(new IOException("missing resource " + resource));
            byte[] body = in.readAllBytes();
            ex.getResponseHeaders().add("Content-Type", type);
            ex.getResponseHeaders().add("Cache-Control", "no-store");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
        }
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
