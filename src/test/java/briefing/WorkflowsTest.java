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
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workflows run the README's commands; publish main and pull-request previews to the gh-pages branch (forks'
 * pull requests only built and annotated); build on every desktop; and pass a pinning and permission review: every
 * action pinned to a commit, write permissions only on deploy jobs, no token left behind by a checkout.
 */
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
    void pagesBuildsWithTheReadmeBuildCommandAndPublishesToTheGhPagesBranchKeepingThePreviews() throws IOException {
        List<String> runs = runs("pages.yml");
        String build = readmeCommands().get(0);
        assertTrue(runs.contains(build + " \"--base-path=$BASE_PATH/\" \"--site-url=$SITE_URL\" --cache target/render-cache"), "pages.yml runs " + runs);
        // the last site and its render cache restored before the build, by the engine's version and then the newest
        JsonNode cache = null;
        for (JsonNode step : workflow("pages.yml").path("jobs").path("build").path("steps")) {
            if (step.path("uses").asText().startsWith("actions/cache@")) cache = step;
            if (step.path("name").asText().equals("Build the portal")) break;
        }
        assertTrue(cache != null, "pages.yml restores the last site before the build");
        assertEquals(List.of("target/site", "target/render-cache"), cache.path("with").path("path").asText().lines().toList());
        assertTrue(cache.path("with").path("key").asText().contains("hashFiles('pom.xml', 'src/main/**', 'templates/**'"), "keyed on the engine");
        assertTrue(cache.path("with").path("restore-keys").asText().strip().endsWith("-"), "a prefix restores the newest of that engine");
        JsonNode env = buildStep(workflow("pages.yml")).path("env");
        assertEquals("${{ steps.site.outputs.base_path }}", env.path("BASE_PATH").asText(), "the base path Pages reports");
        JsonNode deploy = step(workflow("pages.yml"), "JamesIves/github-pages-deploy-action");
        assertEquals("gh-pages", deploy.path("with").path("branch").asText());
        assertEquals("pr-preview/", deploy.path("with").path("clean-exclude").asText(), "main's site leaves the previews alone");
    }

    @Test
    void pullRequestsGetAPreviewUnderTheirNumberButForksOnlyABuildWithAnnotations() throws IOException {
        JsonNode wf = workflow("preview.yml");
        assertTrue(wf.path("on").has("pull_request"), "previews run on pull_request");
        assertFalse(wf.path("on").has("pull_request_target"), "never with the base repository's token");
        assertEquals(List.of("opened", "reopened", "synchronize", "closed"),
                YAML.convertValue(wf.path("on").path("pull_request").path("types"), List.class));
        List<String> runs = runs("preview.yml");
        assertTrue(runs.contains("./portal validate --format github"), "annotations, forks included: " + runs);
        String build = readmeCommands().get(0);
        assertTrue(runs.contains(build + " \"--base-path=$BASE_PATH/pr-preview/pr-$PR/\" \"--site-url=$SITE_URL\""),
                "built with the README's command under the preview's own folder: " + runs);
        JsonNode env = buildStep(wf).path("env");
        assertEquals("${{ steps.site.outputs.base_path }}", env.path("BASE_PATH").asText());
        assertEquals("${{ github.event.pull_request.number }}", env.path("PR").asText());
        JsonNode deploy = wf.path("jobs").path("deploy");
        assertTrue(deploy.path("if").asText().contains("github.event.pull_request.head.repo.full_name == github.repository"),
                "a fork's pull request is not deployed: " + deploy.path("if").asText());
        JsonNode preview = step(wf, "rossjrw/pr-preview-action");
        assertEquals("gh-pages", preview.path("with").path("preview-branch").asText());
        assertEquals("pr-preview", preview.path("with").path("umbrella-dir").asText());
        assertEquals("auto", preview.path("with").path("action").asText(), "deploys on push, removes on close");
    }

    @Test
    void theReadmeBuildCommandRunsOnWindowsAndMacosToo() throws IOException {
        JsonNode job = workflow("ci.yml").path("jobs").path("desktops");
        List<?> systems = YAML.convertValue(job.path("strategy").path("matrix").path("os"), List.class);
        assertTrue(systems.containsAll(List.of("windows-latest", "macos-latest")), "matrix: " + systems);
        assertEquals("${{ matrix.os }}", job.path("runs-on").asText());
        List<String> runs = new ArrayList<>();
        job.path("steps").forEach(st -> runs.add(st.path("run").asText().strip()));
        assertTrue(runs.contains(readmeCommands().get(0)), "desktops run " + runs);
    }

    /** Every workflow file, by name. */
    static List<String> workflows() throws IOException {
        try (var files = Files.list(ROOT.resolve(".github/workflows"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yml") || n.endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void everyActionIsPinnedToAFullCommitWithItsVersionInAComment() throws IOException {
        Pattern pinned = Pattern.compile("^\\s*(- )?uses: [A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+@[0-9a-f]{40} # v\\d+(\\.\\d+){0,2}$");
        int uses = 0;
        for (String name : workflows()) {
            for (String line : Files.readAllLines(ROOT.resolve(".github/workflows").resolve(name))) {
                if (!line.strip().replaceFirst("^- ", "").startsWith("uses:")) continue;
                uses++;
                assertTrue(pinned.matcher(line).matches(), name + ": not pinned to a commit with its version: " + line.strip());
            }
        }
        assertTrue(uses >= 10, "the workflows' actions were found: " + uses);
    }

    @Test
    void onlyDeployJobsMayWriteAndTheyRunNothingFromTheRepository() throws IOException {
        for (String name : workflows()) {
            JsonNode wf = workflow(name);
            assertEquals("{\"contents\":\"read\"}", wf.path("permissions").toString(), name + ": top-level permissions read only");
            assertFalse(wf.path("on").has("pull_request_target"), name + ": no pull_request_target");
            wf.path("jobs").fields().forEachRemaining(job -> {
                boolean writes = job.getValue().path("permissions").toString().contains("write");
                if (!writes) return;
                assertEquals("deploy", job.getKey(), name + ": only a deploy job may write, not " + job.getKey());
                job.getValue().path("steps").forEach(st -> assertFalse(
                        st.path("run").asText().contains("./portal") || st.path("run").asText().contains("mvn"),
                        name + ": a job with a write token runs no code from the repository: " + st.path("run").asText()));
            });
        }
    }

    @Test
    void noCheckoutKeepsTheTokenInGitConfig() throws IOException {
        int checkouts = 0;
        for (String name : workflows()) {
            for (JsonNode job : workflow(name).path("jobs")) {
                for (JsonNode st : job.path("steps")) {
                    if (!st.path("uses").asText().startsWith("actions/checkout@")) continue;
                    checkouts++;
                    assertTrue(st.path("with").path("persist-credentials").isBoolean()
                            && !st.path("with").path("persist-credentials").asBoolean(), name + ": persist-credentials: false");
                }
            }
        }
        assertTrue(checkouts >= 5, "checkouts found: " + checkouts);
    }

    private static JsonNode workflow(String name) throws IOException {
        return YAML.readTree(ROOT.resolve(".github/workflows").resolve(name).toFile());
    }

    /** The step named "Build the portal". */
    private static JsonNode buildStep(JsonNode wf) {
        return only(wf, st -> st.path("name").asText().equals("Build the portal"), "build steps");
    }

    /** The one step of the workflow that uses {@code action}. */
    private static JsonNode step(JsonNode wf, String action) {
        return only(wf, st -> st.path("uses").asText().startsWith(action + "@"), "steps using " + action);
    }

    private static JsonNode only(JsonNode wf, java.util.function.Predicate<JsonNode> which, String what) {
        List<JsonNode> found = new ArrayList<>();
        wf.path("jobs").forEach(job -> job.path("steps").forEach(st -> {
            if (which.test(st)) found.add(st);
        }));
        assertEquals(1, found.size(), what);
        return found.get(0);
    }

    @Test
    void ciScriptRunsTheReadmeTestCommand() throws IOException {
        String ci = Files.readString(ROOT.resolve(".ci/run"));
        String test = readmeCommands().get(1);
        assertTrue(ci.lines().anyMatch(l -> l.strip().equals(test)), ".ci/run runs the README's test command");
    }
}
