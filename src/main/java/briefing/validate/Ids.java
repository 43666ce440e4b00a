package briefing.validate;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The id rule of the content model: lower-case kebab case, safe as a URL slug and a file name. */
public final class Ids {
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern OTHER = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    private Ids() {
    }

    public static boolean valid(String id) {
        return ID.matcher(id).matches();
    }

    /** The id an editor most likely meant: "Red Cross" becomes "red-cross", "Zoë" becomes "zoe". */
    public static String slug(String text) {
        String s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        return EDGE_HYPHENS.matcher(OTHER.matcher(s).replaceAll("-")).replaceAll("");
    }
}
