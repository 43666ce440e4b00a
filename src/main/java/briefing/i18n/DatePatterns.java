package briefing.i18n;

import briefing.locale.CalendarWords;
import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.util.ULocale;

/** CLDR's date pattern of a locale for each precision the interface writes: "d 'de' MMMM 'de' y", "y年M月d日". */
final class DatePatterns {
    private DatePatterns() {
    }

    /** The pattern for a bundle key {@code date.pattern.day|day_first|month|year}, or null for another key. */
    static String of(ULocale locale, String key) {
        String skeleton = switch (key) {
            case "date.pattern.day", "date.pattern.day_first" -> "yMMMMd";
            case "date.pattern.month" -> "yMMMM";
            case "date.pattern.year" -> "y";
            default -> null;
        };
        if (skeleton == null) return null;
        return DateTimePatternGenerator.getInstance(CalendarWords.gregorian(locale.toLanguageTag())).getBestPattern(skeleton);
    }
}
