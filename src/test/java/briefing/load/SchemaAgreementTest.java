package briefing.load;

import briefing.model.EdtfDate;
import briefing.validate.Ids;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON Schemas editors' IDEs use and the checks the loader and validator make must agree. */
class SchemaAgreementTest {
    private static final Path SCHEMAS = Path.of(System.getProperty("project.root", ".")).resolve("schemas");

    private static List<JsonNode> schemas() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(SCHEMAS)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".schema.json")).sorted().toList()) {
                out.add(new ObjectMapper().readTree(p.toFile()));
            }
        }
        return out;
    }

    /** Collects the keywords of a schema object and of every subschema in it. */
    private static void keywords(JsonNode schema, Set<String> into) {
        if (!schema.isObject()) return;
        schema.fieldNames().forEachRemaining(k -> {
            into.add(k);
            JsonNode v = schema.get(k);
            switch (k) {
                case "properties", "$defs" -> v.fields().forEachRemaining(e -> keywords(e.getValue(), into));
                case "items", "additionalProperties" -> keywords(v, into);
                default -> { }
            }
        });
    }

    @Test
    void everyKeywordTheSchemasUseIsOneTheCheckerKnows() throws IOException {
        Set<String> used = new TreeSet<>();
        List<JsonNode> all = schemas();
        assertEquals(7, all.size(), "actor, document, facts, measures, place, portal, source");
        for (JsonNode s : all) keywords(s, used);
        Set<String> unknown = new TreeSet<>(used);
        unknown.removeAll(SchemaChecker.KEYWORDS);
        assertEquals(Set.of(), unknown, "keywords in schemas/*.json that SchemaChecker ignores");
        assertTrue(used.containsAll(Set.of("type", "properties", "required", "$ref", "pattern")), "the walk found keywords");
    }

    @Test
    void theCheckerLoadsEverySchemaFromTheClasspath() throws IOException {
        for (String name : List.of("actor", "facts", "measures", "place", "portal", "source")) {
            JsonNode onDisk = new ObjectMapper().readTree(SCHEMAS.resolve(name + ".schema.json").toFile());
            assertEquals(onDisk, SchemaChecker.load(name).schema(), name + " on the classpath is the file in schemas/");
        }
    }

    private static Set<String> patterns(String def) throws IOException {
        Set<String> out = new TreeSet<>();
        for (JsonNode s : schemas()) {
            JsonNode d = s.path("$defs").path(def);
            if (d.has("pattern")) out.add(d.get("pattern").asText());
        }
        return out;
    }

    private static Pattern only(Set<String> patterns) {
        assertEquals(1, patterns.size(), "every schema spells the pattern the same way: " + patterns);
        return Pattern.compile(patterns.iterator().next());
    }

    @Test
    void idPatternAndIdsAgree() throws IOException {
        Pattern schema = only(patterns("id"));
        List<String> good = List.of("mali", "wagner-group", "un-security-council", "g5-sahel-joint-force", "2013", "a1-b2-c3");
        List<String> bad = List.of("", "Mali", "Wagner Group", "wagner group", "wagner--group", "-mali", "mali-", "a..b", "..",
                "a/b", "wagner_group", "keïta", "mali.yaml", " mali");
        for (String id : good) {
            assertTrue(Ids.valid(id), id);
            assertTrue(schema.matcher(id).find(), id);
        }
        for (String id : bad) {
            assertFalse(Ids.valid(id), id);
            assertFalse(schema.matcher(id).find(), id);
        }
    }

    @Test
    void datePatternAndEdtfAgree() throws IOException {
        Pattern schema = only(patterns("date"));
        List<String> good = List.of("2013", "2013-04", "2013-04-25", "2020-10~", "2021-04?", "2021%", "2019-01-28/2019-02-01",
                "2023-10-31/..", "../2023", "/2023", "2023-10/", "2019-01~/2019-03?");
        List<String> malformed = List.of("", "13", "2013-4", "2013-04-5", "25 April 2013", "April 2013", "2013-04-25T10:00",
                "2013/04/25", "2013~?", "x2013", "2013-04-25/2013-05-01/2013-06");
        for (String d : good) {
            assertTrue(EdtfDate.isValid(d), d);
            assertTrue(schema.matcher(d).find(), "the schema must accept every date the generator accepts: " + d);
        }
        for (String d : malformed) {
            assertFalse(EdtfDate.isValid(d), d);
            assertFalse(schema.matcher(d).find(), "the schema must reject a malformed date: '" + d + "'");
        }
        // well-formed but impossible: the IDE's pattern accepts them and the validator rejects them with a reason
        for (String d : List.of("2023-02-30", "2023-13", "2023-00", "2019-02-01/2019-01-28")) {
            assertTrue(schema.matcher(d).find(), d);
            assertFalse(EdtfDate.isValid(d), d);
        }
    }

    @Test
    void dateFieldsAcceptYamlIntegersForBareYears() throws IOException {
        for (JsonNode s : schemas()) {
            JsonNode date = s.path("$defs").path("date");
            if (date.isMissingNode()) continue;
            List<String> types = new ArrayList<>();
            date.get("type").forEach(t -> types.add(t.asText()));
            assertEquals(List.of("string", "integer"), types, "published: 2013 is a YAML integer");
        }
    }

    @Test
    void everySchemaIsValidDraft202012ForTheValidatorTheIdesUseToo() throws IOException {
        var registry = com.networknt.schema.SchemaRegistry.withDefaultDialect(com.networknt.schema.SpecificationVersion.DRAFT_2020_12);
        var meta = registry.getSchema(com.networknt.schema.SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        for (JsonNode s : schemas()) assertEquals(List.of(), meta.validate(s), s.path("title").asText() + " against the meta-schema");
    }

    @Test
    void anyJsonSchemaKeywordIsCheckedNotOnlyASubset() throws IOException {
        // the checker is a full draft 2020-12 validator: keywords the content's schemas do not use yet work all the same
        JsonNode schema = new ObjectMapper().readTree("""
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://briefing.invalid/t.json",
                 "type": "object", "properties": {"tags": {"type": "array", "maxItems": 1, "uniqueItems": true}}}""");
        List<briefing.model.Problem> problems = new java.util.ArrayList<>();
        java.util.List<briefing.model.Problem> found = problems;
        YamlNode yaml = YamlReader.read("t.yaml", "tags: [a, a]\n", found).orElseThrow();
        SchemaChecker.of(schema).check(yaml, problems);
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.stream().allMatch(p -> p.toString().startsWith("t.yaml:1:7: error: 'tags': ")), problems::toString);
    }
}
