package briefing.cms;

import briefing.Fixtures;
import briefing.load.ContentLoader;
import briefing.load.SchemaChecker;
import briefing.model.Corpus;
import briefing.model.Event;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generated admin/config.yml of the rich fixture, read back as YAML and held to the JSON Schemas: every property of
 * every kind of file is a field, required exactly when the schema requires it, hinted with the schema's description;
 * every reference is a picker over the collection it refers to; kinds, tags, marks and measures are selects of the
 * portal's own values; dates carry the EDTF pattern and say its forms with an example.
 */
class CmsConfigTest {
    private static Corpus corpus;
    private static String yaml;
    private static JsonNode config;

    @BeforeAll
    static void generate() throws Exception {
        corpus = ContentLoader.load(Fixtures.portal(Fixtures.RICH).resolve("content")).corpus();
        yaml = ConfigYaml.write(CmsConfig.of(corpus, Optional.of(new CmsConfig.Repository("example-org/chaco-portal", "main"))));
        config = new YAMLMapper().readTree(yaml);
    }

    /** The collection (or file of the settings) holding a kind of file, and the schema object its fields follow. */
    private static JsonNode fields(String collection) {
        for (JsonNode c : config.path("collections")) {
            if (c.path("name").asText().equals(collection)) return c.path("fields");
            for (JsonNode f : c.path("files")) if (f.path("name").asText().equals(collection)) return f.path("fields");
        }
        throw new AssertionError("no collection " + collection + " in:\n" + yaml);
    }

    private static JsonNode field(JsonNode fields, String name) {
        for (JsonNode f : fields) if (f.path("name").asText().equals(name)) return f;
        throw new AssertionError("no field " + name + " among " + fields);
    }

