package briefing;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A clone needs only a JDK (the Maven Wrapper, pinned and checksummed, when Maven is missing; portal.cmd on Windows),
 * a dev container gives a working preview with nothing installed, and the repository keeps its pins current
 * (Dependabot), its engine reviewed (CODEOWNERS) and says how to report a problem (SECURITY.md).
 */
class RepositorySetupTest {
    private static final Path ROOT = Path.of(System.getProperty("project.root", "."));

    @Test
    void theMavenWrapperFetchesThePinnedMavenFromCentralAndChecksIt() throws IOException {
        Properties wrapper = new Properties();
        wrapper.load(new StringReader(Files.readString(ROOT.resolve(".mvn/wrapper/maven-wrapper.properties"))));
        assertTrue(wrapper.getProperty("distributionUrl", "").matches(
                "https://repo\\.maven\\.apache\\.org/maven2/org/apache/maven/apache-maven/3\\.9\\.\\d+/apache-maven-3\\.9\\.\\d+-bin\\.zip"),
                wrapper.getProperty("distributionUrl"));
        assertTrue(wrapper.getProperty("distributionSha256Sum", "").matches("[0-9a-f]{64}"), "Maven's checksum is pinned");
        assertEquals("only-script", wrapper.getProperty("distributionType"), "no jar in the repository");
        assertFalse(Files.exists(ROOT.resolve(".mvn/wrapper/maven-wrapper.jar")));
        assertTrue(Files.isExecutable(ROOT.resolve("mvnw")) && Files.isRegularFile(ROOT.resolve("mvnw.cmd")));
    }

    /** ./portal compiles with the Maven on the PATH, and with ./mvnw when there is none (fakes of both, that fail). */
    @Test
    @DisabledOnOs(OS.WINDOWS) // ./portal is the POSIX launcher; portal.cmd is Windows'
    void portalCompilesWithMavenOnThePathElseWithTheWrapper(@TempDir Path dir) throws Exception {
        Path engine = Files.createDirectories(dir.resolve("engine"));
        Files.copy(ROOT.resolve("portal"), engine.resolve("portal"));
        fake(engine.resolve("mvnw"), "the wrapper ran");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        for (String tool : List.of("sh", "dirname", "find", "mktemp", "cat", "rm", "head", "touch")) {
            Path real = Stream.of("/usr/bin/", "/bin/").map(p -> Path.of(p + tool)).filter(Files::isExecutable).findFirst().orElseThrow();
            Files.createSymbolicLink(bin.resolve(tool), real);
        }
        assertEquals("the wrapper ran", portalBuild(engine, bin), "no mvn on the PATH: ./mvnw");
        fake(bin.resolve("mvn"), "maven ran");
        assertEquals("maven ran", portalBuild(engine, bin), "mvn on the PATH is used");
    }

    private static void fake(Path script, String says) throws IOException {
        Files.writeString(script, "#!/bin/sh\necho '" + says + "'\nexit 1\n");
        assertTrue(script.toFile().setExecutable(true));
    }

