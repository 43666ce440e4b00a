package briefing.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How names are compared: case, diacritics (Zoë = Zoe), typographic apostrophes and runs of spaces do not count.
 * The mapping is one char to one char, so a position in the key is the same position in the original text.
 */
public final class Names {
    private Names() {
    }

    /** The comparison key of a name: same length as {@code s}, position for position. */
    public static String key(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) b.append(fold(s.charAt(i)));
        return b.toString().strip();
    }

    /** Folds one character: lower case, no diacritic, straight apostrophe, plain space. */
    public static char fold(char c) {
        if (c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`') return '\'';
        if (c == '\u2010' || c == '\u2011' || c == '\u2013') return '-';
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) return ' '; // no-break spaces too (U+00A0, U+202F)
        if (c < 128) return Character.toLowerCase(c);
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = d.charAt(0);
        return Character.toLowerCase(d.length() > 1 && Character.getType(d.charAt(1)) == Character.NON_SPACING_MARK ? base : c);
    }
}
