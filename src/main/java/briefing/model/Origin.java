package briefing.model;

/** Where an element of the content came from: a project-relative file and a 1-based line and column. */
public record Origin(String file, int line, int column) implements Comparable<Origin> {

    public static Origin of(String file) {
        return new Origin(file, 0, 0);
    }

    @Override
    public int compareTo(Origin o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    /** {@code file:line:column}, the form editors and IDEs jump to; a whole-file origin is just the file. */
    @Override
    public String toString() {
        return line <= 0 ? file : file + ":" + line + ":" + column;
    }
}
