package briefing.load;

import briefing.model.Origin;
import briefing.model.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.NodePath;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a YAML tree against one of the JSON Schemas in {@code schemas/} (draft 2020-12), the same files editors' IDEs
 * read, with networknt's json-schema-validator: the build and the IDE agree by construction. The tree is handed over
 * as JSON (a field written {@code field: ~} or left empty counts as absent, as in YAML-aware IDEs); each error's
 * instance location, a JSON pointer, leads back to the YAML node and so to file:line:column, and
 * {@link SchemaMessages} says it in an editor's words. The one keyword of our own, {@code maxWords} (quotes are
 * short), is an extra keyword of the dialect ({@link MaxWordsKeyword}); IDEs treat it as an annotation.
 */
public final class SchemaChecker {
    /** The keywords the schemas may use: those {@link SchemaMessages} words well, and those that only document. */
    public static final Set<String> KEYWORDS = Set.of("type", "properties", "required", "additionalProperties",
            "enum", "items", "$ref", "minLength", "minimum", "maximum", MaxWordsKeyword.NAME, "pattern",
            "$schema", "$id", "$defs", "title", "description", "examples");

    /** The dialect and the registry, built when the first schema is (near a second), not when the class is loaded. */
    private static final class Registry {
        static final SchemaRegistry REGISTRY = SchemaRegistry.withDialect(
                Dialect.builder(Dialects.getDraft202012()).keyword(new MaxWordsKeyword()).build());
    }
    private static final Map<String, SchemaChecker> LOADED = new ConcurrentHashMap<>();

    private final JsonNode root;
    private final Schema schema;

    private SchemaChecker(JsonNode root) {
        this.root = root;
        this.schema = Registry.REGISTRY.getSchema(SchemaLocation.of(root.path("$id").asText()), root);
        // the validators of a schema and of its $refs are otherwise built on first use, unguarded; built here, before
        // the checker is shared (through LOADED), a compiled schema is only read while files are checked in parallel
        schema.initializeValidators();
    }

    /** Every schema the content's files are checked against. */
    private static final List<String> NAMES = List.of("portal", "source", "facts", "actor", "place", "document", "measures");

    /**
     * Builds every schema on a thread of its own (the first takes the validator's and its logging's start-up, near a
     * second), while the caller reads files; {@link #load} then waits for the schema it needs, if it is not ready yet.
     */
    static void buildAhead() {
        if (LOADED.keySet().containsAll(NAMES)) return;
        Thread t = new Thread(() -> {
            try {
                NAMES.forEach(SchemaChecker::load);
            } catch (RuntimeException e) {
                // a schema that cannot be built fails where it is needed, in the loader's own thread
            }
        }, "schemas");
        t.setDaemon(true);
        t.start();
    }

    /** The schema named {@code name} ("facts", "source" ...) from the classpath, read once. */
    public static SchemaChecker load(String name) {
        return LOADED.computeIfAbsent(name, SchemaChecker::read);
    }

    /** A checker for a schema given as JSON (tests; the content's schemas come from {@link #load}). */
    static SchemaChecker of(JsonNode schema) {
        return new SchemaChecker(schema);
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
        List<Error> errors = schema.validate(json(node));
        new SchemaMessages(root, node).translate(errors).forEach(problems::add);
    }

    /** The YAML node a JSON pointer (an error's instance location) leads to, or the deepest one it reaches. */
    static YamlNode at(YamlNode root, NodePath path) {
        YamlNode n = root;
        for (int i = 0; i < path.getNameCount(); i++) {
            Object e = path.getElement(i);
            YamlNode next = null;
            if (n instanceof YamlNode.MapNode m && e instanceof String key) next = m.entries().get(key);
            else if (n instanceof YamlNode.ListNode l && e instanceof Integer index && index < l.items().size()) next = l.items().get(index);
            if (next == null) return n;
            n = next;
        }
        return n;
    }

    /** The key's own position, when the path ends at a field of a mapping. */
    static Origin keyOrigin(YamlNode.MapNode map, String key) {
        Origin at = map.keys().get(key);
        return at == null ? map.origin() : at;
    }

    /**
     * The tree as JSON. A null value in a mapping is left out (no value: fine when optional, missing when required);
     * a number YAML reads but that is not decimal ({@code 0x10}, {@code .inf}) becomes null, which no type accepts.
     */
    static JsonNode json(YamlNode node) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (node instanceof YamlNode.MapNode m) {
            ObjectNode o = f.objectNode();
            m.entries().forEach((k, v) -> {
                if (!(v instanceof YamlNode.ScalarNode s && s.kind() == YamlNode.ScalarNode.Kind.NULL)) o.set(k, json(v));
            });
            return o;
        }
        if (node instanceof YamlNode.ListNode l) {
            ArrayNode a = f.arrayNode();
            l.items().forEach(i -> a.add(json(i)));
            return a;
        }
        YamlNode.ScalarNode s = (YamlNode.ScalarNode) node;
        return switch (s.kind()) {
            case STRING -> f.textNode(s.text());
            case BOOLEAN -> f.booleanNode(Boolean.parseBoolean(s.text().toLowerCase(java.util.Locale.ROOT))
                    || List.of("yes", "on", "y").contains(s.text().toLowerCase(java.util.Locale.ROOT)));
            case NULL -> f.nullNode();
            case INTEGER -> s.decimal().<JsonNode>map(d -> f.numberNode(d.toBigInteger())).orElse(f.nullNode());
            case NUMBER -> s.decimal().<JsonNode>map(f::numberNode).orElse(f.nullNode());
        };
    }
}
