package briefing.cms;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the properties of one of the content's JSON Schemas into form fields: every property, in the schema's order,
 * required when the schema requires it, with its description as the hint. The widget follows the property's type; a
 * property the portal's vocabularies or entities give values for gets the {@link Choices} it names instead: a select of
 * the portal's kinds, tags or measures, a picker over the actors, places or documents, the event-id box that offers
 * the events already known.
 */
final class SchemaFields {
    /** The EDTF forms a date takes, as the date pattern's message says them. */
    static final String DATE_FORMS = "Write a date as 2024-03-05, 2024-03 or 2024; 2024-03~ (about), 2024-03? (uncertain), "
            + "2024-03-01/2024-03-09 (from/to), 2023-10-31/.. (open end).";
    /** The text fields worth more than one line. */
    private static final Set<String> LONG = Set.of("description", "note", "scope_note", "provenance_note", "quote", "tagline");

    /** What a property's values come from, where a schema alone does not say. */
    interface Choices {
        /** A select, a picker or another widget for {@code property} of the object at {@code where}; empty: by its type. */
        Optional<Field> field(String where, String property, Field plain, boolean list);
    }

    private final JsonNode root;
    private final Choices choices;

    SchemaFields(JsonNode root, Choices choices) {
        this.root = root;
        this.choices = choices;
    }

    /** The fields of the schema's top-level object ({@code where} names it for {@link Choices}). */
    List<Field> fields(String where) {
        return fields(where, root);
    }

    /** The fields of the object defined at {@code #/$defs/<name>}. */
    List<Field> definition(String name) {
        return fields(name, root.path("$defs").path(name));
    }

    List<Field> fields(String where, JsonNode object) {
        Set<String> required = new java.util.HashSet<>();
        object.path("required").forEach(r -> required.add(r.asText()));
        List<Field> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            field(where, p.getKey(), p.getValue(), required.contains(p.getKey())).ifPresent(out::add);
        }
        return out;
    }

    /** The field of one property; empty for a map whose keys are the editor's own (no form can list them). */
    Optional<Field> field(String where, String name, JsonNode declared, boolean required) {
        JsonNode node = resolve(declared);
        String hint = hint(declared, node);
        String label = label(name);
        String type = node.path("type").isArray() ? "string" : node.path("type").asText("");
        if (node.has("enum")) {
            List<Field.Option> options = new ArrayList<>();
            node.path("enum").forEach(e -> options.add(new Field.Option(e.asText(), e.asText())));
            return Optional.of(Field.of(name, label, "select", required, hint).withOptions(options, false));
        }
        Field plain = Field.of(name, label, "string", required, hint);
        switch (type) {
            case "array" -> {
                JsonNode items = resolve(node.path("items"));
                if (items.path("type").asText().equals("object")) {
                    String def = refName(node.path("items"));
                    return Optional.of(Field.of(name, label, "list", required, hint).withFields(fields(def, items)));
                }
                Optional<Field> chosen = choices.field(where, name, plain, true);
                return Optional.of(chosen.orElse(plain.withWidget("list")));
            }
            case "object" -> {
                if (node.has("properties")) {
                    // what an optional object requires, it requires only when it is there: Decap would ask for it always
                    Field object = Field.of(name, label, "object", required, hint).withFields(fields(name, node));
                    return Optional.of(required ? object : object.optional());
                }
                return choices.field(where, name, plain, false); // a map: only the keys the portal already has
            }
            case "number", "integer" -> {
                Field.Range range = new Field.Range(number(node, "minimum"), number(node, "maximum"));
                return Optional.of(Field.of(name, label, "number", required, hint).withRange(range));
            }
            default -> {
                Optional<Field> chosen = choices.field(where, name, plain, false);
                if (chosen.isPresent()) return chosen;
                if (isDate(declared)) return Optional.of(plain.withPattern(new Field.Check(node.path("pattern").asText(), DATE_FORMS)));
                Field f = LONG.contains(name) ? plain.withWidget("text") : plain;
                if (node.has("pattern")) f = f.withPattern(new Field.Check(node.path("pattern").asText(), patternMessage(name, node)));
                return Optional.of(f);
            }
        }
    }

    /** The schema's description, and for dates and ids the forms they take with an example. */
    private String hint(JsonNode declared, JsonNode node) {
        String d = declared.path("description").asText(node.path("description").asText(""));
        JsonNode example = declared.has("examples") ? declared.path("examples") : node.path("examples");
        if (isDate(declared)) return d + " " + DATE_FORMS;
        if (example.isArray() && example.size() > 0 && example.get(0).isTextual() && !d.contains("e.g.")) {
            return d + " Example: " + example.get(0).asText();
        }
        return d;
    }

    private static String patternMessage(String name, JsonNode node) {
        String p = node.path("pattern").asText();
        if (p.startsWith("^https?")) return "Write a web address starting with https:// (or http://).";
        if (p.startsWith("^[a-z0-9]")) return "Lower-case letters, digits and single hyphens, e.g. armed-group-north.";
        return "Check the form of " + label(name).toLowerCase(java.util.Locale.ROOT) + ": " + node.path("description").asText("");
    }

    /** A date: the schemas' date definition, or a property written out with the same EDTF pattern (a document's). */
    private boolean isDate(JsonNode declared) {
        return refName(declared).equals("date") || resolve(declared).path("pattern").asText().startsWith("^(\\d{4}");
    }

    private static Optional<Double> number(JsonNode node, String key) {
        return node.has(key) ? Optional.of(node.path(key).asDouble()) : Optional.empty();
    }

    /** The definition a {@code $ref} names ("#/$defs/event" gives event), or "". */
    static String refName(JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/$defs/") ? ref.substring("#/$defs/".length()) : "";
    }

    /** The node itself, or the definition it refers to. */
    private JsonNode resolve(JsonNode node) {
        String def = refName(node);
        return def.isEmpty() ? node : root.path("$defs").path(def);
    }

    /** A key as a label: as_of gives "As of", base_path "Base path". */
    static String label(String name) {
        String words = name.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
