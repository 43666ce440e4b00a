package briefing.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A message whose arguments are all plain text put in as they are ("the event “{title}”"), formatted without ICU: a
 * page asks for some of them once per event it lists, from every bake thread. A pattern ICU would read otherwise (an
 * apostrophe, a plural, a number or date format, a brace that is not an argument's) is not one: {@link #of} gives
 * null and ICU formats it, as it does whenever an argument is missing or is not text (a number is written by the
 * language's rules).
 */
final class PlainPattern {
    /** Literal text and argument names, alternating: text, name, text, name, ..., text. */
    private final String[] parts;

    private PlainPattern(String[] parts) {
        this.parts = parts;
    }

    /** The pattern read as literal text and {@code {name}} arguments; null if ICU would read anything else in it. */
    static PlainPattern of(String pattern) {
        if (pattern.indexOf('\'') >= 0) return null;
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int open = pattern.indexOf('{'); open >= 0; open = pattern.indexOf('{', from)) {
            int close = pattern.indexOf('}', open);
            if (close < 0) return null;
            String name = pattern.substring(open + 1, close);
            if (name.isEmpty() || !name.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')
                    || Character.isDigit(name.charAt(0))) {
                return null;
            }
            String text = pattern.substring(from, open);
            if (text.indexOf('}') >= 0) return null;
            parts.add(text);
            parts.add(name);
            from = close + 1;
        }
        String tail = pattern.substring(from);
        if (tail.indexOf('}') >= 0) return null;
        parts.add(tail);
        return new PlainPattern(parts.toArray(String[]::new));
    }

    /** The text with {@code args}; null when an argument is missing or not text, for ICU to say what it makes of it. */
    String format(Map<String, Object> args) {
        StringBuilder b = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i += 2) {
            if (!(args.get(parts[i]) instanceof String value)) return null;
            b.append(value).append(parts[i + 1]);
        }
        return b.toString();
    }
}
