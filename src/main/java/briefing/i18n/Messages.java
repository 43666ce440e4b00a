package briefing.i18n;

import briefing.model.EdtfDate;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The interface text of one language: every word a reader sees that is not content (navigation, headings, labels,
 * captions, the search page's messages) and how dates, numbers and lists are written in that language.
 *
 * <p>Texts live in message bundles, one file per language: {@code i18n/<language>.properties} (UTF-8) in the engine,
 * which a portal may override key by key with a file of the same name in its own {@code i18n/} folder (or extend with
 * a language the engine does not ship). Values are ICU message patterns with named arguments:
 * {@code {count, plural, one {# event} other {# events}}}. A key missing from a language falls back to English.
 *
 * <p>Dates are written at their own precision with CLDR's pattern for the language (through ICU: "2 de octubre de
 * 2016", "30 июня 2023 г.", "2023年6月30日"), unless the language's own bundle gives one ({@code date.pattern.day = d MMMM
 * y}: English keeps "30 June 2023"); numbers, plurals, lists and the text's direction are CLDR's too. A language
 * needs only its words: {@link #untranslated()} lists the keys it shows in English.
 */
public final class Messages {
    /** The language every other one falls back to, key by key. */
    public static final String FALLBACK = "en";
    private static final String ENGINE_BUNDLES = "/i18n/";

    private final String language;
    private final ULocale locale;
    private final SortedMap<String, String> patterns;
    /** The keys the language's own files give (the engine's and the portal's), not taken from English. */
    private final Set<String> own;
    private final Map<String, MessageFormat> compiled = new ConcurrentHashMap<>();
    /**
     * Each key's text without arguments, once formatted: a page asks for the same labels ("Who", "Link to this") for
     * every event it lists, from every bake thread, and a compiled format is used by one thread at a time.
     */
    private final Map<String, String> plain = new ConcurrentHashMap<>();
    /** Each key's pattern when its arguments are only put in as they are ({@link PlainPattern}), formatted without ICU. */
    private final Map<String, Optional<PlainPattern>> plainPatterns = new ConcurrentHashMap<>();
    private final Map<String, String> dates = new ConcurrentHashMap<>();
    private final NumberFormat numbers;

    private Messages(String language, SortedMap<String, String> patterns, Set<String> own) {
        this.language = language;
        this.own = Set.copyOf(own);
        this.locale = ULocale.forLanguageTag(language);
        this.patterns = Collections.unmodifiableSortedMap(patterns);
        this.numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(3);
    }

    /** The engine's own English texts (tests and tools). */
    public static Messages english() {
        return load(FALLBACK, Optional.empty());
    }

    /**
     * The texts for {@code language} (a BCP 47 tag such as {@code fr} or {@code en-GB}): English, overlaid with the
     * engine's bundle of the base language and of the tag, then with the portal's own files of those names in
     * {@code portalI18n}, when given.
     *
     * @throws IllegalArgumentException when neither the engine nor the portal has a bundle for the language
     */
    public static Messages load(String language, Optional<Path> portalI18n) {
        if (!available(language, portalI18n)) throw new IllegalArgumentException(missing(language, portalI18n));
        SortedMap<String, String> merged = new TreeMap<>(engine(FALLBACK).orElseThrow(
                () -> new IllegalStateException("the engine's English bundle " + ENGINE_BUNDLES + FALLBACK + ".properties is missing")));
        Set<String> own = new java.util.HashSet<>();
        if (chain(language).get(0).equals(FALLBACK)) own.addAll(merged.keySet());
        for (String tag : chain(language)) {
            engine(tag).ifPresent(m -> { merged.putAll(m); own.addAll(m.keySet()); });
            portalI18n.flatMap(dir -> file(dir.resolve(tag + ".properties"))).ifPresent(m -> { merged.putAll(m); own.addAll(m.keySet()); });
        }
        return new Messages(language, merged, own);
    }

    /** Whether the engine or the portal has interface text for {@code language} (or for its base language). */
    public static boolean available(String language, Optional<Path> portalI18n) {
        for (String tag : chain(language)) {
            if (Messages.class.getResource(ENGINE_BUNDLES + tag + ".properties") != null) return true;
            if (portalI18n.map(dir -> Files.isRegularFile(dir.resolve(tag + ".properties"))).orElse(false)) return true;
        }
        return false;
    }

    /** The languages the engine ships, for messages. */
    public static List<String> shipped() {
        return List.of("en", "fr", "es", "ar", "ru", "zh");
    }

    /** What to tell an editor whose portal names a language without interface text. */
    public static String missing(String language, Optional<Path> portalI18n) {
        return "no interface text for language '" + language + "'; the engine has " + String.join(", ", shipped())
                + ". To add one, copy the engine's src/main/resources/i18n/en.properties to "
                + portalI18n.map(Path::toString).orElse("i18n") + "/" + chain(language).get(0) + ".properties and translate its values";
    }

    /** "fr-CA" → [fr, fr-CA]: the base language first, so the more specific file wins. */
    private static List<String> chain(String language) {
        String tag = ULocale.forLanguageTag(language).toLanguageTag();
        String base = ULocale.forLanguageTag(language).getLanguage();
        List<String> out = new ArrayList<>();
        if (!base.isEmpty()) out.add(base);
        if (!tag.equals(base) && !tag.equals("und")) out.add(tag);
        if (out.isEmpty()) out.add(language);
        return out;
    }

    private static Optional<Map<String, String>> engine(String tag) {
        try (InputStream in = Messages.class.getResourceAsStream(ENGINE_BUNDLES + tag + ".properties")) {
            return in == null ? Optional.empty() : Optional.of(read(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Map<String, String>> file(Path f) {
        if (!Files.isRegularFile(f)) return Optional.empty();
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            return Optional.of(read(r));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> read(Reader r) throws IOException {
        Properties p = new Properties();
        p.load(r);
        Map<String, String> out = new TreeMap<>();
        p.forEach((k, v) -> out.put(k.toString(), v.toString()));
        return out;
    }

    // --- texts -------------------------------------------------------------------------------------------------

    /** The BCP 47 tag these texts are for, as the portal gave it. */
    public String language() {
        return language;
    }

    public Locale locale() {
        return locale.toLocale();
    }

    /** Every key, sorted. */
    public Set<String> keys() {
        return patterns.keySet();
    }

    /**
     * The keys English has and this language's own files do not (they are shown in English), sorted; none for English.
     * Date patterns are not among them: without its own, a language writes dates as CLDR says.
     */
    public List<String> untranslated() {
        return patterns.keySet().stream().filter(k -> !own.contains(k) && !k.startsWith("date.pattern.")).toList();
    }

    /** Whether the language is written right to left (Arabic, Hebrew, Persian, Urdu...), as CLDR says. */
    public boolean rightToLeft() {
        return locale.isRightToLeft();
    }

    public boolean has(String key) {
        return patterns.containsKey(key);
    }

    /** The raw patterns whose keys start with {@code prefix} (the prefix removed), e.g. the search page's texts for its script. */
    public SortedMap<String, String> raw(String prefix) {
        SortedMap<String, String> out = new TreeMap<>();
        patterns.subMap(prefix, prefix + Character.MAX_VALUE).forEach((k, v) -> out.put(k.substring(prefix.length()), v));
        return out;
    }

    /**
     * The text of {@code key} with its named arguments given as name, value pairs: {@code get("events.count", "count", 3)}.
     *
     * @throws IllegalArgumentException for an unknown key (a template or planner asking for a text no bundle has)
     */
    public String get(String key, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) throw new IllegalArgumentException("arguments of '" + key + "' must come as name, value pairs");
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) args.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        return format(key, args);
    }

    /** The same with the arguments as a map. */
    public String format(String key, Map<String, Object> args) {
        if (args.isEmpty()) {
            String known = plain.get(key);
            if (known != null) return known;
            String text = formatted(key, args);
            plain.put(key, text);
            return text;
        }
        return formatted(key, args);
    }

    private String formatted(String key, Map<String, Object> args) {
        Optional<PlainPattern> simple = plainPatterns.computeIfAbsent(key, k -> Optional.ofNullable(patterns.get(k)).map(PlainPattern::of));
        if (simple.isPresent()) {
            String text = simple.get().format(args);
            if (text != null) return text;
        }
        MessageFormat f = compiled.computeIfAbsent(key, k -> {
            String pattern = patterns.get(k);
            if (pattern == null) throw new IllegalArgumentException("no interface text '" + k + "' in the " + language
                    + " bundle or in English; add it to src/main/resources/i18n/" + FALLBACK + ".properties");
            return new MessageFormat(pattern, locale);
        });
        synchronized (f) {
            return f.format(args);
        }
    }

    /** The text of {@code key} if a bundle has it. */
    public Optional<String> find(String key, Object... namesAndValues) {
        return has(key) ? Optional.of(get(key, namesAndValues)) : Optional.empty();
    }

    // --- numbers, lists, dates ---------------------------------------------------------------------------------

    /** A number as readers of the language write it: "12,261" in English, "12 261" in French; up to three decimals. */
    public String number(Number n) {
        synchronized (numbers) {
            return numbers.format(n instanceof BigDecimal b ? new com.ibm.icu.math.BigDecimal(b) : n);
        }
    }

    /** "A, B and C" / "A, B et C". */
    public String list(List<String> items) {
        return ListFormatter.getInstance(locale).format(items);
    }

    /** A month as the language names it on its own, capitalised as a heading: "June 2023", "Juin 2023". */
    public String month(int year, int month) {
        String s = pattern("date.pattern.month", year, month, 1);
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(locale.toLocale()) + s.substring(1);
    }

    /** A date at its own precision, with "about" or "(uncertain)" where the editor said so; intervals with both ends. */
    public String date(EdtfDate d) {
        if (!d.interval()) return point(d.anchor());
        if (d.start().isEmpty()) return get("date.until", "date", point(d.end().get()));
        if (d.end().isEmpty()) return get("date.from", "date", point(d.start().get()));
        return get("date.range", "start", point(d.start().get()), "end", point(d.end().get()));
    }

    /** One calendar point: "2013", "April 2013", "25 April 2013" (or "25 avril 2013"). */
    public String point(EdtfDate.Point p) {
        String plain = switch (p.precision()) {
            case YEAR -> pattern("date.pattern.year", p.year(), 1, 1);
            case MONTH -> pattern("date.pattern.month", p.year(), p.month(), 1);
            case DAY -> pattern(p.day() == 1 && has("date.pattern.day_first") ? "date.pattern.day_first" : "date.pattern.day",
                    p.year(), p.month(), p.day());
        };
        if (p.approximate()) plain = get("date.approximate", "date", plain);
        if (p.uncertain()) plain = get("date.uncertain", "date", plain);
        return plain;
    }

    /** A calendar point written with the bundle's date pattern; the same dates recur on many pages, so each is made once. */
    private String pattern(String key, int year, int month, int day) {
        return dates.computeIfAbsent(key + '|' + year + '-' + month + '-' + day, k -> {
            // an ICU date pattern, not a message ('er' quotes literal text): the language's own, else CLDR's for its precision
            String raw = own.contains(key) ? patterns.get(key) : DatePatterns.of(locale, key);
            if (raw == null) throw new IllegalArgumentException("no date pattern '" + key + "' in the " + language + " bundle");
            SimpleDateFormat f = new SimpleDateFormat(raw, briefing.locale.CalendarWords.gregorian(language));
            TimeZone utc = TimeZone.getTimeZone("UTC");
            f.setTimeZone(utc);
            Calendar c = Calendar.getInstance(utc, locale);
            c.clear();
            c.set(year, month - 1, day);
            return f.format(c.getTime());
        });
    }

    /**
     * The month names of a language as its writers use them in running text ("juillet"), January first; the date finder
     * reads dates in a source's own language with them.
     */
    public static List<String> monthNames(String language) {
        String[] names = com.ibm.icu.text.DateFormatSymbols.getInstance(ULocale.forLanguageTag(language))
                .getMonths(com.ibm.icu.text.DateFormatSymbols.FORMAT, com.ibm.icu.text.DateFormatSymbols.WIDE);
        return List.of(names).subList(0, 12);
    }

    /** The language's own name for a language tag: "French" in English, "anglais" in French. */
    public String languageName(String tag) {
        String name = ULocale.forLanguageTag(tag).getDisplayLanguage(locale);
        return name.isEmpty() ? tag : name;
    }

    /** A country's name in this language from its ISO 3166-1 alpha-2 code, or empty when the code is unknown. */
    public Optional<String> countryName(String alpha2) {
        String name = new ULocale("", alpha2).getDisplayCountry(locale);
        return name.isEmpty() || name.equals(alpha2) ? Optional.empty() : Optional.of(name);
    }
}
