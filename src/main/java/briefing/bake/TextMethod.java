package briefing.bake;

import briefing.i18n.Messages;
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
 * {@code content.t("events.count", "count", 3)} (macros.ftl wraps it as {@code m.t}). The result is plain text, which
 * the HTML output format escapes like any other value.
 */
final class TextMethod implements TemplateMethodModelEx {
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
            if (a instanceof TemplateSequenceModel seq) for (int i = 0; i < seq.size(); i++) values.add(DeepUnwrap.unwrap(seq.get(i)));
            else values.add(DeepUnwrap.unwrap((TemplateModel) a));
        }
        if (values.size() % 2 != 0) throw new TemplateModelException("t(" + arguments.get(0) + ", ...): arguments come as name, value pairs");
        Map<String, Object> named = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i += 2) named.put(String.valueOf(values.get(i)), values.get(i + 1));
        try {
            return messages.format(DeepUnwrap.unwrap((TemplateModel) arguments.get(0)).toString(), named);
        } catch (IllegalArgumentException e) {
            throw new TemplateModelException(e.getMessage());
        }
    }
}
