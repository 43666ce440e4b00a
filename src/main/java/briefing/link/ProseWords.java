package briefing.link;

import briefing.i18n.Messages;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Where the linker reads each language's words of prose (date particles, number words, document names): the
 * interface text of that language, the portal's own for its language (its {@code i18n/} overrides count), the
 * engine's for the others (English for a language the engine does not ship).
 */
final class ProseWords {
    private static final Map<String, Messages> ENGINE = new ConcurrentHashMap<>();

    private ProseWords() {
    }

    /** The engine's interface text of {@code language}, loaded once. */
    static Messages engine(String language) {
        return ENGINE.computeIfAbsent(language, l ->
                Messages.available(l, Optional.empty()) ? Messages.load(l, Optional.empty()) : Messages.english());
    }

    /** The portal's text for its own language, the engine's for every other. */
    static Function<String, Messages> with(Messages portal) {
        return l -> l.equals(portal.language()) ? portal : engine(l);
    }
}
