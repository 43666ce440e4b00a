package briefing.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A value an editor may write in several languages ({@code name: {en: Security Council, fr: Conseil de sécurité}}); a
 * value written plainly is in the portal's default language. It is read in one language at a time: {@link #get()}
 * gives the value in {@code shown}, else in the default language ({@code fallback}), else in the first language it has;
 * {@link #language()} says which language that is, so that a page can mark text shown untranslated with its
 * {@code lang}. {@link #in(String)} is the same value read in another language. This is the only place that decides
 * what a reader of one language sees of content written in another.
 */
public record Localized<T>(SortedMap<String, T> values, String fallback, String shown) {
    public Localized {
        values = SortedArrayMap.of(values); // immutable, and small: one object and two arrays
    }

    /** A value written plainly, in {@code language}. */
    public static <T> Localized<T> of(T value, String language) {
        return new Localized<T>(SortedArrayMap.of(Map.of(language, value)), language, language);
    }

    /** A value written per language, read in the default language {@code fallback}. */
    public static <T> Localized<T> of(Map<String, T> values, String fallback) {
        return new Localized<>(SortedArrayMap.of(values), fallback, fallback);
    }

    /** The same value, read in {@code language}. */
    public Localized<T> in(String language) {
        return language.equals(shown) ? this : new Localized<>(values, fallback, language);
    }

    /** The value in the language it is read in, else the default's, else the first there is (null for none). */
    public T get() {
        String l = language();
        return l == null ? null : values.get(l);
    }

    /** The language {@link #get()} is in (null when there is no value at all). */
    public String language() {
        if (values.containsKey(shown)) return shown;
        if (values.containsKey(fallback)) return fallback;
        return values.isEmpty() ? null : values.firstKey();
    }

    /** Whether the value is written in the language it is read in. */
    public boolean translated() {
        return values.containsKey(shown);
    }

    /** The value written for {@code language} itself, if any. */
    public Optional<T> exactly(String language) {
        return Optional.ofNullable(values.get(language));
    }

    /**
     * The values a reader of this language may meet: the one in its language, then the default's (when they differ).
     * Names are matched in prose by all of these (a summary in French also names "Security Council").
     */
    public List<T> along() {
        List<T> out = new ArrayList<>();
        if (values.containsKey(shown)) out.add(values.get(shown));
        if (!shown.equals(fallback) && values.containsKey(fallback)) out.add(values.get(fallback));
        return out;
    }

    /** A text value as an optional: empty when absent or blank. */
    public static Optional<String> optional(Localized<String> text) {
        String s = text.get();
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
    }

    /**
     * An entity's other names as read in one language: the aliases written for it, then (read in another language than
     * the default) the default language's name and aliases, which name the entity in prose too. Read in the default
     * language: the aliases exactly as written.
     */
    public static List<String> aliases(Localized<String> names, Localized<List<String>> aliasLists) {
        List<List<String>> lists = aliasLists.along();
        List<String> out = new ArrayList<>(lists.isEmpty() ? List.of() : lists.get(0));
        List<String> more = new ArrayList<>();
        lists.stream().skip(1).forEach(more::addAll);
        names.along().stream().skip(1).forEach(more::add);
        String name = names.get();
        for (String m : more) if (!m.equals(name) && !out.contains(m)) out.add(m);
        return List.copyOf(out);
    }
}
