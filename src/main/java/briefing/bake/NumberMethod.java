package briefing.bake;

import briefing.i18n.Messages;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;

import java.util.List;

/**
 * The templates' numbers as readers of the portal's language write them: {@code content.number(12261)} is "12,261" in
 * English and "12 261" in French (macros.ftl names it {@code m.n}). Years and ids stay as they are: only counts and
 * values go through it.
 */
final class NumberMethod implements TemplateMethodModelEx {
    private final Messages messages;

    NumberMethod(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() != 1) throw new TemplateModelException("number(n) takes one number");
        Object n = DeepUnwrap.unwrap((TemplateModel) arguments.get(0));
        if (!(n instanceof Number number)) throw new TemplateModelException("number(n): not a number: " + n);
        return messages.number(number);
    }
}
