package briefing.cms;

import java.util.List;
import java.util.Optional;

/**
 * One form field of the CMS, as Decap CMS's configuration describes it: the file's key ({@code name}), its label, the
 * widget that edits it, whether the schema requires it, the schema's description as the hint, and what the widget
 * needs: a pattern with the message shown when it does not match, the options of a select, the entities a relation
 * picks from, the fields of a nested form.
 */
public record Field(String name, String label, String widget, boolean required, String hint, Optional<Check> pattern,
                    List<Option> options, boolean multiple, Optional<Relation> relation, List<Field> fields,
                    Optional<Range> range) {
    /** A regular expression a value must match, and what the editor is told when it does not. */
    public record Check(String regex, String message) {
    }

    /** One choice of a select: the value written to the file and the label shown. */
    public record Option(String value, String label) {
    }

    /** A picker over another collection's entries: their file name (the id) is written, found by these fields. */
    public record Relation(String collection, String valueField, List<String> searchFields, List<String> displayFields) {
        public Relation {
            searchFields = List.copyOf(searchFields);
            displayFields = List.copyOf(displayFields);
        }
    }

    /** The bounds of a number. */
    public record Range(Optional<Double> min, Optional<Double> max) {
    }

    public Field {
        options = List.copyOf(options);
        fields = List.copyOf(fields);
    }

    /** A field of {@code widget} with nothing else to say. */
    static Field of(String name, String label, String widget, boolean required, String hint) {
        return new Field(name, label, widget, required, hint, Optional.empty(), List.of(), false, Optional.empty(), List.of(),
                Optional.empty());
    }

    Field withPattern(Check p) {
        return new Field(name, label, widget, required, hint, Optional.of(p), options, multiple, relation, fields, range);
    }

    Field withOptions(List<Option> o, boolean many) {
        return new Field(name, label, "select", required, hint, pattern, o, many, relation, fields, range);
    }

    Field withRelation(Relation r, boolean many) {
        return new Field(name, label, "relation", required, hint, Optional.empty(), options, many, Optional.of(r), fields, range);
    }

    Field withFields(List<Field> f) {
        return new Field(name, label, widget, required, hint, pattern, options, multiple, relation, f, range);
    }

    Field withRange(Range r) {
        return new Field(name, label, widget, required, hint, pattern, options, multiple, relation, fields, Optional.of(r));
    }

    /** The same field, and every field nested in it, left optional in the form. */
    Field optional() {
        return new Field(name, label, widget, false, hint, pattern, options, multiple, relation,
                fields.stream().map(Field::optional).toList(), range);
    }

    Field withWidget(String w) {
        return new Field(name, label, w, required, hint, pattern, options, multiple, relation, fields, range);
    }
}
