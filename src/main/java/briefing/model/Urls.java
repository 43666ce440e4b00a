package briefing.model;

/**
 * Where every page of the portal lives, relative to the site's root. Links are written relative to the page they
 * appear on ({@link #root(String)}), so the site works under any base path and from the file system.
 */
public final class Urls {
    private Urls() {
    }

    public static final String HOME = "index.html";
    public static final String SOURCES = "sources/index.html";
    public static final String ACTORS = "actors/index.html";
    public static final String PLACES = "places/index.html";
    public static final String TIMELINE = "timeline/index.html";
    public static final String FIGURES = "figures/index.html";
    public static final String DISCREPANCIES = "discrepancies/index.html";
    public static final String SEARCH = "search/index.html";
    public static final String DATA = "data/index.html";

    public static String source(String id) {
        return "sources/" + id + ".html";
    }

    public static String actor(String id) {
        return "actors/" + id + ".html";
    }

    public static String place(String id) {
        return "places/" + id + ".html";
    }

    public static final String DOCUMENTS = "documents/index.html";

    public static String document(String id) {
        return "documents/" + id + ".html";
    }

    public static String year(int year) {
        return "timeline/" + year + ".html";
    }

    public static String measure(String id) {
        return "figures/" + id + ".html";
    }

    /** The editorial page "overview" is the home page's body; the others live under pages/. */
    public static final String OVERVIEW = "overview";

    public static String page(String slug) {
        return slug.equals(OVERVIEW) ? HOME : "pages/" + slug + ".html";
    }

    /** The anchor of an event on its year's timeline page. */
    public static String event(String eventId, int year) {
        return year(year) + "#event-" + eventId;
    }

    /** The anchor of a month ("2013-04") on its year's timeline page. */
    public static String month(int year, int month) {
        return year(year) + "#month-%04d-%02d".formatted(year, month);
    }

    /** The prefix that leads from {@code page} back to the site root: "" for index.html, "../" one folder down. */
    public static String root(String page) {
        int depth = (int) page.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }
}
