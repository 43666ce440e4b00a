package briefing.load;

import briefing.model.Origin;
import briefing.model.Ref;
import briefing.model.Text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Typed reads of a mapping's fields. The schema check has already reported wrong types and missing fields, so a read
 * here never fails: it gives an empty value instead, which later stages skip.
 */
final class Fields {
    private final YamlNode.MapNode map;

    Fields(YamlNode node) {
        this.map = node instanceof YamlNode.MapNode m ? m
                : new YamlNode.MapNode(java.util.Map.of(), java.util.Map.of(), node.origin());
    }

    Origin origin() {
        return map.origin();
    }

    Text text(String name) {
        YamlNode n = map.entries().get(name);
        if (n instanceof YamlNode.ScalarNode s) return new Text(s.text().strip(), s.origin());
        return new Text("", n == null ? map.origin() : n.origin());
    }

    String string(String name) {
        return text(name).value();
    }

    Optional<String> optional(String name) {
        String s = string(name);
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    Optional<Ref> optionalRef(String name) {
        Text t = text(name);
        return t.value().isEmpty() ? Optional.empty() : Optional.of(new Ref(t.value(), t.origin()));
    }

    Ref ref(String name) {
        Text t = text(name);
        return new Ref(t.value(), t.origin());
    }

    List<Text> texts(String name) {
        YamlNode n = map.entries().get(name);
        List<Text> out = new ArrayList<>();
        if (n instanceof YamlNode.ListNode l) {
            for (YamlNode item : l.items()) {
                if (item instanceof YamlNode.ScalarNode s && !s.text().isBlank()) out.add(new Text(s.text().strip(), s.origin()));
            }
        }
        return out;
    }

    List<String> strings(String name) {
        return texts(name).stream().map(Text::value).toList();
    }

    List<Ref> refs(String name) {
        return texts(name).stream().map(t -> new Ref(t.value(), t.origin())).toList();
    }

    Optional<BigDecimal> number(String name) {
        YamlNode n = map.entries().get(name);
        // 0x10 or .inf: the schema check reported it; an unreadable number must not stop the load
        return n instanceof YamlNode.ScalarNode s ? s.decimal() : Optional.empty();
    }

    List<YamlNode> list(String name) {
        return map.entries().get(name) instanceof YamlNode.ListNode l ? l.items() : List.of();
    }

    /** A nested mapping's fields, when the field holds a mapping. */
    Optional<Fields> nested(String name) {
        return map.entries().get(name) instanceof YamlNode.MapNode m ? Optional.of(new Fields(m)) : Optional.empty();
    }

    /** Whether the field is written with a value (a field given as ~ or left empty is absent). */
    boolean has(String name) {
        YamlNode n = map.entries().get(name);
        return n != null && !(n instanceof YamlNode.ScalarNode s && s.kind() == YamlNode.ScalarNode.Kind.NULL);
    }

    YamlNode.MapNode node() {
        return map;
    }
}
