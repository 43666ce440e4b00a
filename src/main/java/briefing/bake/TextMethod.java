package briefing.bake;

import briefing.i18n.Messages;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateMarkupOutputModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateSequenceModel;
import freemarker.template.utility.DeepUnwrap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The templates' access to interface text: {@code content.t("nav.timeline")} or, with named arguments,
 * {@code content.t("events.count", "count", 3)} (macros.ftl names it {@code m.t}). The result is plain text, which
 * the output format escapes like any other value.
 *
 * <p>An argument may be markup the template made (a link, a {@code <time>} element, captured with
 * {@code <#assign x>...</#assign>}): the sentence stays in the bundle and the markup in the template, in whatever order
 * the language puts them ("Try the {search}, or browse {timeline}"). The bundle's text is then escaped, the markup
 * inserted as it is, and the result is markup.
 */
final class TextMethod implements TemplateMethodModelEx {
    /** Stand-ins for markup arguments while the message is formatted: private-use characters no text contains. */
    private static final char FIRST_SLOT = '\uE000';

    private final Messages messages;

    TextMethod(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty()) throw new TemplateModelException("t(key, name, value, ...) needs a key");
        List<Object> values = new ArrayList<>();
        for (Object a : arguments.subList(1, arguments.size())) {
            // m.t passes its extra arguments on as one sequence
            if (a instanceof TemplateSequenceModel seq) for (int i = 0; i < seq.size(); i++) values.add(value(seq.get(i)));
            else values.add(value((TemplateModel) a));
        }
        if (values.size() % 2 != 0) throw new TemplateModelException("t(" + arguments.get(0) + ", ...): arguments come as name, value pairs");
        Map<String, Object> named = new LinkedHashMap<>();
        List<String> markup = new ArrayList<>();
        for (int i = 0; i < values.size(); i += 2) {
            Object v = values.get(i + 1);
            if (v instanceof Markup m) {
                v = String.valueOf((char) (FIRST_SLOT + markup.size()));
                markup.add(m.html());
            }
            named.put(String.valueOf(values.get(i)), v);
        }
        String key = DeepUnwrap.unwrap((TemplateModel) arguments.get(0)).toString();
        String text;
        try {
            text = messages.format(key, named);
        } catch (IllegalArgumentException e) {
            throw new TemplateModelException(e.getMessage());
        }
        if (markup.isEmpty()) return text;
        StringBuilder html = new StringBuilder(HTMLOutputFormat.INSTANCE.escapePlainText(text));
        for (int i = 0; i < markup.size(); i++) {
            String slot = String.valueOf((char) (FIRST_SLOT + i));
            int at = html.indexOf(slot);
            if (at >= 0) html.replace(at, at + 1, markup.get(i));
        }
        return HTMLOutputFormat.INSTANCE.fromMarkup(html.toString());
    }

    private record Markup(String html) {
    }

    private static Object value(TemplateModel m) throws TemplateModelException {
        if (m instanceof TemplateMarkupOutputModel<?> markup) return new Markup(markupOf(markup));
        return DeepUnwrap.unwrap(m);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String markupOf(TemplateMarkupOutputModel m) throws TemplateModelException {
        return m.getOutputFormat().getMarkupString(m);
    }
}
