package briefing.emit;

import briefing.i18n.Messages;
import briefing.model.EdtfDate;
import briefing.model.Source;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static briefing.emit.Views.map;

/**
 * How a source is cited: a formatted citation in the portal's language for its page, and the whole list as BibTeX
 * (biblatex) and as CSL-JSON for reference managers. Each says only what is known: no author when none is named, a
 * date at its own precision, a window of dates as a window (EDTF in biblatex's {@code date}, a range or the raw EDTF
 * in CSL-JSON), no address when it is unknown.
 */
public final class Citations {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Citations() {
    }

    /** "Author, Author. “Title”. Publisher, 8 March 2023. https://…" in the portal's language; unknown parts left out. */
    public static String text(Source s, Messages text) {
        String title = text.get("citation.title", "title", s.title());
        String date = text.date(EdtfDate.parse(s.published().value()));
        String core = s.authors().isEmpty()
                ? text.get("citation.without_authors", "title", title, "publisher", s.publisher(), "date", date)
                : text.get("citation.with_authors", "authors", text.list(s.authors()), "title", title, "publisher", s.publisher(), "date", date);
        return s.url().map(u -> core + " " + text.get("citation.url", "url", u)).orElse(core);
    }

    // --- BibTeX (biblatex) -------------------------------------------------------------------------------------

    /** Every source as a biblatex entry, keyed by its id, in id order. */
    public static String bibtex(Collection<Source> sources) {
        StringBuilder b = new StringBuilder();
        for (Source s : sources) {
            boolean article = List.of("news", "analysis", "roundup").contains(s.kind().value());
            EdtfDate d = EdtfDate.parse(s.published().value());
            Map<String, String> f = new LinkedHashMap<>();
            f.put("title", s.title());
            if (!s.authors().isEmpty()) f.put("author", String.join(" and ", s.authors().stream().map(a -> "{" + escape(a) + "}").toList()));
            f.put(article ? "journaltitle" : "publisher", s.publisher());
            f.put("date", d.edtf()); // biblatex reads EDTF: 2013, 2013-04, 2020-10~, 2019-01-28/2019-02-01, 2023-10-31/..
            s.url().ifPresent(u -> f.put("url", u));
            if (!s.language().isEmpty()) f.put("langid", s.language());
            b.append('@').append(article ? "article" : "misc").append('{').append(s.id()).append(",\n");
            f.forEach((k, v) -> b.append("  ").append(k).append(" = {")
                    .append(k.equals("author") ? v : k.equals("url") ? url(v) : escape(v)).append("},\n"));
            b.append("}\n\n");
        }
        return b.toString();
    }

    /**
     * An address as biblatex reads its {@code url} field (verbatim, so TeX's escapes would become part of it): braces
     * and backslashes, which could close the field early, percent-encoded as any address may have them.
     */
    static String url(String u) {
        return u.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D");
    }

    /** TeX's special characters as text. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\textbackslash{}");
                case '{', '}', '%', '&', '$', '#', '_' -> b.append('\\').append(c);
                case '~' -> b.append("\\textasciitilde{}");
                case '^' -> b.append("\\textasciicircum{}");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    // --- CSL-JSON ----------------------------------------------------------------------------------------------

    /** Every source as a CSL-JSON item, in id order. */
    public static String cslJson(Collection<Source> sources) {
        List<Object> items = new ArrayList<>();
        for (Source s : sources) {
            Map<String, Object> item = map("id", s.id(), "type", cslType(s.kind().value()), "title", s.title());
            if (!s.authors().isEmpty()) item.put("author", s.authors().stream().map(a -> (Object) map("literal", a)).toList());
            item.put(field(s), s.publisher());
            item.put("issued", issued(EdtfDate.parse(s.published().value())));
            s.url().ifPresent(u -> item.put("URL", u));
            if (!s.language().isEmpty()) item.put("language", s.language());
            s.license().ifPresent(l -> item.put("license", l));
            items.add(item);
        }
        try {
            return JSON.writeValueAsString(items) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cslType(String kind) {
        return switch (kind) {
            case "news" -> "article-newspaper";
            case "analysis", "roundup" -> "article";
            case "official" -> "report";
            default -> "webpage";
        };
    }

    private static String field(Source s) {
        return List.of("news", "analysis", "roundup").contains(s.kind().value()) ? "container-title" : "publisher";
    }

    /** A CSL date: date-parts at their precision; a closed window as a range; an open one as raw EDTF; circa when approximate. */
    static Map<String, Object> issued(EdtfDate d) {
        if (d.interval() && (d.start().isEmpty() || d.end().isEmpty())) return map("raw", d.edtf());
        List<Object> parts = new ArrayList<>();
        d.start().ifPresent(p -> parts.add(parts(p)));
        if (d.interval()) d.end().ifPresent(p -> parts.add(parts(p)));
        Map<String, Object> m = map("date-parts", parts);
        Optional<EdtfDate.Point> first = d.start();
        if (first.isPresent() && (first.get().approximate() || first.get().uncertain())) m.put("circa", true);
        return m;
    }

    private static List<Integer> parts(EdtfDate.Point p) {
        return switch (p.precision()) {
            case YEAR -> List.of(p.year());
            case MONTH -> List.of(p.year(), p.month());
            case DAY -> List.of(p.year(), p.month(), p.day());
        };
    }
}
