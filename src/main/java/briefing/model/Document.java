package briefing.model;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * content/documents/&lt;id&gt;.yaml: a resolution, agreement, report, decree or statement the sources refer to. Only
 * what the sources say is written: a document's date, symbol, issuer or address may each be unknown.
 */
public record Document(String id, String title, Text kind, Optional<String> symbol, Optional<Text> date,
                       Optional<Ref> issuer, List<String> aliases, Optional<String> url, Optional<String> description,
                       Origin origin) {
    /** The number in a symbol: "S/RES/2690 (2023)" gives 2690; a year in brackets at the end is not the number. */
    private static final Pattern NUMBER = Pattern.compile("(\\d+)\\s*(?:\\(\\s*\\d{4}\\s*\\))?\\s*$");
    private static final Pattern YEAR = Pattern.compile("\\s*\\(\\s*\\d{4}\\s*\\)\\s*$");

    public Document {
        aliases = List.copyOf(aliases);
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
