package briefing.load;

import briefing.model.Problem;
import briefing.model.Suggestions;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The JSON Schema validator's errors in an editor's words, each at the file:line:column of what it is about: "unknown
 * field 'titel' (did you mean 'title'?)", "missing required field 'title': …", "'kind' must be one of …; got 'x'".
 * One mistake is said once: a typo of a required field is the unknown field (with the fix), not also the missing
 * one; a value of the wrong type is not also checked against the rest of its schema.
 */
final class SchemaMessages {
    private final JsonNode root;
    private final YamlNode tree;

    SchemaMessages(JsonNode root, YamlNode tree) {
        this.root = root;
        this.tree = tree;
    }

    List<Problem> translate(List<Error> errors) {
        // the instance locations of wrong types (nothing else is said about them) and the fields a typo names
        Set<String> wrongType = new HashSet<>();
        Set<String> meant = new HashSet<>();
        for (Error e : errors) {
            if ("type".equals(e.getKeyword())) wrongType.add(e.getInstanceLocation().toString());
            if ("additionalProperties".equals(e.getKeyword())) {
                nearest(e).ifPresent(s -> meant.add(e.getInstanceLocation() + "#" + s));
            }
        }
        Set<Problem> out = new LinkedHashSet<>();
        for (Error e : errors) {
            String where = e.getInstanceLocation().toString();
            if (!"type".equals(e.getKeyword()) && wrongType.contains(where)) continue;
            if ("required".equals(e.getKeyword()) && meant.contains(where + "#" + e.getProperty())) continue;
            message(e).ifPresent(out::add);
        }
        return new ArrayList<>(out);
    }

    private Optional<Problem> message(Error e) {
        YamlNode node = SchemaChecker.at(tree, e.getInstanceLocation());
        // a TODO the scaffold wrote is reported as the placeholder it is (Placeholders), not also as a bad value
        if (node instanceof YamlNode.ScalarNode s && briefing.model.Placeholder.is(s.text())) return Optional.empty();
        JsonNode schema = schemaOf(e.getEvaluationPath());
        String what = field(e.getInstanceLocation()).map(f -> "'" + f + "'").orElse("the file");
        return Optional.ofNullable(switch (e.getKeyword()) {
            case "additionalProperties" -> {
                YamlNode.MapNode map = (YamlNode.MapNode) node;
                String key = e.getProperty();
                String hint = nearest(e).map(s -> "did you mean '" + s + "'?")
                        .orElse("allowed fields: " + String.join(", ", known(e)));
                yield new Problem(SchemaChecker.keyOrigin(map, key), "unknown field '" + key + "' (" + hint + ")");
            }
            case "required" -> {
                String name = e.getProperty();
                JsonNode prop = schema.path("properties").path(name);
                String d = prop.path("description").asText(resolve(prop).path("description").asText(""));
                YamlNode value = node instanceof YamlNode.MapNode m ? m.entries().get(name) : null;
                yield new Problem(value == null ? node.origin() : value.origin(),
                        "missing required field '" + name + "'" + (d.isEmpty() ? "" : ": " + lowerFirst(d)));
            }
            case "type" -> {
                if (node instanceof YamlNode.ScalarNode s && s.kind() == YamlNode.ScalarNode.Kind.NULL) yield null; // "- ~": no value
                // "events:" with nothing after it (its examples commented out): an empty list, not text
                if (node instanceof YamlNode.ScalarNode s && s.text().isEmpty() && List.of("array", "object").contains(
                        schema.path("type").asText())) yield null;
                if (node instanceof YamlNode.ScalarNode s && isOddNumber(s)) {
                    yield new Problem(s.origin(), what + " is " + s.text() + "; write a plain decimal number, e.g. 1200 or 17.5");
                }
                yield new Problem(node.origin(), what + " must be " + expected(plainType(schema)) + ", not " + YamlNode.describe(node));
            }
            case "enum" -> {
                List<String> allowed = new ArrayList<>();
                schema.path("enum").forEach(v -> allowed.add(v.asText()));
                String got = node instanceof YamlNode.ScalarNode s ? s.text() : "";
                yield new Problem(node.origin(), what + " must be one of " + String.join(", ", allowed) + "; got '" + got + "'"
                        + Suggestions.hint(got, allowed));
            }
            case "minLength" -> new Problem(node.origin(), what + " is empty; " + (required(e.getEvaluationPath())
                    ? "it is required: write its value" : "write a value or leave the field out"));
            case MaxWordsKeyword.NAME -> new Problem(node.origin(), what + " has " + e.getArguments()[0] + " words; keep it to "
                    + e.getArguments()[1] + " at most (quote the key phrase, paraphrase the rest in a note or the summary)");
            case "pattern" -> {
                // an id or a date (reached through $ref): the validator explains those better than a regular expression
                NodePath eval = e.getEvaluationPath();
                if (eval.getNameCount() >= 2 && "$ref".equals(eval.getName(eval.getNameCount() - 2))) yield null;
                String got = node instanceof YamlNode.ScalarNode s ? s.text() : "";
                if (schema.path("pattern").asText().startsWith("^https?://[^")) // a link to a web page: in words, not as a regular expression
                    yield new Problem(node.origin(), what + " is not a web address a page can link to: got '" + got + "'; write it as "
                            + "https://… (or http://…) with no spaces and none of { } | \\ ^ ` < > \""
                            + (schema.has("description") ? " (" + lowerFirst(schema.get("description").asText()) + ")" : ""));
                yield new Problem(node.origin(), what + " must match " + schema.path("pattern").asText() + "; got '" + got + "'"
                        + (schema.has("description") ? " (" + lowerFirst(schema.get("description").asText()) + ")" : ""));
            }
            case "minimum", "maximum" -> new Problem(node.origin(), what + " is " + ((YamlNode.ScalarNode) node).text()
                    + "; it must lie between " + fmt(schema.path("minimum").asDouble(Double.NEGATIVE_INFINITY)) + " and "
                    + fmt(schema.path("maximum").asDouble(Double.POSITIVE_INFINITY)));
            default -> new Problem(node.origin(), what + ": " + e.getMessage());
        });
    }

