package briefing.load;

import briefing.model.Markdown;
import briefing.model.Origin;
import briefing.model.Problem;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An editorial page's title, as its editor wrote it: front matter ({@code ---} / {@code title: Metodología} / {@code ---})
 * or else a first line that is a level-one heading ({@code # Metodología}). The lines that gave it are blanked in the
 * body (so the page does not show its title twice, and every later line keeps its number for messages).
 */
final class PageTitles {
    private static final Pattern TITLE = Pattern.compile("^title\\s*:\\s*(.*?)\\s*$");
    private static final Pattern HEADING = Pattern.compile("^#\\s+(.+?)\\s*#*\\s*$");

    private PageTitles() {
    }

    /** A page's body without the lines that gave its title, and that title. */
    record Titled(Markdown body, Optional<String> title) {
    }

    static Titled split(Markdown md, List<Problem> problems) {
        String[] lines = md.text().split("\n", -1);
        Optional<String> title = Optional.empty();
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            int close = -1;
            for (int i = 1; i < lines.length; i++) if (lines[i].strip().equals("---")) { close = i; break; }
            if (close < 0) {
                problems.add(new Problem(new Origin(md.origin().file(), 1, 1), "front matter opened with --- is never closed;"
                        + " add a line --- after its fields (title: ...)"));
                return new Titled(md, Optional.empty());
            }
            for (int i = 1; i < close; i++) {
                Matcher m = TITLE.matcher(lines[i]);
                if (m.matches()) title = Optional.of(unquote(m.group(1))).filter(t -> !t.isEmpty());
                else if (!lines[i].isBlank() && !lines[i].strip().startsWith("#")) {
                    problems.add(new Problem(new Origin(md.origin().file(), i + 1, 1), "unknown front matter field '"
                            + lines[i].strip() + "'; a page's front matter has only title: (its title)"));
                }
            }
            for (int i = 0; i <= close; i++) lines[i] = "";
        } else {
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank()) continue;
                Matcher m = HEADING.matcher(lines[i]);
                if (m.matches()) {
                    title = Optional.of(m.group(1));
                    lines[i] = "";
                }
                break;
            }
        }
        if (title.isEmpty()) return new Titled(md, title);
        return new Titled(new Markdown(String.join("\n", lines), md.origin()), title);
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}
