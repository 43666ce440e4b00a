package briefing.cms;

import briefing.model.Corpus;
import briefing.tools.NpmPackage;
import briefing.tools.ToolException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The web CMS in every site: {@code admin/index.html} (with a Content-Security-Policy of its own), {@code admin/cms.js}
 * (our widgets), {@code admin/config.yml} (generated, {@link CmsConfig}) and Decap CMS's bundle ({@link DecapBundle}),
 * all served from the site itself.
 */
public final class AdminSite {
    /** The folder of the site that holds the CMS. */
    public static final String FOLDER = "admin";

    private AdminSite() {
    }

    /**
     * What the build did about the CMS: a line to print when it could not add it, and the files it wrote (relative to
     * the folder it wrote into, with '/').
     */
    public record Outcome(boolean written, Optional<String> note, List<String> files) {
    }

    /**
     * Writes {@code admin/} into {@code root} (the site's root). When the bundle cannot be had
     * (no npm, no network and nothing cached), writes nothing and says why: the rest of the site is built all the same.
     */
    public static Outcome write(Corpus corpus, Path content, Path root) {
        Path admin = root.resolve(FOLDER);
        List<String> bundle;
        try {
            bundle = DecapBundle.copyInto(NpmPackage.engineTools(), admin);
        } catch (ToolException | IOException e) {
            return new Outcome(false, Optional.of("note: no admin/ (web CMS) in this build; the rest of the site is built. "
                    + e.getMessage()), List.of());
        }
        try {
            Files.writeString(admin.resolve("config.yml"), ConfigYaml.write(CmsConfig.of(corpus, PortalCms.repository(content))),
                    StandardCharsets.UTF_8);
            for (String f : new String[]{"index.html", "cms.js"}) Files.write(admin.resolve(f), resource(f));
            List<String> files = new ArrayList<>(List.of("config.yml", "index.html", "cms.js"));
            files.addAll(bundle);
            return new Outcome(true, Optional.empty(), files.stream().map(f -> FOLDER + "/" + f).sorted().toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = AdminSite.class.getResourceAsStream("/briefing/cms/" + name)) {
            if (in == null) throw new IOException("missing from the classpath: /briefing/cms/" + name);
            return in.readAllBytes();
        }
    }
}
