package briefing.locale;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What CLDR (through ICU) knows of how a language writes the Gregorian calendar: its month names in every form
 * (format and stand-alone, wide and abbreviated: the Russian genitive "июня" and nominative "июнь"), and the patterns
 * its writers use for a day and for a month ("d 'de' MMMM 'de' y", "y年M月d日"), gathered over every regional variant
 * CLDR has of the language (Arabic names its months "يونيو" in Egypt and "حزيران" in Syria and Iraq; English writes
 * "June 30, 2023" and "30 June 2023"). Made once per language and shared.
 */
public final class CalendarWords {
    private static final Map<String, CalendarWords> CACHE = new ConcurrentHashMap<>();

    private final String language;
    private final Map<String, Integer> wideMonths;
    private final Map<String, Integer> shortMonths;
    private final List<String> dayPatterns;
    private final List<String> monthPatterns;

    private CalendarWords(String language, Map<String, Integer> wideMonths, Map<String, Integer> shortMonths,
                          List<String> dayPatterns, List<String> monthPatterns) {
        this.language = language;
        this.wideMonths = Map.copyOf(wideMonths);
        this.shortMonths = Map.copyOf(shortMonths);
        this.dayPatterns = List.copyOf(dayPatterns);
        this.monthPatterns = List.copyOf(monthPatterns);
    }

    /** The calendar words of a BCP 47 language ({@code es}, {@code ar}, {@code pt-BR}): its base language's variants. */
    public static CalendarWords of(String language) {
        return CACHE.computeIfAbsent(language, CalendarWords::make);
    }

    /** A locale that reads the Gregorian calendar (Arabic in Saudi Arabia, Persian, Thai default to others). */
    public static ULocale gregorian(String tag) {
        return ULocale.forLanguageTag(tag).setKeywordValue("calendar", "gregorian");
    }

    private static CalendarWords make(String tag) {
        ULocale asked = ULocale.forLanguageTag(tag);
        String base = asked.getLanguage();
        // the asked locale first (its own patterns lead), then every regional variant CLDR has, in a fixed order
        Set<ULocale> variants = new LinkedHashSet<>();
        variants.add(asked);
        variants.add(new ULocale(base));
        new TreeMap<String, ULocale>() {{
            for (ULocale l : ULocale.getAvailableLocales()) if (l.getLanguage().equals(base)) put(l.toString(), l);
        }}.values().forEach(variants::add);
        Map<String, Integer> wide = new TreeMap<>();
        Map<String, Integer> abbreviated = new TreeMap<>();
        Set<String> days = new LinkedHashSet<>();
        Set<String> months = new LinkedHashSet<>();
        for (ULocale variant : variants) {
            ULocale l = gregorian(variant.toLanguageTag());
            DateFormatSymbols symbols = new DateFormatSymbols(com.ibm.icu.util.GregorianCalendar.class, l);
            for (int context : new int[]{DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
                add(wide, symbols.getMonths(context, DateFormatSymbols.WIDE));
                add(abbreviated, symbols.getMonths(context, DateFormatSymbols.ABBREVIATED));
            }
            DateTimePatternGenerator g = DateTimePatternGenerator.getInstance(l);
            days.add(g.getBestPattern("yMMMMd"));
            months.add(g.getBestPattern("yMMMM"));
        }
        wide.keySet().forEach(abbreviated::remove);
        return new CalendarWords(tag, wide, abbreviated, new ArrayList<>(days), new ArrayList<>(months));
    }

    /** Month names of letters only (a name like "M06" is no word of prose), lower case, January as 1. */
    private static void add(Map<String, Integer> into, String[] names) {
        for (int i = 0; i < 12 && i < names.length; i++) {
            String n = names[i].strip().replaceAll("\\.$", "");
            if (n.length() < 3 || !n.codePoints().allMatch(c -> Character.isLetter(c) || c == ' ')) continue;
            into.putIfAbsent(n, i + 1);
        }
    }

    public String language() {
        return language;
    }

    /** Full month names (every form, every variant) to their month, 1 to 12. */
    public Map<String, Integer> wideMonths() {
        return wideMonths;
    }

    /** Abbreviated month names that are not also full names ("sept", "févr"), to their month. */
    public Map<String, Integer> shortMonths() {
        return shortMonths;
    }

    /** ICU patterns of a full date as the language's variants write it, the language's own first. */
    public List<String> dayPatterns() {
        return dayPatterns;
    }

    /** ICU patterns of a month and year ("MMMM 'de' y", "LLLL y 'г'.", "y年M月"). */
    public List<String> monthPatterns() {
        return monthPatterns;
    }
}
