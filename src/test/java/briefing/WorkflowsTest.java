package briefing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workflows run the README's commands, and publish with the official Pages actions. */
class WorkflowsTest {
    private static final Path ROOT = Path.of(System.getProperty("project.root", "."));
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** The commands in the README's "two commands" block, in order: build, then test. */
    static List<String> readmeCommands() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String block = readme.substring(readme.indexOf("## The two commands"));
        block = block.substring(block.indexOf("```sh") + 5, block.indexOf("```", block.indexOf("```sh") + 5));
        return block.lines().map(l -> l.replaceAll("#.*", "").strip()).filter(l -> !l.isEmpty()).toList();
    }

    private static List<String> runs(String workflow) throws IOException {
        JsonNode wf = YAML.readTree(ROOT.resolve(".github/workflows").resolve(workflow).toFile());
        List<String> runs = new ArrayList<>();
        wf.path("jobs").forEach(job -> job.path("steps").forEach(step -> {
            if (step.has("run")) runs.add(step.get("run").asText().strip());
        }));
        return runs;
    }

    private static List<String> uses(String workflow) throws IOException {
        JsonNode wf = YAML.readTree(ROOT.resolve(".github/workflows").resolve(workflow).toFile());
        List<String> uses = new ArrayList<>();
        wf.path("jobs").forEach(job -> job.path("steps").forEach(step -> {
            if (step.has("uses")) uses.add(step.get("uses").asText().replaceAll("@.*", ""));
        }));
        return uses;
    }

    @Test
    void readmeNamesTheTwoCommands() throws IOException {
        assertEquals(List.of("./portal build", "mvn -B verify"), readmeCommands());
    }

    @Test
    void ciRunsTheReadmeTestCommandAndValidatesWithAnnotations() throws IOException {
        List<String> runs = runs("ci.yml");
        String test = readmeCommands().get(1);
        assertTrue(runs.contains(test), "ci.yml runs " + runs);
        assertTrue(runs.contains("./portal validate --format github"), "ci.yml annotates content errors: " + runs);
    }

    @Test
    void pagesBuildsWithTheReadmeBuildCommandAndDeploysOfficially() throws IOException {
        List<String> runs = runs("pages.yml");
        String build = readmeCommands().get(0);
        assertTrue(runs.stream().anyMatch(r -> r.startsWith(build + " ")), "pages.yml runs " + runs);
        assertTrue(runs.stream().anyMatch(r -> r.contains("--base-path=${{ steps.pages.outputs.base_path }}/")),
                "pages.yml builds under the base path Pages reports: " + runs);
        assertTrue(uses("pages.yml").containsAll(List.of("actions/configure-pages", "actions/upload-pages-artifact",
                "actions/deploy-pages")), "official Pages actions: " + uses("pages.yml"));
    }

    @Test
    void ciScriptRunsTheReadmeTestCommand() throws IOException {
        String ci = Files.readString(ROOT.resolve(".ci/run"));
        String test = readmeCommands().get(1);
        assertTrue(ci.lines().anyMatch(l -> l.strip().equals(test)), ".ci/run runs the README's test command");
    }
}
