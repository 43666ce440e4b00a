package briefing.load;

import briefing.model.Origin;
import briefing.model.Problem;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.util.List;
import java.util.Optional;

/**
 * SnakeYAML's syntax errors told in an editor's words, at the line of the mistake, each with its fix: a tab in the
 * indentation, a missing ':' (SnakeYAML notices it on the next line), an apostrophe that ends a single-quoted text,
 * and the other commonest mistakes; anything else in SnakeYAML's words with a general hint.
 */
final class YamlMistakes {
    private YamlMistakes() {
    }

    /** The problem SnakeYAML's error {@code y} stands for in the file {@code file} of text {@code text}. */
    static Problem of(String file, String text, MarkedYAMLException y) {
        Mark mark = y.getProblemMark();
        String problem = y.getProblem() == null ? "" : y.getProblem().replaceAll("\\s+", " ").strip();
        List<String> lines = text.lines().toList();
        if (problem.contains("TAB")) {
            return new Problem(at(file, mark), "a tab: indent with spaces (YAML does not allow tabs in the indentation;"
                    + " most editors turn them into spaces with a setting such as 'insert spaces')");
        }
        Optional<Problem> apostrophe = apostrophe(file, lines, mark);
        if (apostrophe.isPresent()) return apostrophe.get();
        if (problem.contains("could not find expected ':'") && y.getContextMark() != null) {
            Mark key = y.getContextMark();
            String line = key.getLine() < lines.size() ? lines.get(key.getLine()) : "";
            String start = line.substring(Math.min(key.getColumn(), line.length())).strip();
            String word = start.split("\\s+", 2)[0];
            String rest = start.length() > word.length() ? start.substring(word.length()).strip() : "";
            return new Problem(at(file, key), "missing ':' after '" + word + "'; write " + word + ": "
                    + (rest.isEmpty() ? "followed by its value" : rest) + " (or, if this line continues the text above, indent it"
                    + " further than the field it belongs to)");
        }
        String context = y.getContext() == null ? "" : " (" + y.getContext().strip() + ")";
        return new Problem(at(file, mark), "YAML syntax: " + problem + context + hint(problem));
    }

    /**
     * A text in single quotes ended early by an apostrophe ({@code 'Harbour Watch's pier'}): SnakeYAML stops just after
     * the apostrophe, at the rest of the text.
     */
    private static Optional<Problem> apostrophe(String file, List<String> lines, Mark mark) {
        if (mark.getLine() >= lines.size()) return Optional.empty();
        String line = lines.get(mark.getLine());
        int quote = mark.getColumn() - 1; // the apostrophe, just before where SnakeYAML stopped
        if (quote < 1 || quote >= line.length() || line.charAt(quote) != '\'' || line.lastIndexOf('\'', quote - 1) < 0) {
            return Optional.empty();
        }
        if (quote + 1 >= line.length() || !Character.isLetterOrDigit(line.charAt(quote + 1))
                || !Character.isLetterOrDigit(line.charAt(quote - 1))) {
            return Optional.empty();
        }
        int from = quote, to = quote + 1;
        while (from > 0 && Character.isLetterOrDigit(line.charAt(from - 1))) from--;
        while (to < line.length() && Character.isLetterOrDigit(line.charAt(to))) to++;
        String word = line.substring(from, to);
        return Optional.of(new Problem(new Origin(file, mark.getLine() + 1, quote + 1), "the ' in " + word
                + " ends the quoted text: use double quotes (\"...\"), or write '' for an apostrophe inside single quotes"
                + " ('" + word.replace("'", "''") + "')"));
    }

    private static Origin at(String file, Mark m) {
        return new Origin(file, m.getLine() + 1, m.getColumn() + 1);
    }

    /** What to do about the other common YAML mistakes. */
    static String hint(String problem) {
        if (problem.contains("mapping values are not allowed")) {
            return "; check this line's indentation against the line above, or quote text that contains ': '"
                    + " (title: \"Talks: the second round\")";
        }
        if (problem.contains("expected <block end>, but found '<block sequence start>'")) {
            return "; a '- ' item follows a field that already has a value (events: []):"
                    + " delete the value ([]) so that the items belong to the field, or check this line's indentation";
        }
        if (problem.contains("expected <block end>")) return "; check the indentation of this line against the lines above";
        if (problem.contains("found unexpected end of stream")) return "; a quote or bracket opened above is never closed";
        if (problem.contains("expected '<document start>'")) {
            return "; the file's value ended above (a '{}' or '[]' on a line of its own): delete it, so that these lines belong to the file";
        }
        return "; check indentation, and quote text that contains ': ' or starts with a special character";
    }
}
