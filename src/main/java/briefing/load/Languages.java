package briefing.load;

import briefing.model.Localized;
import briefing.model.Origin;
import briefing.model.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's languages as the loader reads content in them: a field written plainly ({@code name: Security Council})
 * or per language ({@code name: {en: Security Council, fr: Conseil de sécurité}}), and the files of other languages
 * beside a default one ({@code summary.fr.md}, {@code pages/methodology.fr.md}). A language key must be one of the
 * portal's; a field given per language must give the default language too.
 */
record Languages(List<String> all) {
    /** {@code methodology.fr.md}: a name, a language, .md. */
    /** Fields that may be written in another language and not in the default (a French singular unit, French aliases). */
    private static final java.util.Set<String> OPTIONAL = java.util.Set.of("unit_one", "note", "aliases");
    private static final Pattern TRANSLATED = Pattern.compile("(.+)\\.([a-z]{2,3}(?:-[A-Za-z0-9]+)*)\\.md");

    Languages {
        all = List.copyOf(all);
    }

    /**
     * portal.yaml's languages, the default first: {@code languages: [en, fr]}, or the one {@code language: en} (both may be
     * given if they agree); each listed once. Problems with them are added to {@code problems}.
     */
    static List<briefing.model.Text> named(Fields p, List<Problem> problems) {
        List<briefing.model.Text> named = p.texts("languages");
        briefing.model.Text language = p.text("language");
        if (!named.isEmpty() && !language.value().isEmpty() && !language.value().equals(named.get(0).value())) {
            problems.add(new Problem(language.origin(), "'language: " + language.value() + "' disagrees with 'languages', whose first ("
                    + named.get(0).value() + ") is the default language; remove 'language' or make it " + named.get(0).value()));
        }
        if (language.value().isEmpty() && named.isEmpty() && !p.has("language")) {
            problems.add(new Problem(p.origin(), "missing required field 'language': the content's language as a BCP 47 tag, e.g."
                    + " language: en (or languages: [en, fr] for a portal in several languages, the default first)"));
        }
        if (language.value().isEmpty()) language = new briefing.model.Text("en", language.origin());
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<briefing.model.Text> out = new ArrayList<>();
        for (briefing.model.Text l : named) {
            if (seen.add(l.value())) out.add(l);
            else problems.add(new Problem(l.origin(), "'" + l.value() + "' is listed twice in 'languages'; list each language once"));
        }
        return out.isEmpty() ? List.of(language) : out;
    }

    String first() {
        return all.get(0);
    }

    /** The other languages than the default. */
    List<String> others() {
        return all.subList(1, all.size());
    }

    /** A text field, plain or per language; problems with its language keys are added to {@code problems}. */
    Localized<String> text(Fields f, String name, List<Problem> problems) {
        return Localized.of(each(f, name, problems, n -> n instanceof YamlNode.ScalarNode s && !s.text().isBlank()
                ? Optional.of(s.text().strip()) : Optional.empty(), f.string(name)), first());
    }

    /** A list of texts (aliases), plain or per language. */
    Localized<List<String>> texts(Fields f, String name, List<Problem> problems) {
        return Localized.of(each(f, name, problems, n -> {
            Fields one = new Fields(new YamlNode.MapNode(java.util.Map.of("v", n), java.util.Map.of(), n.origin()));
            return Optional.of(one.strings("v"));
        }, f.strings(name)), first());
    }

    private <T> SortedMap<String, T> each(Fields f, String name, List<Problem> problems,
                                           java.util.function.Function<YamlNode, Optional<T>> read, T plain) {
        SortedMap<String, T> out = new TreeMap<>();
        if (!(f.node().entries().get(name) instanceof YamlNode.MapNode map)) {
            out.put(first(), plain);
            return out;
        }
        map.entries().forEach((lang, node) -> {
            Origin at = map.keys().get(lang);
            if (!all.contains(lang)) {
                problems.add(new Problem(at, "'" + name + "' in '" + lang + "', which is not one of the portal's languages ("
                        + String.join(", ", all) + "); fix the language code or add it to 'languages' in portal.yaml"));
            } else {
                read.apply(node).ifPresent(v -> out.put(lang, v));
            }
        });
        if (!out.containsKey(first()) && !map.entries().isEmpty() && !OPTIONAL.contains(name)) {
            problems.add(new Problem(map.origin(), "'" + name + "' is given in " + String.join(", ", out.keySet()) + " but not in "
                    + first() + ", the portal's default language; add '" + first() + ": ...'"));
        }
        return out;
    }

    /** {@code methodology.fr.md} as (methodology, fr) when fr is one of the other languages. */
    Optional<String[]> translated(String fileName) {
        Matcher m = TRANSLATED.matcher(fileName);
        return m.matches() && others().contains(m.group(2)) ? Optional.of(new String[] {m.group(1), m.group(2)}) : Optional.empty();
    }

    /** The files of other languages a source folder may hold beside summary.md. */
    List<String> summaryFiles() {
        List<String> out = new ArrayList<>();
        for (String l : others()) out.add("summary." + l + ".md");
        return out;
    }
}
