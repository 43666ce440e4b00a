package briefing.link;

import briefing.model.Corpus;
import briefing.model.Document;
import briefing.model.Vocabulary;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The words that name a document in a text: its title, aliases and symbol (with and without the year in brackets),
 * and its number after its kind ("Resolution 2690", "résolution 2690": names fold case and accents). The number form
 * is made only for documents that exist, so "Resolution 9999" links nowhere when no such document is in the portal.
 */
final class DocumentNames {
    private DocumentNames() {
    }

    /** Every form of every document, mapped to {@code "document:" + id}. */
    static SortedMap<String, String> of(Corpus corpus) {
        SortedMap<String, String> out = new TreeMap<>();
        for (Document d : corpus.documents().values()) {
            for (String form : forms(d, corpus.portal().vocabulary())) out.putIfAbsent(briefing.model.Names.key(form), "document:" + d.id());
        }
        return out;
    }

    static List<String> forms(Document d, Vocabulary vocabulary) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(d.title());
        forms.addAll(d.aliases());
        d.symbol().ifPresent(forms::add);
        d.shortSymbol().ifPresent(forms::add);
        d.number().ifPresent(n -> {
            forms.add(d.kind().value().replace('-', ' ') + " " + n);
            vocabulary.documentKind(d.kind().value()).flatMap(Vocabulary.Term::label).ifPresent(l -> forms.add(l + " " + n));
        });
        forms.removeIf(String::isBlank);
        return List.copyOf(forms);
    }
}
