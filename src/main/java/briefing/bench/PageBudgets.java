package briefing.bench;

import briefing.serve.SiteHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Page budgets of a built site: the bytes of HTML+CSS+JS each page type needs, gzip-compressed as a server sends
 * them (the search index left out), and Lighthouse 12's four scores (npm, driving the system's Chromium). The page
 * weighed for each type is the heaviest the site has of that type (its body class names the type: "page-actor"), so
 * the budgets hold for any portal and name none.
 */
public final class PageBudgets {
    /** The page types Lighthouse scores, each on its heaviest page. */
    static final List<String> LIGHTHOUSE_TYPES = List.of("home", "actor", "timeline", "search");
    private static final String LIGHTHOUSE = "lighthouse@12.8.2";

    /** A page and what it weighs with its stylesheets and scripts. */
    public record Weight(String type, String page, long raw, long gzip) {
    }

    private PageBudgets() {
    }

    /** The heaviest page (by gzip size; the first path on a tie) of each page type, by type name. */
    static Map<String, Weight> heaviest(Path site) throws IOException {
        Map<String, Weight> out = new TreeMap<>();
        List<Path> pages;
        try (Stream<Path> s = Files.walk(site)) {
            pages = s.filter(f -> f.toString().endsWith(".html") && !site.relativize(f).startsWith("pagefind")).sorted().toList();
        }
        for (Path html : pages) {
            Document doc = Jsoup.parse(html.toFile(), "UTF-8");
            String type = doc.body().classNames().stream().filter(c -> c.startsWith("page-")).findFirst().map(c -> c.substring(5)).orElse(null);
            if (type == null) continue;
            Weight w = weigh(site, html, doc, type);
            out.merge(type, w, (a, b) -> b.gzip() > a.gzip() ? b : a);
        }
        return out;
    }

    private static Weight weigh(Path site, Path html, Document doc, String type) throws IOException {
        Set<Path> files = new LinkedHashSet<>(List.of(html));
        for (Element e : doc.select("link[rel=stylesheet][href], script[src]")) {
            String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
            Path f = html.getParent().resolve(ref).normalize();
            if (Files.exists(f) && !site.relativize(f).startsWith("pagefind")) files.add(f);
        }
        long raw = 0;
        long gz = 0;
        for (Path f : files) {
            byte[] b = Files.readAllBytes(f);
            raw += b.length;
            gz += gzip(b);
        }
        return new Weight(type, site.relativize(html).toString().replace('\\', '/'), raw, gz);
    }

    static void weights(Path site, PrintStream out) throws IOException {
        out.printf("%-14s %-46s %10s %10s%n", "page type", "heaviest page (HTML+CSS+JS)", "raw B", "gzip B");
        for (Weight w : heaviest(site).values()) out.printf("%-14s %-46s %10d %10d%n", w.type(), w.page(), w.raw(), w.gzip());
        Weight h = heaviestHtml(site);
        out.printf("heaviest HTML page alone: %s, %d B raw, %d B gzipped (budget %d B)%s%n", h.page(), h.raw(), h.gzip(), HTML_BUDGET,
                h.gzip() > HTML_BUDGET ? " OVER BUDGET" : "");
    }

    /** What any HTML page of any portal may weigh, gzip-compressed, alone (issue 13: 60 KB at any corpus size). */
    static final long HTML_BUDGET = 60 * 1024;

    /** The heaviest HTML file of a site, alone (no stylesheet nor script), by gzip size; the search index's files left out. */
    public static Weight heaviestHtml(Path site) throws IOException {
        Weight max = new Weight("", "", 0, 0);
        try (Stream<Path> s = Files.walk(site)) {
            for (Path f : s.filter(x -> x.toString().endsWith(".html") && !site.relativize(x).startsWith("pagefind")).sorted().toList()) {
                byte[] b = Files.readAllBytes(f);
                long gz = gzip(b);
                if (gz > max.gzip()) max = new Weight("", site.relativize(f).toString().replace('\\', '/'), b.length, gz);
            }
        }
        return max;
    }

    private static long gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(out)) {
            g.write(b);
        }
        return out.size();
    }

    /** Lighthouse scores per page, or a line saying why they could not be taken. */
    static void lighthouse(Path site, PrintStream out) throws Exception {
        String chrome = System.getenv().getOrDefault("CHROME_PATH", "/usr/bin/chromium");
        if (!Files.exists(Path.of(chrome))) {
            out.println("lighthouse: no browser at " + chrome + " (set CHROME_PATH); skipped");
            return;
        }
        HttpServer server = SiteHandler.serve(site, "/portal/");
        try {
            out.printf("%-46s %12s %14s %15s %6s%n", "lighthouse 12 (desktop)", "performance", "accessibility", "best-practices", "seo");
            Map<String, Weight> heaviest = heaviest(site);
            for (String page : LIGHTHOUSE_TYPES.stream().filter(heaviest::containsKey).map(t -> heaviest.get(t).page()).toList()) {
                String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/portal/" + page;
                Path report = Files.createTempFile("lighthouse", ".json");
                List<String> cmd = new ArrayList<>(List.of("npx", "--yes", LIGHTHOUSE, url, "--quiet", "--output=json",
                        "--output-path=" + report, "--preset=desktop",
                        "--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update"));
                ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
                pb.environment().put("CHROME_PATH", chrome);
                Process p = pb.start();
                String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (p.waitFor() != 0 || Files.size(report) == 0) {
                    out.println(page + ": lighthouse failed: " + log.lines().reduce((a, b) -> b).orElse(""));
                    continue;
                }
                JsonNode c = new ObjectMapper().readTree(report.toFile()).path("categories");
                out.printf("%-46s %12.2f %14.2f %15.2f %6.2f%n", page, c.path("performance").path("score").asDouble(),
                        c.path("accessibility").path("score").asDouble(), c.path("best-practices").path("score").asDouble(),
                        c.path("seo").path("score").asDouble());
                Files.deleteIfExists(report);
            }
        } finally {
            server.stop(0);
        }
    }
}