    private static boolean isOddNumber(YamlNode.ScalarNode s) {
        return (s.kind() == YamlNode.ScalarNode.Kind.INTEGER || s.kind() == YamlNode.ScalarNode.Kind.NUMBER) && s.decimal().isEmpty();
    }

    /** The field an instance location ends at (an item of a list is named by its list's field). */
    private static Optional<String> field(NodePath path) {
        for (int i = path.getNameCount() - 1; i >= 0; i--) {
            if (path.getElement(i) instanceof String s) return Optional.of(s);
        }
        return Optional.empty();
    }

    /** The fields the schema of an error's mapping names. */
    private Set<String> known(Error e) {
        Set<String> known = new TreeSet<>();
        schemaOf(e.getEvaluationPath()).path("properties").fieldNames().forEachRemaining(known::add);
        return known;
    }

    private Optional<String> nearest(Error e) {
        return Suggestions.nearest(e.getProperty(), known(e));
    }

    /** The schema holding the keyword an evaluation path ends at, following each $ref on the way. */
    private JsonNode schemaOf(NodePath eval) {
        return walk(eval, eval.getNameCount() - 1);
    }

    private JsonNode walk(NodePath eval, int upTo) {
        JsonNode n = root;
        for (int i = 0; i < upTo; i++) {
            Object e = eval.getElement(i);
            if ("$ref".equals(e)) n = resolve(n);
            else if (e instanceof Integer index) n = n.path(index);
            else n = n.path((String) e);
        }
        return n;
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        if (ref == null || !ref.asText().startsWith("#/")) return schema;
        return resolve(root.at(ref.asText().substring(1)));
    }

    /** Whether the field a keyword's schema belongs to is required by its mapping's schema. */
    private boolean required(NodePath eval) {
        for (int i = eval.getNameCount() - 2; i >= 1; i--) {
            if ("properties".equals(eval.getName(i - 1)) && eval.getElement(i) instanceof String name) {
                for (JsonNode r : walk(eval, i - 1).path("required")) if (r.asText().equals(name)) return true;
                return false;
            }
        }
        return false;
    }

    private static String fmt(double d) {
        if (d != Math.rint(d)) return Double.toString(d);
        return Math.abs(d) >= 1e6 ? String.format(java.util.Locale.ROOT, "%,d", (long) d) : Long.toString((long) d);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * The type a field's schema asks for, as an editor first writes it: a text that may also be written per language
     * (type [string, object] with a schema for each language's value) is said to be text (or a list).
     */
    private static JsonNode plainType(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type != null && type.isArray() && type.size() == 2 && "object".equals(type.get(1).asText()) && schema.has("additionalProperties")) {
            return type.get(0);
        }
        return type;
    }

    private static String expected(JsonNode type) {
        if (type == null) return "something else";
        if (type.isArray()) {
            List<String> names = new ArrayList<>();
            type.forEach(t -> names.add(expected(t)));
            return names.contains("text") ? "text" : String.join(" or ", names);
        }
        return switch (type.asText()) {
            case "object" -> "a mapping (field: value lines)";
            case "array" -> "a list ([a, b] or '- ' lines)";
            case "string" -> "text";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            default -> type.asText();
        };
    }

}
