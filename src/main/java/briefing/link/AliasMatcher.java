package briefing.link;

import briefing.model.Names;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;

/**
 * Finds every known name or alias in a text in one pass (Aho-Corasick), so the cost stays linear in the text however
 * many thousands of aliases the registry holds. Matching ignores case, diacritics and typographic apostrophes
 * ({@link Names#fold}), takes whole words only, and keeps the leftmost-longest match ("UN Security Council" wins over
 * "UN"). A possessive ("UNICEF’s") matches its name because the apostrophe ends the word. A short acronym (two or
 * three capitals, "UN", "AU", "US") matches only in capitals: the French article "un", the preposition "au" and the
 * pronoun "us" are not names.
 */
public final class AliasMatcher {

    /** A match: {@code [start, end)} in the text, and the id of the entity it names. */
    public record Match(int start, int end, String id) {
    }

    private static final class State {
        private static final char[] NO_KEYS = {};
        private static final State[] NO_CHILDREN = {};
        /** The chars this state goes on with, sorted (for a binary search), and the state each leads to. */
        private char[] keys = NO_KEYS;
        private State[] children = NO_CHILDREN;
        State fail;
        /** Length and id of the longest pattern ending here (directly or through the fail chain), or 0. */
        int length;
        String id;
        /** Whether the pattern ending here matches only where the text is in capitals (a short acronym). */
        boolean capitals;
        /** The nearest state on the fail chain that ends a pattern, for reporting shorter overlapping ones. */
        State output;

        /** The state after {@code c}, or null. */
        State next(char c) {
            int i = Arrays.binarySearch(keys, c);
            return i >= 0 ? children[i] : null;
        }

        /** The state after {@code c}, added when there is none. */
        State nextOrAdd(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) return children[i];
            int at = -i - 1;
            keys = insert(keys, at, c);
            State[] grown = Arrays.copyOf(children, children.length + 1);
            System.arraycopy(grown, at, grown, at + 1, children.length - at);
            grown[at] = new State();
            children = grown;
            return grown[at];
        }

        private static char[] insert(char[] a, int at, char c) {
            char[] grown = Arrays.copyOf(a, a.length + 1);
            System.arraycopy(grown, at, grown, at + 1, a.length - at);
            grown[at] = c;
            return grown;
        }
    }

    private final State root = new State();
    /**
     * The root's children by ASCII char. Most characters of a text are read at the root (they begin no name, or one
     * that does not go on), and the root has a child for nearly every letter: a direct look-up there, not a search.
     */
    private final State[] fromRoot = new State[128];

    /** @param names surface form to entity id; forms are folded, so "Zoë" and "Zoe" are one pattern */
    public AliasMatcher(Map<String, String> names) {
        names.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> add(e.getKey(), e.getValue()));
        build();
    }

    private void add(String form, String id) {
        String key = Names.key(form);
        if (key.isEmpty()) return;
        State s = root;
        for (int i = 0; i < key.length(); i++) s = s.nextOrAdd(key.charAt(i));
        if (s.id == null) {
            s.id = id;
            s.length = key.length();
            s.capitals = acronym(form);
        } else if (!acronym(form)) {
            s.capitals = false; // the same letters are also a name written otherwise ("Un" as well as "UN")
        }
    }

    /** Two or three letters, all capitals: a short acronym, which in lower case is often a common word. */
    private static boolean acronym(String form) {
        String f = form.strip();
        return f.length() >= 2 && f.length() <= 3 && f.chars().allMatch(Character::isUpperCase);
    }

    private static boolean inCapitals(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) if (Character.isLowerCase(text.charAt(i))) return false;
        return true;
    }

    private void build() {
        for (char c = 0; c < fromRoot.length; c++) fromRoot[c] = root.next(c);
        Queue<State> queue = new ArrayDeque<>();
        for (State child : root.children) {
            child.fail = root;
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            State s = queue.remove();
            s.output = s.fail.id != null ? s.fail : s.fail.output;
            for (int k = 0; k < s.keys.length; k++) {
                char c = s.keys[k];
                State child = s.children[k];
                State f = s.fail;
                while (f != null && f.next(c) == null) f = f.fail;
                child.fail = f == null ? root : f.next(c);
                queue.add(child);
            }
        }
    }

    /** Whole-word, leftmost-longest, non-overlapping matches in text order. */
    public List<Match> find(CharSequence text) {
        List<Match> all = new ArrayList<>();
        State s = root;
        char previous = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = Names.fold(text.charAt(i));
            // a run of spaces or a line break inside a name counts as one space: "UN Security\nCouncil" still matches
            boolean repeated = c == ' ' && previous == ' ';
            previous = c;
            if (repeated) continue;
            State n;
            while ((n = next(s, c)) == null && s != root) s = s.fail;
            s = n == null ? root : n;
            for (State o = s.id != null ? s : s.output; o != null; o = o.output) {
                int start = i + 1 - o.length;
                if (isBoundary(text, start - 1, start) && isBoundary(text, i + 1, i) && (!o.capitals || inCapitals(text, start, i + 1))) {
                    all.add(new Match(start, i + 1, o.id));
                }
            }
        }
        all.sort(Comparator.comparingInt(Match::start).thenComparing(Comparator.comparingInt(Match::end).reversed()));
        List<Match> kept = new ArrayList<>();
        int covered = 0;
        for (Match m : all) {
            if (m.start() >= covered) {
                kept.add(m);
                covered = m.end();
            }
        }
        return kept;
    }

    private State next(State s, char c) {
        return s == root && c < fromRoot.length ? fromRoot[c] : s.next(c);
    }

    /**
     * Whether a name may end between {@code inside} (its own character) and {@code i}: where no letter or digit follows,
     * or where either side is of a script that does not space its words ("安理会第2261号决议").
     */
    private static boolean isBoundary(CharSequence text, int i, int inside) {
        if (i < 0 || i >= text.length()) return true;
        char c = text.charAt(i);
        if (!Character.isLetterOrDigit(c) && c != '_') return true;
        return unspaced(c) || (inside >= 0 && inside < text.length() && unspaced(text.charAt(inside)));
    }

    /** Han, Hiragana and Katakana: scripts written without spaces between words. */
    static boolean unspaced(char c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA;
    }
}
