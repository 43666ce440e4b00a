package briefing.bake;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;

import java.util.List;

/**
 * A page's links as templates write them: {@code content.link("actors/a.html")} is the site-relative address made
 * relative to this page ("../actors/a.html"), and {@code content.asset(...)} the same for what every language shares
 * (macros.ftl names them {@code m.u} and {@code m.a}). A Java method rather than a template function: a page calls it
 * for every link it holds, thousands of times on a long list, and a template function's call costs far more.
 */
final class LinkMethod implements TemplateMethodModelEx {
    private final String prefix;

    LinkMethod(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel path)) {
            throw new TemplateModelException("link(path) and asset(path) take one site-relative path, as text");
        }
        String p = path.getAsString();
        return p == null ? prefix : prefix + p;
    }
}
