package briefing.link;

import briefing.i18n.Messages;
import briefing.model.Corpus;
import briefing.model.Document;
import briefing.model.Names;
import briefing.model.Source;
import briefing.model.Vocabulary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that name a document in a text: its title, aliases and symbol (with and without the year in brackets),
 * and its number as each language names it. The number forms come from the interface text of every language the
 * engine ships, the portal's and its sources': the key {@code document.names.<kind>} lists them, comma-separated, with
 * {@code {number}} and {@code {year}} ("resolución {number}", "第{number}({year})号决议"); the kind's label and id
 * before the number ("Resolution 2690") always count. Names fold case and accents; the number forms are made only for
 * documents that exist, so "Resolution 9999" links nowhere when no such document is in the portal.
 */
final class DocumentNames {
    /** The bundle key prefix of a kind's number forms. */
    static final String KEY = "document.names.";
    private static final Pattern YEAR = Pattern.compile("\\((\\d{4})\\)\\s*$");

    private DocumentNames() {
    }

    /** Every form of every document, mapped to {@code "document:" + id}, with the engine's own texts. */
    static SortedMap<String, String> of(Corpus corpus) {
        return of(corpus, ProseWords::engine);
    }

    /** The same, with each language's texts from {@code texts} (the portal's own overrides included). */
    static SortedMap<String, String> of(Corpus corpus, Function<String, Messages> texts) {
        Set<String> languages = new LinkedHashSet<>();
        languages.add(corpus.portal().language().value());
        corpus.sources().values().stream().map(Source::language).forEach(languages::add);
        languages.addAll(Messages.shipped());
        List<Messages> bundles = languages.stream().map(texts).toList();
        SortedMap<String, String> out = new TreeMap<>();
        for (Document d : corpus.documents().values()) {
            for (String form : forms(d, corpus.portal().vocabulary(), bundles)) out.putIfAbsent(Names.key(form), "document:" + d.id());
        }
        return out;
    }

    static List<String> forms(Document d, Vocabulary vocabulary) {
        return forms(d, vocabulary, List.of());
    }

    static List<String> forms(Document d, Vocabulary vocabulary, List<Messages> bundles) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(d.title());
        forms.addAll(d.aliases());
        d.symbol().ifPresent(forms::add);
        d.shortSymbol().ifPresent(forms::add);
        d.number().ifPresent(n -> {
            forms.add(d.kind().value().replace('-', ' ') + " " + n);
            vocabulary.documentKind(d.kind().value()).flatMap(Vocabulary.Term::label).ifPresent(l -> forms.add(l + " " + n));
            Optional<String> year = year(d);
            for (Messages m : bundles) {
                for (String pattern : words(m, KEY + d.kind().value())) {
                    if (pattern.contains("{year}") && year.isEmpty()) continue;
                    forms.add(pattern.replace("{number}", n).replace("{year}", year.orElse("")));
                }
            }
        });
        forms.removeIf(String::isBlank);
        return List.copyOf(forms);
    }

    /** The document's year: in brackets at the end of its symbol ("S/RES/2261 (2016)"), else its date's. */
    private static Optional<String> year(Document d) {
        Optional<String> fromSymbol = d.symbol().map(YEAR::matcher).filter(Matcher::find).map(m -> m.group(1));
        return fromSymbol.or(() -> d.date().map(t -> t.value()).filter(v -> v.length() >= 4 && v.substring(0, 4).chars().allMatch(Character::isDigit))
                .map(v -> v.substring(0, 4)));
    }

    private static List<String> words(Messages m, String key) {
        List<String> out = new ArrayList<>();
        m.raw(key).forEach((rest, v) -> {
            if (rest.isEmpty()) Arrays.stream(v.split(",")).map(String::strip).filter(w -> !w.isEmpty()).forEach(out::add);
        });
        return out;
    }
}