    /** Every property of the schema object is a field, required as the schema says, with its description in the hint. */
    private static void assertFollows(JsonNode schemaObject, JsonNode fields, String where, Set<String> maps) {
        Set<String> required = new TreeSet<>();
        schemaObject.path("required").forEach(r -> required.add(r.asText()));
        List<String> checked = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = schemaObject.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            if (maps.contains(p.getKey())) continue; // maps of the portal's own keys: a form only for keys it has
            JsonNode f = field(fields, p.getKey());
            assertEquals(required.contains(p.getKey()), f.path("required").asBoolean(), where + "." + p.getKey() + " required");
            String description = p.getValue().path("description").asText();
            if (!description.isEmpty()) assertTrue(f.path("hint").asText().contains(description), where + "." + p.getKey() + " hint");
            checked.add(p.getKey());
        }
        assertFalse(checked.isEmpty(), where + " has fields");
    }

    @Test
    void everyKindOfFileIsAFormThatFollowsItsSchema() {
        assertFollows(SchemaChecker.load("source").schema(), fields("sources"), "source", Set.of());
        assertFollows(SchemaChecker.load("actor").schema(), fields("actors"), "actor", Set.of());
        assertFollows(SchemaChecker.load("place").schema(), fields("places"), "place", Set.of());
        assertFollows(SchemaChecker.load("document").schema(), fields("documents"), "document", Set.of());
        assertFollows(SchemaChecker.load("portal").schema(), fields("portal"), "portal",
                Set.of("actor_kinds", "place_kinds", "document_kinds", "timeline_marks", "tags"));
        JsonNode facts = SchemaChecker.load("facts").schema();
        assertFollows(facts, fields("facts"), "facts", Set.of());
        for (String list : List.of("event", "figure", "statement")) {
            JsonNode nested = field(fields("facts"), list + "s");
            assertEquals("list", nested.path("widget").asText(), list + "s are a list of nested forms");
            assertFollows(facts.path("$defs").path(list), nested.path("fields"), list, Set.of());
        }
        JsonNode measure = SchemaChecker.load("measures").schema().path("$defs").path("measure");
        for (String id : corpus.measures().keySet()) assertFollows(measure, field(fields("measures"), id).path("fields"), "measure " + id, Set.of());
        JsonNode frame = field(field(fields("portal"), "map").path("fields"), "frame");
        assertFalse(field(frame.path("fields"), "west").path("required").asBoolean(),
                "an optional object's own required fields are required only when it is there: optional in the form, or it could never be left out");
        assertTrue(yaml.contains("path: \"{{slug}}/summary\""), "the summary is a collection of its own in the source's folder");
        assertEquals("summary", collection("summaries").path("meta").path("path").path("index_file").asText());
        assertEquals("events", collection("sources").path("filter").path("field").asText(), "facts.yaml is not listed as a source");
        assertEquals("title", collection("facts").path("filter").path("field").asText(), "nor source.yaml as facts");
    }

    private static JsonNode collection(String name) {
        for (JsonNode c : config.path("collections")) if (c.path("name").asText().equals(name)) return c;
        throw new AssertionError(name);
    }

    @Test
    void everyReferenceIsAPickerOverTheEntitiesItNames() {
        JsonNode event = field(fields("facts"), "events").path("fields");
        assertPicker(field(event, "actors"), "actors", true);
        assertPicker(field(event, "places"), "places", true);
        assertPicker(field(event, "documents"), "documents", true);
        assertPicker(field(field(fields("facts"), "figures").path("fields"), "subject"), "actors", false);
        assertPicker(field(field(fields("facts"), "statements").path("fields"), "actor"), "actors", false);
        assertPicker(field(fields("actors"), "country"), "places", false);
        assertPicker(field(fields("places"), "within"), "places", false);
        assertPicker(field(fields("documents"), "issuer"), "actors", false);
        assertPicker(field(fields("portal"), "topic"), "actors", false);
        List<String> search = new ArrayList<>();
        field(event, "actors").path("search_fields").forEach(s -> search.add(s.asText()));
        assertEquals(List.of("name", "aliases.*"), search, "found by name and by alias");
        // an event the sources already report can be picked by its title instead of typed
        JsonNode id = field(event, "id");
        assertEquals("event-id", id.path("widget").asText());
        Set<String> offered = values(id);
        Set<String> known = new TreeSet<>();
        corpus.sources().values().forEach(s -> s.events().stream().map(Event::id).forEach(i -> known.add(i.value())));
        assertEquals(known, offered);
        assertTrue(labels(id).stream().anyMatch(l -> l.contains("Government and movement sign the Chaco ceasefire agreement")), "offered by title");
    }

    private static void assertPicker(JsonNode f, String collection, boolean multiple) {
        assertEquals("relation", f.path("widget").asText(), f.toString());
        assertEquals(collection, f.path("collection").asText());
        assertEquals("{{slug}}", f.path("value_field").asText(), "stores the id (the file's name)");
        assertEquals(multiple, f.path("multiple").asBoolean());
    }

    @Test
    void kindsTagsMarksAndMeasuresAreTheSelectsOfThePortalsOwnValues() {
        assertEquals(ids(corpus.portal().vocabulary().actorKinds()), values(field(fields("actors"), "kind")));
        assertEquals(ids(corpus.portal().vocabulary().placeKinds()), values(field(fields("places"), "kind")));
        assertEquals(ids(corpus.portal().vocabulary().documentKinds()), values(field(fields("documents"), "kind")));
        JsonNode tags = field(field(fields("facts"), "events").path("fields"), "tags");
        assertEquals("select", tags.path("widget").asText());
        assertTrue(tags.path("multiple").asBoolean());
        Set<String> used = new TreeSet<>(ids(corpus.portal().vocabulary().timelineMarks()));
        corpus.sources().values().forEach(s -> s.events().forEach(e -> used.addAll(e.tags())));
        assertEquals(used, values(tags), "the timeline's marks and every tag in use");
        assertEquals(corpus.measures().keySet(), values(field(field(fields("facts"), "figures").path("fields"), "measure")));
        assertEquals(corpus.measures().keySet(), values(field(fields("portal"), "key_measures")));
        assertEquals(Set.of("news", "analysis", "reference", "roundup", "official"), values(field(fields("sources"), "kind")));
    }

    @Test
    void datesExplainTheirFormsAndKeepWhatIsTyped() {
        String pattern = SchemaChecker.load("facts").schema().path("$defs").path("date").path("pattern").asText();
        List<JsonNode> dates = List.of(field(fields("sources"), "published"), field(field(fields("facts"), "events").path("fields"), "date"),
                field(field(fields("facts"), "figures").path("fields"), "as_of"), field(field(fields("facts"), "statements").path("fields"), "date"),
                field(fields("documents"), "date"));
        for (JsonNode d : dates) {
            assertEquals("string", d.path("widget").asText(), "a text box, not a date picker that rewrites the value: " + d);
            assertEquals(pattern, d.path("pattern").get(0).asText());
            assertTrue(d.path("hint").asText().contains("2024-03-05") && d.path("hint").asText().contains("2024-03~"), d.toString());
        }
    }

    @Test
    void theBackendIsThePortalsRepositoryAndTheFileIsTheSameEveryTime() {
        assertEquals("github", config.path("backend").path("name").asText());
        assertEquals("example-org/chaco-portal", config.path("backend").path("repo").asText());
        assertFalse(config.has("local_backend"), "the published CMS talks to GitHub only; ./portal cms adds the local backend");
        assertEquals(yaml, ConfigYaml.write(CmsConfig.of(corpus, Optional.of(new CmsConfig.Repository("example-org/chaco-portal", "main")))));
        assertEquals(CmsConfig.NO_REPO, CmsConfig.of(corpus, Optional.empty()).repo(), "left for the adopter when portal.yaml names none");
    }

    @Test
    void portalYamlNamesTheRepository(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("portal.yaml"), "title: T\ncms: {repo: my-org/harbour-watch}\n");
        assertEquals(Optional.of(new CmsConfig.Repository("my-org/harbour-watch", "main")), PortalCms.repository(dir));
        java.nio.file.Files.writeString(dir.resolve("portal.yaml"), "title: T\n");
        assertEquals(Optional.empty(), PortalCms.repository(dir));
    }

    @Test
    void theCmsToolsArePinnedByTheEnginesLockfiles() {
        assertEquals("decap-cms@3.16.3", DecapBundle.RELEASE.spec());
        assertEquals("decap-server@3.11.3", DecapServer.TREE.pin("decap-server").spec());
        assertTrue(DecapBundle.RELEASE.integrity().startsWith("sha512-hf+dPlCh7TJmWl8+"), DecapBundle.RELEASE.integrity());
    }

    private static Set<String> values(JsonNode select) {
        Set<String> out = new TreeSet<>();
        select.path("options").forEach(o -> out.add(o.path("value").asText()));
        return out;
    }

    private static List<String> labels(JsonNode select) {
        List<String> out = new ArrayList<>();
        select.path("options").forEach(o -> out.add(o.path("label").asText()));
        return out;
    }

    private static Set<String> ids(List<briefing.model.Vocabulary.Term> terms) {
        Set<String> out = new TreeSet<>();
        terms.forEach(t -> out.add(t.id()));
        return out;
    }
}
