package briefing.emit;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;

import java.util.List;

/**
 * One language's whole site, as the planners make it: its language, the folder its pages live in ({@code ""} for the
 * default language, at the site's root; {@code "fr/"} for another) and every language of the portal, the default
 * first. A single-language portal has one edition, at the root. Assets, the data export and the sitemap are the
 * site's, shared by its editions.
 */
public record Edition(String language, String prefix, List<String> languages) {
    public Edition {
        languages = List.copyOf(languages);
    }

    /** The only edition of a portal in one language. */
    public static Edition single(String language) {
        return new Edition(language, "", List.of(language));
    }

    /** Every edition of a portal published in {@code languages} (the default first). */
    public static List<Edition> all(List<String> languages) {
        return languages.stream().map(l -> new Edition(l, prefix(l, languages), languages)).toList();
    }

    /** The folder a language's pages live in: the site's root for the default, {@code <lang>/} for the others. */
    public static String prefix(String language, List<String> languages) {
        return languages.get(0).equals(language) ? "" : language + "/";
    }

    public boolean isDefault() {
        return prefix.isEmpty();
    }

    public boolean multilingual() {
        return languages.size() > 1;
    }

    /**
     * A language's name in that language, as a menu shows it ("English", "Français", "Español"): CLDR's, through ICU,
     * capitalised as the language capitalises an item of a menu.
     */
    public static String ownName(String language) {
        ULocale l = ULocale.forLanguageTag(language);
        String name = LocaleDisplayNames.getInstance(l, DisplayContext.CAPITALIZATION_FOR_UI_LIST_OR_MENU).localeDisplayName(l);
        return name == null || name.isEmpty() ? language : name;
    }
}
