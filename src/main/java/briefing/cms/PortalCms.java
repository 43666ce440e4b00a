package briefing.cms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** portal.yaml's optional {@code cms: {repo: owner/name, branch: main}}: where the published CMS commits. */
final class PortalCms {
    private PortalCms() {
    }

    /** The repository named in {@code content/portal.yaml}, if it names one (the file has passed its schema). */
    static Optional<CmsConfig.Repository> repository(Path content) {
        Path f = content.resolve("portal.yaml");
        try {
            if (!Files.isRegularFile(f)) return Optional.empty();
            JsonNode cms = new YAMLMapper().readTree(f.toFile()).path("cms");
            if (!cms.path("repo").isTextual()) return Optional.empty();
            return Optional.of(new CmsConfig.Repository(cms.path("repo").asText(), cms.path("branch").asText("main")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
