package briefing.validate;

import briefing.model.Corpus;
import briefing.model.Localized;
import briefing.model.Problem;
import briefing.model.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What each of a portal's other languages still lacks, as warnings: one line per language and kind ("fr: 3 of 5
 * summaries not translated yet: alpha-2013, beta-2019, gamma-2021"), at the language's place in portal.yaml. What is
 * not translated is shown in the default language, marked; names are not counted (most are the same in every language:
 * a name is translated where that language's usage differs).
 */
public final class Translations {
    /** How many ids a line names before it says how many more. */
    private static final int NAMED = 5;

    private Translations() {
    }

    public static List<Problem> check(Corpus corpus) {
        List<Problem> out = new ArrayList<>();
        List<Text> languages = corpus.portal().languages();
        for (Text language : languages.subList(1, languages.size())) {
            String l = language.value();
            lacking(out, language, "summaries", corpus.sources(), s -> s.summaries(), l);
            lacking(out, language, "pages", corpus.pages(), p -> p.bodies(), l);
            lacking(out, language, "sources' scope notes", corpus.sources(), s -> s.scopeNotes(), l);
            lacking(out, language, "sources' provenance notes", corpus.sources(), s -> s.provenanceNotes(), l);
            lacking(out, language, "actor descriptions", corpus.actors(), a -> a.descriptions(), l);
            lacking(out, language, "measure labels", corpus.measures(), m -> m.labels(), l);
            lacking(out, language, "document descriptions", corpus.documents(), d -> d.descriptions(), l);
            List<String> events = new ArrayList<>();
            corpus.sources().values().forEach(s -> s.events().forEach(e -> {
                if (e.titles().exactly(l).isEmpty()) events.add(s.id() + "#" + e.id().value());
            }));
            line(out, language, "event titles", events, corpus.sources().values().stream().mapToInt(s -> s.events().size()).sum());
        }
        return out;
    }

    private static <T> void lacking(List<Problem> out, Text language, String kind, Map<String, T> items,
                                    Function<T, Localized<?>> text, String l) {
        List<String> missing = new ArrayList<>();
        items.forEach((id, item) -> {
            Localized<?> v = text.apply(item);
            if (v.exactly(l).isEmpty() && v.get() != null && !String.valueOf(v.get()).isBlank()) missing.add(id);
        });
        line(out, language, kind, missing, (int) items.values().stream().map(text)
                .filter(v -> v.get() != null && !String.valueOf(v.get()).isBlank()).count());
    }

    private static void line(List<Problem> out, Text language, String kind, List<String> missing, int of) {
        if (missing.isEmpty()) return;
        String named = String.join(", ", missing.subList(0, Math.min(NAMED, missing.size())))
                + (missing.size() > NAMED ? " and " + (missing.size() - NAMED) + " more" : "");
        out.add(Problem.warning(language.origin(), language.value() + ": " + missing.size() + " of " + of + " " + kind
                + " not translated yet (shown in the default language, marked): " + named));
    }
}
