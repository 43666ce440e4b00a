package briefing.load;

import briefing.model.Origin;
import briefing.model.Problem;
import briefing.model.Suggestions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a YAML tree against one of the JSON Schemas in {@code schemas/}, the same files editors' IDEs use, so the
 * two can never disagree on structure: field names, required fields, types, enumerations, ranges and list items.
 * Only the keywords below are understood (a test keeps the schemas within them). A {@code pattern} written on a
 * field itself (an address, the base path) is checked here; id and date patterns, reached through {@code $ref}, are
 * left to the validator, which explains a bad id or date better than a regular expression can.
 */
public final class SchemaChecker {
    /** Keywords this checker reads, and those that only document (IDEs show them). */
    public static final Set<String> KEYWORDS = Set.of("type", "properties", "required", "additionalProperties",
            "enum", "items", "$ref", "minLength", "minimum", "maximum", "maxWords", "pattern",
            "$schema", "$id", "$defs", "title", "description", "examples");

    private final JsonNode root;

    private SchemaChecker(JsonNode root) {
        this.root = root;
    }

    private static final java.util.Map<String, SchemaChecker> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The schema named {@code name} ("facts", "source" ...) from the classpath, read once. */
    public static SchemaChecker load(String name) {
        return LOADED.computeIfAbsent(name, SchemaChecker::read);
    }

