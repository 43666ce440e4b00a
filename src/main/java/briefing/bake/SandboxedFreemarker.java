package briefing.bake;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleHash;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.TemplateExceptionHandler;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * JBake's FreeMarker engine, sandboxed: a portal's own templates are untrusted (a pull request may bring one, and the
 * preview runs it), so a template can print the page it is given and nothing else. JBake's own engine hands every
 * template the renderer, its content store and data files as Java objects (wrapped to expose their methods) and lets
 * {@code ?new} make any class ({@code "freemarker.template.utility.Execute"?new()} runs a command); this one does not:
 * <ul>
 *     <li>the data model is {@code content} alone: the document's page, site, interface text ({@code t}) and numbers
 *     ({@code number}), all plain data or the two methods;</li>
 *     <li>{@code ?new} resolves no class at all, {@code ?api} is off;</li>
 *     <li>values are wrapped by FreeMarker's {@link SimpleObjectWrapper}: strings, numbers, booleans, dates, maps and
 *     lists only; any other Java object is an error, never a bean whose methods a template could call.</li>
 * </ul>
 * Otherwise it is configured as JBake configures FreeMarker (encodings, time zone, the 2.3.0 compatibility level), so
 * the engine's templates print the same bytes. Errors are thrown, not written into the page; {@link TemplateErrors}
 * words them.
 */
final class SandboxedFreemarker extends AbstractTemplateEngine {
    private final Configuration freemarker;

    SandboxedFreemarker(JBakeConfiguration config) {
        super(config, null);
        Configuration c = new Configuration(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS);
        c.setDefaultEncoding(config.getRenderEncoding());
        c.setOutputEncoding(config.getOutputEncoding());
        if (config.getFreemarkerTimeZone() != null) {
            c.setTimeZone(config.getFreemarkerTimeZone());
            c.setSQLDateAndTimeTimeZone(config.getFreemarkerTimeZone());
        }
        try {
            c.setTemplateLoader(new FileTemplateLoader(config.getTemplateFolder())); // refuses paths that leave the folder
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        c.setObjectWrapper(new SimpleObjectWrapper(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS));
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        this.freemarker = c;
    }

    /** Renders {@code template} with the document of {@code model} as {@code content}, and nothing else of JBake's model. */
    @Override
    public void renderDocument(TemplateModel model, String template, Writer out) throws RenderingException {
        try {
            SimpleHash root = new SimpleHash(freemarker.getObjectWrapper());
            root.put("content", model.getContent());
            freemarker.getTemplate(template).process(root, out);
        } catch (IOException | freemarker.template.TemplateException e) {
            throw new RenderingException(e);
        }
    }
}
