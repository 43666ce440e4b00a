package briefing.load;

import briefing.model.Origin;
import briefing.model.Problem;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads YAML with jackson-dataformat-yaml's streaming parser into a {@link YamlNode} tree, keeping each node's
 * position (Jackson's tree model forgets it). Syntax errors and duplicate keys become {@link Problem}s.
 */
final class YamlReader {
    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private YamlReader() {
    }

    /** The document's root node, or empty when the file is empty or broken (the reason is added to {@code problems}). */
    static Optional<YamlNode> read(String file, String text, List<Problem> problems) {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) return Optional.empty();
            YamlNode root = node(file, p, problems);
            // whatever follows the root value would otherwise be dropped without a word (a measure added below "{}")
            if (p.nextToken() != null) {
                problems.add(new Problem(at(file, p), "a second YAML document after '---'; a file holds one: delete the '---' line"));
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            // past one of the parser's limits: it does not say where, only which
            problems.add(new Problem(Origin.of(file), e.getOriginalMessage().contains("nesting depth")
                    ? "YAML nested more than 1000 levels deep; a content file's lists and mappings go a few levels deep (see its schema)"
                    : "YAML holds a number or a text too long to read; shorten it"));
            return Optional.empty();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            Origin where = at == null ? Origin.of(file) : new Origin(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
            if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException y && y.getProblemMark() != null) {
                // SnakeYAML knows where the problem itself is (a tab, an unclosed quote), not just where it gave up
                problems.add(YamlMistakes.of(file, text, y));
                return Optional.empty();
            }
            problems.add(new Problem(where, "YAML syntax: " + syntaxMessage(e)
                    + "; check indentation, and quote text that contains ': ' or starts with a special character"));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(new Problem(Origin.of(file), "cannot read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private static String syntaxMessage(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        // SnakeYAML's message repeats the position and quotes the source; its first line says what is wrong
        m = m.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("in 'reader'") && !l.startsWith("^"))
                .findFirst().orElse(m);
        return m.replaceAll("\\s+", " ").replaceAll("[.;:]\\s*$", "");
    }

    private static Origin at(String file, JsonParser p) {
        JsonLocation l = p.currentTokenLocation();
        return new Origin(file, l.getLineNr(), l.getColumnNr());
    }

    private static YamlNode node(String file, JsonParser p, List<Problem> problems) throws IOException {
        Origin origin = at(file, p);
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, YamlNode> entries = new LinkedHashMap<>();
                Map<String, Origin> keys = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Origin keyAt = at(file, p);
                    p.nextToken();
                    YamlNode value = node(file, p, problems);
                    if (entries.containsKey(key)) {
                        problems.add(new Problem(keyAt, "duplicate key '" + key + "' (first at line "
                                + keys.get(key).line() + "); keep one of them"));
                        continue;
                    }
                    entries.put(key, value);
                    keys.put(key, keyAt);
                }
                return new YamlNode.MapNode(entries, keys, origin);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) items.add(node(file, p, problems));
                return new YamlNode.ListNode(items, origin);
            }
            case VALUE_STRING -> {
                return new YamlNode.ScalarNode(p.getText(), YamlNode.ScalarNode.Kind.STRING, origin);
            }
            case VALUE_NUMBER_INT -> {
                return new YamlNode.ScalarNode(p.getText(), YamlNode.ScalarNode.Kind.INTEGER, origin);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new YamlNode.ScalarNode(p.getText(), YamlNode.ScalarNode.Kind.NUMBER, origin);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new YamlNode.ScalarNode(p.getText(), YamlNode.ScalarNode.Kind.BOOLEAN, origin);
            }
            case VALUE_NULL -> {
                return new YamlNode.ScalarNode("", YamlNode.ScalarNode.Kind.NULL, origin);
            }
            default -> throw new IllegalStateException("unexpected YAML token " + t + " at " + origin);
        }
    }
}
