package briefing.browser;

import briefing.model.Corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Every piece of text a corpus holds, each with what it belongs to ("summary:&lt;source&gt;" for a source's summary,
 * "actor:&lt;id&gt;", "place:&lt;id&gt;" for names and aliases, "other" for the rest), so that a search test can choose a
 * query from the content and know where its words occur.
 */
record CorpusText(String owner, String text) {
    static List<CorpusText> of(Corpus c) {
        List<CorpusText> out = new ArrayList<>();
        Consumer<String> other = t -> out.add(new CorpusText("other", t));
        other.accept(c.portal().title());
        other.accept(c.portal().tagline());
        c.sources().values().forEach(s -> {
            out.add(new CorpusText("summary:" + s.id(), s.summary().text()));
            other.accept(s.title());
            other.accept(s.publisher());
            s.authors().forEach(other);
            s.scopeNote().ifPresent(other);
            s.provenanceNote().ifPresent(other);
            s.events().forEach(e -> {
                other.accept(e.title());
                e.note().ifPresent(other);
            });
            s.figures().forEach(f -> f.note().ifPresent(other));
            s.statements().forEach(st -> {
                other.accept(st.quote().value());
                st.note().ifPresent(other);
            });
        });
        c.actors().values().forEach(a -> {
            out.add(new CorpusText("actor:" + a.id(), a.name()));
            a.aliases().forEach(x -> out.add(new CorpusText("actor:" + a.id(), x)));
            other.accept(a.description());
        });
        c.places().values().forEach(p -> {
            out.add(new CorpusText("place:" + p.id(), p.name()));
            p.aliases().forEach(x -> out.add(new CorpusText("place:" + p.id(), x)));
        });
        c.measures().values().forEach(m -> {
            other.accept(m.label());
            other.accept(m.unit());
            m.description().ifPresent(other);
        });
        c.pages().values().forEach(p -> other.accept(p.body().text()));
        return out;
    }

    /** Whether {@code word}, or a word it is the stem of, stands in this text (case-insensitive). */
    boolean mentions(String word) {
        String stem = word.length() > 6 ? word.substring(0, word.length() - 2) : word;
        return text.toLowerCase(Locale.ROOT).contains(stem.toLowerCase(Locale.ROOT));
    }
}
