package briefing.load;

import briefing.model.Markdown;
import briefing.model.Origin;
import briefing.model.Problem;

import java.util.List;

/**
 * Markdown nested deeper than any summary needs ({@code > > > ...} or {@code - - - ...} thousands of times on a line)
 * would exhaust the Markdown parser's stack: such a line is an error at its position, before anything parses it.
 */
final class MarkdownNesting {
    /** The deepest nesting of block quotes and list items a line may open. */
    static final int MAX_DEPTH = 32;

    private MarkdownNesting() {
    }

    /** Whether {@code md} nests no deeper than {@link #MAX_DEPTH}; if it does, the first line that does is added to {@code problems}. */
    static boolean fine(Markdown md, List<Problem> problems) {
        String text = md.text();
        int line = 1;
        for (int start = 0; start < text.length(); ) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            int depth = 0;
            int i = start;
            while (i < end) {
                char c = text.charAt(i);
                if (c == ' ' || c == '\t') {
                    i++;
                } else if (c == '>' || (c == '-' || c == '*' || c == '+') && i + 1 < end && Character.isWhitespace(text.charAt(i + 1))) {
                    depth++;
                    i++;
                } else if (Character.isDigit(c)) {
                    int j = i;
                    while (j < end && Character.isDigit(text.charAt(j))) j++;
                    if (j < end && (text.charAt(j) == '.' || text.charAt(j) == ')')) {
                        depth++;
                        i = j + 1;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
                if (depth > MAX_DEPTH) {
                    problems.add(new Problem(new Origin(md.origin().file(), line, i - start), "quotes or lists nested more than " + MAX_DEPTH
                            + " levels deep on one line; a summary needs a few at most"));
                    return false;
                }
            }
            line++;
            start = end + 1;
        }
        return true;
    }
}
