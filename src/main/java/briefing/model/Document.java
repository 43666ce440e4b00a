package briefing.model;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * content/documents/&lt;id&gt;.yaml: a resolution, agreement, report, decree or statement the sources refer to. Only
 * what the sources say is written: a document's date, symbol, issuer or address may each be unknown. Its title, aliases and
 * description may be written per language ({@link Localized}).
 */
public record Document(String id, Localized<String> titles, Text kind, Optional<String> symbol, Optional<Text> date,
                       Optional<Ref> issuer, Localized<List<String>> aliasLists, Optional<String> url, Localized<String> descriptions,
                       Origin origin) {
    /** The number in a symbol: "S/RES/2690 (2023)" gives 2690; a year in brackets at the end is not the number. */
    private static final Pattern NUMBER = Pattern.compile("(\\d+)\\s*(?:\\(\\s*\\d{4}\\s*\\))?\\s*$");
    private static final Pattern YEAR = Pattern.compile("\\s*\\(\\s*\\d{4}\\s*\\)\\s*$");

    public String title() {
        return titles.get();
    }

    /** The aliases of the language read, then the default language's title and aliases. */
    public List<String> aliases() {
        return Localized.aliases(titles, aliasLists);
    }

    public Optional<String> description() {
        return Localized.optional(descriptions);
    }

    /** The document read in {@code language}. */
    public Document in(String language) {
        return new Document(id, titles.in(language), kind, symbol, date, issuer, aliasLists.in(language), url, descriptions.in(language), origin);
    }

    /** The document's number, from its symbol ("2690"), when the symbol ends with one. */
    public Optional<String> number() {
        return symbol.flatMap(s -> {
            Matcher m = NUMBER.matcher(s);
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        });
    }

    /** The symbol without a trailing year in brackets ("S/RES/2690"), as it is often quoted. */
    public Optional<String> shortSymbol() {
        return symbol.map(s -> YEAR.matcher(s).replaceFirst("")).filter(s -> !s.isEmpty() && !s.equals(symbol.get()));
    }
}