    /** What the compile step printed (./portal prints Maven's log when compiling fails), without the launcher's notes. */
    private static String portalBuild(Path engine, Path bin) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(bin.resolve("sh").toString(), engine.resolve("portal").toString(), "build")
                .directory(engine.toFile()).redirectErrorStream(true);
        pb.environment().put("PATH", bin.toString());
        pb.environment().put("HOME", engine.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue(), out);
        return out.lines().filter(l -> !l.startsWith("Compiling") && !l.startsWith("No Maven")).findFirst().orElse("");
    }

    @Test
    void portalCmdDoesOnWindowsWhatPortalDoes() throws IOException {
        String cmd = Files.readString(ROOT.resolve("portal.cmd"));
        assertTrue(cmd.lines().count() > 10 && cmd.replace("\r\n", "").indexOf('\n') < 0, "CRLF line endings for cmd.exe");
        assertTrue(cmd.contains("mvnw.cmd"), "the wrapper when Maven is missing");
        assertTrue(cmd.contains("-Dmaven.test.skip=true -Dportal.skip package"), "compiles as ./portal does");
        assertTrue(cmd.contains("briefing.cli.Main %*"), "passes every argument on");
        String attributes = Files.readString(ROOT.resolve(".gitattributes"));
        assertTrue(attributes.contains("*.cmd       text eol=crlf") && attributes.contains("portal      text eol=lf"), attributes);
    }

    /** At 2,000 sources the preview peaked at 2.5 GB resident uncapped (a quarter of the machine), 0.85 GB with this cap. */
    @Test
    void bothLaunchersCapThePreviewsHeapAndLetPortalJavaOptsOverrideIt() throws IOException {
        String sh = Files.readString(ROOT.resolve("portal"));
        assertTrue(sh.contains("case \"${1:-}\" in serve|cms) jvm=\"-Xmx640m\" ;; bench) jvm=\"\" ;; esac"), "serve and cms capped; the bench not");
        assertTrue(sh.indexOf("jvm=\"$jvm ${PORTAL_JAVA_OPTS:-}\"") > sh.indexOf("serve|cms)"), "the user's options come last, and win");
        String cmd = Files.readString(ROOT.resolve("portal.cmd"));
        assertTrue(cmd.contains("if /i \"%~1\"==\"serve\" set \"jvm=-Xmx640m\"") && cmd.contains("if /i \"%~1\"==\"cms\" set \"jvm=-Xmx640m\""), cmd);
        assertTrue(cmd.indexOf("set \"jvm=%jvm% %PORTAL_JAVA_OPTS%\"") > cmd.indexOf("\"cms\" set"), "the user's options come last, and win");
    }

    /**
     * A build's heap starts at its cap (a 10,000-source build grew it with three more full collections), but only when
     * the user gives no options of their own: an -Xmx below the start would stop the JVM before it began.
     */
    @Test
    void bothLaunchersStartTheBuildsHeapAtItsCapUnlessTheUserSetsOptions() throws IOException {
        String sh = Files.readString(ROOT.resolve("portal"));
        int xms = sh.indexOf("[ -n \"${PORTAL_JAVA_OPTS:-}\" ] || jvm=\"$jvm -Xms768m\"");
        assertTrue(xms > sh.indexOf("jvm=\"-XX:TieredStopAtLevel=1 -Xmx768m") && xms < sh.indexOf("serve|cms)"),
                "after the build's options, before the preview's replace them");
        String cmd = Files.readString(ROOT.resolve("portal.cmd"));
        int cmdXms = cmd.indexOf("if not defined PORTAL_JAVA_OPTS set \"jvm=%jvm% -Xms768m\"");
        assertTrue(cmdXms > cmd.indexOf("set \"jvm=-XX:TieredStopAtLevel=1 -Xmx768m") && cmdXms < cmd.indexOf("\"serve\" set"), cmd);
    }

    @Test
    void theDevContainerHasJavaMavenAndNodeCompilesOnCreationAndForwardsThePreview() throws Exception {
        JsonNode dc = JsonMapper.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build()
                .readTree(ROOT.resolve(".devcontainer/devcontainer.json").toFile());
        assertTrue(dc.path("image").asText().matches("mcr\\.microsoft\\.com/devcontainers/java:\\d+-(17|21)-\\w+"), dc.path("image").asText());
        assertEquals("none", dc.path("features").path("ghcr.io/devcontainers/features/java:1").path("version").asText());
        assertTrue(dc.path("features").path("ghcr.io/devcontainers/features/java:1").path("mavenVersion").asText().matches("3\\.9\\.\\d+"));
        assertTrue(dc.path("features").path("ghcr.io/devcontainers/features/node:1").path("version").asText().matches("\\d+"));
        assertTrue(dc.path("postCreateCommand").asText().startsWith("./portal "), "compiles the generator on creation");
        String port = previewPort();
        assertEquals(List.of(Integer.parseInt(port)), new ObjectMapper().convertValue(dc.path("forwardPorts"), List.class));
        assertEquals("Portal preview", dc.path("portsAttributes").path(port).path("label").asText());
        assertEquals("openPreview", dc.path("portsAttributes").path(port).path("onAutoForward").asText());
    }

    /** The preview's default port, as the serve and cms commands declare it (their shared options). */
    private static String previewPort() throws ReflectiveOperationException {
        return Class.forName("briefing.cli.PreviewOptions").getDeclaredField("port")
                .getAnnotation(picocli.CommandLine.Option.class).defaultValue();
    }

    @Test
    void dependabotKeepsEveryPinCurrentWeekly() throws IOException {
        JsonNode config = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve(".github/dependabot.yml").toFile());
        List<String> ecosystems = new ArrayList<>();
        List<String> npmFolders = new ArrayList<>();
        config.path("updates").forEach(u -> {
            ecosystems.add(u.path("package-ecosystem").asText());
            assertEquals("weekly", u.path("schedule").path("interval").asText());
            if (u.path("package-ecosystem").asText().equals("npm")) u.path("directories").forEach(d -> npmFolders.add(d.asText()));
        });
        assertTrue(ecosystems.containsAll(List.of("github-actions", "maven", "npm", "devcontainers")), ecosystems.toString());
        try (Stream<Path> locks = Stream.concat(Files.walk(ROOT.resolve("src/main/resources/npm")), Stream.of(ROOT.resolve(".ci/package-lock.json")))) {
            List<Path> lockfiles = locks.filter(f -> f.getFileName().toString().equals("package-lock.json")).toList();
            assertTrue(lockfiles.size() >= 2, lockfiles.toString());
            for (Path lock : lockfiles) {
                String folder = "/" + ROOT.relativize(lock.getParent()).toString().replace('\\', '/');
                assertTrue(npmFolders.stream().anyMatch(f -> f.equals(folder) || f.endsWith("/*") && folder.startsWith(f.substring(0, f.length() - 1))),
                        folder + " is watched: " + npmFolders);
            }
        }
    }

    @Test
    void theEngineTemplatesSchemasAndWorkflowsHaveCodeOwnersAndProblemsAReportingRoute() throws IOException {
        List<String> rules = Files.readAllLines(ROOT.resolve(".github/CODEOWNERS")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        for (String rule : rules) {
            assertTrue(rule.matches("/\\S+\\s+(@[A-Za-z0-9-]+(/[A-Za-z0-9_.-]+)?\\s*)+"), "a valid CODEOWNERS rule: " + rule);
        }
        List<String> owned = rules.stream().map(r -> r.split("\\s+")[0]).toList();
        assertTrue(owned.containsAll(List.of("/src/", "/pom.xml", "/portal", "/portal.cmd", "/templates/", "/assets/", "/schemas/", "/.github/")), owned.toString());
        assertTrue(Files.readString(ROOT.resolve(".github/CODEOWNERS")).contains("replace @maintainers"), "tells the adopter what to change");
        String policy = Files.readString(ROOT.resolve("SECURITY.md"));
        assertTrue(policy.contains("Report a vulnerability") && policy.contains("## In scope"), "SECURITY.md says how and what");
    }
}
