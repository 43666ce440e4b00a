package briefing.model;

import java.util.regex.Pattern;

/**
 * A value the editor has still to write: {@code new-source} fills every field it cannot know with text starting with
 * TODO ({@code "TODO: the source's title"}, {@code todo-event-id}). Such text never passes as content.
 */
public final class Placeholder {
    private static final Pattern TODO = Pattern.compile("(?i)todo\\b.*", Pattern.DOTALL);

    private Placeholder() {
    }

    public static boolean is(String value) {
        return TODO.matcher(value.strip()).matches();
    }
}
