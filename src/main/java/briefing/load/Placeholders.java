package briefing.load;

import briefing.model.Markdown;
import briefing.model.Origin;
import briefing.model.Placeholder;
import briefing.model.Problem;

import java.util.List;
import java.util.regex.Pattern;

/** Reports every TODO the scaffold wrote and the editor has not replaced yet: placeholders never pass as content. */
final class Placeholders {
    private static final Pattern HEADING_MARK = Pattern.compile("^#+\\s*");

    private Placeholders() {
    }

    static void check(YamlNode node, String field, List<Problem> problems) {
        if (node instanceof YamlNode.MapNode m) {
            m.entries().forEach((k, v) -> check(v, k, problems));
        } else if (node instanceof YamlNode.ListNode l) {
            l.items().forEach(i -> check(i, field, problems));
        } else if (node instanceof YamlNode.ScalarNode s && s.kind() == YamlNode.ScalarNode.Kind.STRING && Placeholder.is(s.text())) {
            problems.add(new Problem(s.origin(), "'" + field + "' is still the placeholder '" + s.text().strip()
                    + "'; write the real value (new-source marks with TODO what only you can fill in)"));
        }
    }

    static void check(Markdown md, List<Problem> problems) {
        String[] lines = md.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = HEADING_MARK.matcher(lines[i].strip()).replaceFirst("");
            if (Placeholder.is(line)) {
                problems.add(new Problem(new Origin(md.origin().file(), i + 1, 1), "placeholder left: '" + abbreviate(line)
                        + "'; replace each TODO line with your own text"));
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 59) + "…";
    }
}
