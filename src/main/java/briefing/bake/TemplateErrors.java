package briefing.bake;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;

/**
 * A template's failure as one line for a person: {@code templates/<file>:<line>:<column>: what went wrong}, the file
 * being the template of that name (the portal's own, else the engine's). What the sandbox refuses
 * ({@link SandboxedFreemarker}) is said as such, with what to do instead; other errors keep FreeMarker's first sentence
 * and the expression it blames. No Java stack, no FreeMarker instruction stack.
 */
final class TemplateErrors {
    private static final String JAVA = "; a template only prints the page it is given (content.page, content.site, content.t, content.number, content.link, content.asset)";

    private TemplateErrors() {
    }

    /** {@code t} (or the template error it wraps) in one line. */
    static String describe(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof TemplateException e) return at(e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber()) + what(e);
            if (c instanceof ParseException e) return at(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber())
                    + "the template cannot be read: " + firstLine(e.getEditorMessage());
        }
        return Bakery.rootMessage(t);
    }

    private static String what(TemplateException e) {
        String message = firstLine(e.getMessageWithoutStackTop());
        String blamed = e.getBlamedExpressionString();
        if (message.startsWith("Instantiating ") && message.contains(" is not allowed")) {
            String type = message.substring("Instantiating ".length(), message.indexOf(" is not allowed"));
            return "a template may not create Java objects (\"" + type + "\"?new)" + JAVA;
        }
        if (message.startsWith("Template inclusion failed") || message.startsWith("Template importing failed")) {
            return message + ": a template includes and imports only the templates beside it, in templates/ (the portal's or"
                    + " the engine's), by name, e.g. <#import \"macros.ftl\" as m>";
        }
        if (message.contains("?api")) return "a template may not call Java methods (" + expression(e, "?api") + ")" + JAVA;
        if (message.startsWith("The following has evaluated to null or missing") && blamed != null && blamed.matches("[A-Za-z_]\\w*")) {
            return "'" + blamed + "' is not defined" + JAVA;
        }
        if (message.startsWith("The following has evaluated to null or missing") && blamed != null) {
            return "'" + blamed + "' is missing (undefined or null); write " + blamed + "! to print nothing when it is absent,"
                    + " or test it with " + blamed + "??";
        }
        return blamed == null || message.contains(blamed) ? message : message + " (in '" + blamed + "')";
    }

    /** The expression the template tried, as written, else the built-in's name. */
    private static String expression(TemplateException e, String builtIn) {
        String blamed = e.getBlamedExpressionString();
        return blamed == null ? builtIn : blamed.endsWith(builtIn) ? blamed : blamed + builtIn;
    }

    private static String at(String template, Integer line, Integer column) {
        if (template == null) return "";
        return "templates/" + template + (line == null ? "" : ":" + line + (column == null ? "" : ":" + column)) + ": ";
    }

    private static String at(String template, int line, int column) {
        return at(template, line > 0 ? Integer.valueOf(line) : null, column > 0 ? Integer.valueOf(column) : null);
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        String line = s.strip().lines().findFirst().orElse("").strip();
        return line.endsWith(":") ? line.substring(0, line.length() - 1) : line;
    }
}
