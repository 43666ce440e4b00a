package briefing.load;

import briefing.model.Vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The portal's own words in portal.yaml: kinds of actor, place and document, tags and timeline marks. A label is
 * written plainly (in the portal's default language) or per language ({@code {en: Withdrawal, fr: Retrait}}).
 */
final class VocabularyReader {
    private VocabularyReader() {
    }

    /** The default kinds, relabelled where the portal gives its own label, then the portal's new kinds. */
    static List<Vocabulary.Term> extend(List<Vocabulary.Term> defaults, List<Vocabulary.Term> own) {
        List<Vocabulary.Term> out = new ArrayList<>();
        for (Vocabulary.Term d : defaults) out.add(own.stream().filter(o -> o.id().equals(d.id())).findFirst().orElse(d));
        own.stream().filter(o -> defaults.stream().noneMatch(d -> d.id().equals(o.id()))).forEach(out::add);
        return out;
    }

    /**
     * {@code id: Label} lines: a vocabulary of kinds (or tags) in the portal's own words, the label plain or per
     * language; a kind of place may instead be {@code id: {label: Label, area: true}}, an area the map draws as a ring
     * (a default kind keeps its own unless told).
     */
    static List<Vocabulary.Term> kinds(Fields f, String first) {
        List<Vocabulary.Term> out = new ArrayList<>();
        f.node().entries().forEach((id, v) -> {
            boolean kindForm = v instanceof YamlNode.MapNode m && (m.entries().containsKey("label") || m.entries().containsKey("area"));
            YamlNode labelNode = kindForm ? ((YamlNode.MapNode) v).entries().get("label") : v;
            Label label = label(labelNode, first);
            boolean area = kindForm ? new Fields(v).text("area").value().equals("true")
                    || (!((YamlNode.MapNode) v).entries().containsKey("area") && Vocabulary.DEFAULT_AREAS.contains(id))
                    : Vocabulary.DEFAULT_AREAS.contains(id);
            out.add(new Vocabulary.Term(id, label.label(), Optional.empty(), area, label.byLanguage(), f.node().keys().get(id)));
        });
        return out;
    }

    /** {@code tag: {label, symbol}} lines: the timeline's marks, in order of precedence. */
    static List<Vocabulary.Term> marks(Fields f, String first) {
        List<Vocabulary.Term> out = new ArrayList<>();
        f.node().entries().forEach((id, v) -> {
            Fields m = new Fields(v);
            Label label = label(v instanceof YamlNode.MapNode map ? map.entries().get("label") : null, first);
            out.add(new Vocabulary.Term(id, label.label(), m.optional("symbol"), false, label.byLanguage(), f.node().keys().get(id)));
        });
        return out;
    }

    /** A label as written: the default language's, and each language's when it is written per language. */
    private record Label(Optional<String> label, Map<String, String> byLanguage) {
    }

    private static Label label(YamlNode n, String first) {
        if (n instanceof YamlNode.MapNode m) {
            SortedMap<String, String> by = new TreeMap<>();
            m.entries().forEach((l, v) -> {
                if (v instanceof YamlNode.ScalarNode s && !s.text().isBlank()) by.put(l, s.text().strip());
            });
            return new Label(Optional.ofNullable(by.containsKey(first) ? by.get(first) : by.isEmpty() ? null : by.get(by.firstKey())), by);
        }
        if (n instanceof YamlNode.ScalarNode s && !s.text().isBlank()) return new Label(Optional.of(s.text().strip()), Map.of());
        return new Label(Optional.empty(), Map.of());
    }
}
