package briefing.locale;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An ICU date pattern ("d 'de' MMMM 'de' y", "y年M月d日") read as its fields and the literal text between them, so the
 * date finder can recognise the dates the pattern writes.
 */
public final class PatternTokens {
    private PatternTokens() {
    }

    /** What a field of a pattern stands for. */
    public enum Field { DAY, MONTH_NAME, MONTH_NUMBER, YEAR }

    /** One field or one piece of literal text. */
    public sealed interface Token permits FieldToken, Literal {
    }

    public record FieldToken(Field field) implements Token {
    }

    public record Literal(String text) implements Token {
    }

    /** The tokens of {@code pattern}, or empty when it has a field a date in prose never spells (weekday, era...). */
    public static Optional<List<Token>> of(String pattern) {
        List<Token> out = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                int close = pattern.indexOf('\'', i + 1);
                if (close == i + 1) literal.append('\'');
                else literal.append(pattern, i + 1, close < 0 ? pattern.length() : close);
                i = close < 0 ? pattern.length() : close + 1;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                int j = i;
                while (j < pattern.length() && pattern.charAt(j) == c) j++;
                Field f = switch (c) {
                    case 'd' -> Field.DAY;
                    case 'M', 'L' -> j - i >= 3 ? Field.MONTH_NAME : Field.MONTH_NUMBER;
                    case 'y', 'u', 'Y' -> Field.YEAR;
                    default -> null;
                };
                if (f == null) return Optional.empty();
                if (!literal.isEmpty()) out.add(new Literal(literal.toString()));
                literal.setLength(0);
                out.add(new FieldToken(f));
                i = j;
            } else {
                literal.append(c);
                i++;
            }
        }
        if (!literal.isEmpty()) out.add(new Literal(literal.toString()));
        return Optional.of(out);
    }
}
