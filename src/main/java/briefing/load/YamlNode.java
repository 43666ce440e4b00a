package briefing.load;

import briefing.model.Origin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML document as a tree whose every node remembers its file, line and column. */
public sealed interface YamlNode {
    Origin origin();

    /** A mapping; {@code keys} holds each key's own position, for errors about the key itself. */
    record MapNode(Map<String, YamlNode> entries, Map<String, Origin> keys, Origin origin) implements YamlNode {
        public MapNode {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
            keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
        }
    }

    record ListNode(List<YamlNode> items, Origin origin) implements YamlNode {
        public ListNode {
            items = List.copyOf(items);
        }
    }

    /** A scalar: its text as written, and what YAML took it for. */
    record ScalarNode(String text, Kind kind, Origin origin) implements YamlNode {
        public enum Kind { STRING, INTEGER, NUMBER, BOOLEAN, NULL }

        /**
         * The number a decimal scalar holds ({@code 1200}, {@code 1_200}, {@code -4.5}); empty for text and for the
         * other forms YAML reads as numbers ({@code 0x10}, {@code 0o17}, {@code .inf}, {@code .nan}).
         */
        public java.util.Optional<java.math.BigDecimal> decimal() {
            if (kind != Kind.INTEGER && kind != Kind.NUMBER) return java.util.Optional.empty();
            try {
                return java.util.Optional.of(new java.math.BigDecimal(text.replace("_", "")));
            } catch (NumberFormatException e) {
                return java.util.Optional.empty();
            }
        }
    }

    /** How an error message names what the editor wrote: "a list", "text", "a number" ... */
    static String describe(YamlNode n) {
        if (n instanceof MapNode) return "a mapping";
        if (n instanceof ListNode) return "a list";
        return switch (((ScalarNode) n).kind()) {
            case STRING -> "text";
            case INTEGER, NUMBER -> "a number";
            case BOOLEAN -> "true/false";
            case NULL -> "nothing";
        };
    }
}