    private static SchemaChecker read(String name) {
        String path = "/schemas/" + name + ".schema.json";
        try (InputStream in = SchemaChecker.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("schema missing from the classpath: " + path);
            return new SchemaChecker(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode schema() {
        return root;
    }

    public void check(YamlNode node, List<Problem> problems) {
        check(node, root, null, problems);
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        if (ref == null) return schema;
        String pointer = ref.asText();
        if (!pointer.startsWith("#/")) throw new IllegalStateException("only local $ref is supported: " + pointer);
        return resolve(root.at(pointer.substring(1)));
    }

    private void check(YamlNode node, JsonNode schemaIn, String field, List<Problem> problems) {
        check(node, schemaIn, field, false, problems);
    }

    private void check(YamlNode node, JsonNode schemaIn, String field, boolean required, List<Problem> problems) {
        JsonNode schema = resolve(schemaIn);
        if (schemaIn.has("$ref") && schema.has("pattern")) {
            // an id or date: the validator explains those better than a regular expression can
            schema = ((com.fasterxml.jackson.databind.node.ObjectNode) schema.deepCopy()).without("pattern");
        }
        String what = field == null ? "the file" : "'" + field + "'";
        if (node instanceof YamlNode.ScalarNode n && n.kind() == YamlNode.ScalarNode.Kind.NULL) {
            return; // "field: ~" is no value: fine for an optional field, and "missing" for a required one (checkMap)
        }
        if (!typeMatches(node, schema.get("type"))) {
            problems.add(new Problem(node.origin(), what + " must be " + expected(schema.get("type")) + ", not "
                    + YamlNode.describe(node)));
            return;
        }
        if (schema.has("enum")) {
            List<String> allowed = new ArrayList<>();
            schema.get("enum").forEach(e -> allowed.add(e.asText()));
            String got = node instanceof YamlNode.ScalarNode s ? s.text() : "";
            if (!allowed.contains(got)) {
                problems.add(new Problem(node.origin(), what + " must be one of " + String.join(", ", allowed)
                        + "; got '" + got + "'" + Suggestions.hint(got, allowed)));
            }
            return;
        }
        if (node instanceof YamlNode.MapNode map) {
            checkMap(map, schema, problems);
        } else if (node instanceof YamlNode.ListNode list && schema.has("items")) {
            for (YamlNode item : list.items()) check(item, schema.get("items"), field, problems);
        } else if (node instanceof YamlNode.ScalarNode scalar) {
            checkScalar(scalar, schema, what, required, problems);
        }
    }

    private void checkMap(YamlNode.MapNode map, JsonNode schema, List<Problem> problems) {
        JsonNode props = schema.path("properties");
        JsonNode additional = schema.get("additionalProperties");
        Set<String> known = new TreeSet<>();
        props.fieldNames().forEachRemaining(known::add);
        for (Map.Entry<String, YamlNode> e : map.entries().entrySet()) {
            String key = e.getKey();
            if (props.has(key)) {
                check(e.getValue(), props.get(key), key, isRequired(schema, key), problems);
            } else if (additional != null && additional.isObject()) {
                check(e.getValue(), additional, key, problems);
            } else if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
                Origin at = map.keys().get(key);
                String hint = Suggestions.nearest(key, known).map(s -> "did you mean '" + s + "'?")
                        .orElse("allowed fields: " + String.join(", ", known));
                problems.add(new Problem(at, "unknown field '" + key + "' (" + hint + ")"));
            }
        }
        for (JsonNode req : schema.path("required")) {
            String name = req.asText();
            YamlNode value = map.entries().get(name);
            boolean empty = value instanceof YamlNode.ScalarNode s && s.kind() == YamlNode.ScalarNode.Kind.NULL;
            if (value == null || empty) {
                String desc = resolve(props.path(name)).path("description").asText("");
                String d = props.path(name).path("description").asText(desc);
                problems.add(new Problem(value == null ? map.origin() : value.origin(),
                        "missing required field '" + name + "'" + (d.isEmpty() ? "" : ": " + lowerFirst(d))));
            }
        }
    }

    private static boolean isRequired(JsonNode schema, String field) {
        for (JsonNode r : schema.path("required")) if (r.asText().equals(field)) return true;
        return false;
    }

    private static void checkScalar(YamlNode.ScalarNode s, JsonNode schema, String what, boolean required, List<Problem> problems) {
        if (schema.has("minLength") && s.kind() == YamlNode.ScalarNode.Kind.STRING
                && s.text().strip().length() < schema.get("minLength").asInt()) {
            problems.add(new Problem(s.origin(), what + " is empty; " + (required ? "it is required: write its value"
                    : "write a value or leave the field out")));
        }
        if (schema.has("maxWords")) {
            int words = s.text().strip().split("\\s+").length;
            int max = schema.get("maxWords").asInt();
            if (words > max) problems.add(new Problem(s.origin(), what + " has " + words + " words; keep it to " + max
                    + " at most (quote the key phrase, paraphrase the rest in a note or the summary)"));
        }
        boolean numeric = s.kind() == YamlNode.ScalarNode.Kind.INTEGER || s.kind() == YamlNode.ScalarNode.Kind.NUMBER;
        if (numeric && (schema.has("minimum") || schema.has("maximum") || types(schema).contains("number"))
                && s.decimal().isEmpty()) {
            problems.add(new Problem(s.origin(), what + " is " + s.text() + "; write a plain decimal number, e.g. 1200 or 17.5"));
            return;
        }
        if (s.kind() == YamlNode.ScalarNode.Kind.STRING && schema.has("pattern")
                && !java.util.regex.Pattern.compile(schema.get("pattern").asText()).matcher(s.text()).find()) {
            problems.add(new Problem(s.origin(), what + " must match " + schema.get("pattern").asText() + "; got '"
                    + s.text() + "'" + (schema.has("description") ? " (" + lowerFirst(schema.get("description").asText()) + ")" : "")));
        }
        if (numeric && (schema.has("minimum") || schema.has("maximum"))) {
            double v = s.decimal().orElseThrow().doubleValue();
            double min = schema.path("minimum").asDouble(Double.NEGATIVE_INFINITY);
            double max = schema.path("maximum").asDouble(Double.POSITIVE_INFINITY);
            if (v < min || v > max) problems.add(new Problem(s.origin(), what + " is " + s.text()
                    + "; it must lie between " + fmt(min) + " and " + fmt(max)));
        }
    }

    private static List<String> types(JsonNode schema) {
        List<String> out = new ArrayList<>();
        JsonNode type = schema.get("type");
        if (type != null && type.isArray()) type.forEach(t -> out.add(t.asText()));
        else if (type != null) out.add(type.asText());
        return out;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static boolean typeMatches(YamlNode node, JsonNode type) {
        if (type == null) return true;
        if (type.isArray()) {
            for (JsonNode t : type) if (typeMatches(node, t)) return true;
            return false;
        }
        String t = type.asText();
        if (node instanceof YamlNode.MapNode) return t.equals("object");
        if (node instanceof YamlNode.ListNode) return t.equals("array");
        YamlNode.ScalarNode s = (YamlNode.ScalarNode) node;
        return switch (t) {
            case "string" -> s.kind() == YamlNode.ScalarNode.Kind.STRING;
            case "integer" -> s.kind() == YamlNode.ScalarNode.Kind.INTEGER;
            case "number" -> s.kind() == YamlNode.ScalarNode.Kind.INTEGER || s.kind() == YamlNode.ScalarNode.Kind.NUMBER;
            case "boolean" -> s.kind() == YamlNode.ScalarNode.Kind.BOOLEAN;
            default -> false;
        };
    }

    private static String expected(JsonNode type) {
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
