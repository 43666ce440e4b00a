package briefing.bake;

import briefing.emit.ProjectWriter;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.UtensilsFactory;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.template.ModelExtractors;
import org.jbake.template.ModelExtractorsDocumentTypeListener;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stage 5, bake: runs JBake 2.7 over the derived project. It replays {@code Oven.bake()} through JBake's public API
 * with one change: documents are rendered straight from one query, not with JBake's documents renderer, which reloads
 * every document for every page (quadratic; see JBAKE-NOTES). Each document gets its finished page model
 * ({@code content.page}) and the site model ({@code content.site}); templates render them with FreeMarker.
 * This is the only package that knows JBake, so that swapping it (for KBake, say) stays cheap.
 */
public final class Bakery {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private Bakery() {
    }

    /**
     * Bakes {@code project} into {@code destination}, with {@code messages} as the templates' interface text
     * ({@code content.t}) and numbers ({@code content.number}); returns the number of pages, or throws with every failure.
     */
    public static int bake(Path project, Path destination, briefing.i18n.Messages messages) throws BakeException {
        TextMethod text = new TextMethod(messages);
        NumberMethod number = new NumberMethod(messages);
        JBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(project.toFile(), destination.toFile(), true);
        Utensils utensils = UtensilsFactory.createDefaultUtensils(config);
        ContentStore db = utensils.getContentStore();
        List<String> errors = new ArrayList<>();
        int rendered = 0;
        try {
            Map<String, Object> site = read(project.resolve(ProjectWriter.MODELS).resolve(ProjectWriter.SITE_MODEL));
            db.startup();
            registerDocumentTypes(config);
            db.updateSchema();
            db.updateAndClearCacheIfNeeded(config.getClearCache(), config.getTemplateFolder());
            utensils.getCrawler().crawl();
            Renderer renderer = utensils.getRenderer();
            DocumentList<DocumentModel> documents = db.getUnrenderedContent();
            for (DocumentModel document : documents) {
                try {
                    document.put("page", read(project.resolve(ProjectWriter.MODELS).resolve(document.getUri() + ".json")));
                    document.put("site", site);
                    document.put("t", text);
                    document.put("number", number);
                    renderer.render(document);
                    rendered++;
                } catch (Exception e) {
                    errors.add(document.getUri() + ": " + rootMessage(e));
                }
            }
            utensils.getAsset().copy();
            utensils.getAsset().getErrors().forEach(t -> errors.add("asset: " + rootMessage(t)));
        } catch (IOException e) {
            errors.add(rootMessage(e));
        } finally {
            db.close();
            db.shutdown();
        }
        if (!errors.isEmpty()) throw new BakeException(errors);
        return rendered;
    }

    /** What {@code Oven.updateDocTypesFromConfiguration()} does (it is private there). */
    private static void registerDocumentTypes(JBakeConfiguration config) {
        DocumentTypes.resetDocumentTypes();
        ModelExtractors.getInstance().reset();
        DocumentTypes.addListener(new ModelExtractorsDocumentTypeListener());
        for (String type : config.getDocumentTypes()) DocumentTypes.addDocumentType(type);
        DocumentTypes.addDocumentType(config.getDataFileDocType());
    }

    private static Map<String, Object> read(Path json) throws IOException {
        if (!Files.exists(json)) throw new IOException("no page model at " + json);
        return JSON.readValue(json.toFile(), MAP);
    }

    /** A template error's useful line: FreeMarker's own message, without the wrapping exceptions. */
    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) c = c.getCause();
        String m = c.getMessage() == null ? c.toString() : c.getMessage();
        return m.lines().limit(12).reduce((a, b) -> a + "\n    " + b).orElse(m);
    }
}
