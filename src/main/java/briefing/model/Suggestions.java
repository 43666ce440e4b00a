package briefing.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean ...?": the known name nearest to a misspelt one, if any is near enough to be a likely intent. */
public final class Suggestions {
    private Suggestions() {
    }

    public static Optional<String> nearest(String wrong, Collection<String> known) {
        String w = wrong.toLowerCase();
        // the same id in other letter case ("Chad" -> "chad") beats any longer id that contains it ("chad-government")
        Optional<String> sameLetters = known.stream().filter(k -> k.equalsIgnoreCase(w)).min(Comparator.naturalOrder());
        if (sameLetters.isPresent()) return sameLetters;
        // a known id that starts with or contains what was written ("red-cross" -> "red-cross-committee") is the likeliest intent
        Optional<String> containing = known.stream()
                .filter(k -> w.length() >= 3 && (k.startsWith(w + "-") || k.endsWith("-" + w) || k.contains("-" + w + "-")))
                .min(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        if (containing.isPresent()) return containing;
        int limit = Math.max(1, Math.min(3, w.length() / 3));
        return known.stream()
                .filter(k -> distance(w, k.toLowerCase()) <= limit)
                .min(Comparator.<String>comparingInt(k -> distance(w, k.toLowerCase())).thenComparing(Comparator.naturalOrder()));
    }

    /** The message suffix: " (did you mean 'x'?)" or "". */
    public static String hint(String wrong, Collection<String> known) {
        return nearest(wrong, known).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    /** Levenshtein distance with adjacent transpositions counted as one edit (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
