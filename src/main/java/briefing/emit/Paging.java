package briefing.emit;

import briefing.model.Urls;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import static briefing.emit.Views.map;

/**
 * How long lists are cut so that every page stays light at any corpus size: how many events, rows or entries a page
 * shows before the rest goes to numbered sub-pages, and the pager those sub-pages share ("Page 2 of 5", previous and
 * next). Small portals stay under every limit and keep their pages whole.
 */
final class Paging {
    /**
     * The limits, in items per page. {@code timelineFull}: up to this many events the timeline index lists them all,
     * beyond it the years with counts and highlights; {@code yearFull}: a year page holds its events up to this many,
     * beyond it a page per month; {@code monthPage}: events per page of a month; {@code highlights}: marked events shown
     * per year on the timeline index; {@code latest}: events (and other list entries) an actor's or place's page shows
     * before linking to its complete lists; {@code listPage}: entries per page of those complete lists; {@code indexFull}:
     * entities an index lists on one page; {@code indexPage}: entries per page of a long index; {@code chartMarks}: marked
     * events the timeline chart draws one by one before it draws counts per month; {@code tableRows}: rows of a
     * measure's table before it continues on numbered pages; {@code discrepancies}: disagreements per page.
     */
    record Limits(int timelineFull, int yearFull, int monthPage, int highlights, int latest, int listPage,
                  int indexFull, int indexPage, int chartMarks, int tableRows, int discrepancies) {
    }

    static final Limits DEFAULT = new Limits(150, 120, 100, 6, 20, 50, 150, 200, 60, 100, 40);

    /** A system property that sets every limit at once, as eleven comma-separated numbers in the record's order (for trials). */
    static final String PROPERTY = "briefing.paging";

    private static volatile Limits limits = fromProperty();

    private static Limits fromProperty() {
        String p = System.getProperty(PROPERTY, "");
        if (p.isBlank()) return DEFAULT;
        int[] n = java.util.Arrays.stream(p.split(",")).mapToInt(x -> Integer.parseInt(x.strip())).toArray();
        return new Limits(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[9], n[10]);
    }

    private Paging() {
    }

    /** The limits builds use now: {@link #DEFAULT}, unless a test set others. */
    static Limits limits() {
        return limits;
    }

    /** For tests: paginate a small fixture as a large corpus would be; {@code null} restores the defaults. */
    static void setLimits(Limits l) {
        limits = l == null ? DEFAULT : l;
    }

    /** {@code items} cut into pages of {@code size} (at least one page, maybe empty). */
    static <T> List<List<T>> split(List<T> items, int size) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i += size) out.add(items.subList(i, Math.min(items.size(), i + size)));
        if (out.isEmpty()) out.add(List.of());
        return out;
    }

    /** The last {@code n} items of a list (all of a shorter one), in their order. */
    static <T> List<T> last(List<T> items, int n) {
        return items.subList(Math.max(0, items.size() - n), items.size());
    }

    /** How many pages of {@code size} {@code count} items fill. */
    static int pages(int count, int size) {
        return Math.max(1, (count + size - 1) / size);
    }

    /**
     * The pager of page {@code number} (from 1) of {@code count}: {number, count, total, from, to, previous?, next?,
     * pages: [{number, href, current?, gap?}]} where the page list shows the first, the last and the two around the
     * current one, with gaps between; hrefs relative to the site root. {@code total} is the number of items in all
     * pages, {@code from}-{@code to} those of this page (from 1).
     */
    static Map<String, Object> pager(IntFunction<String> href, int number, int count, int total, int from, int to) {
        List<Object> pages = new ArrayList<>();
        int last = 0;
        for (int n = 1; n <= count; n++) {
            if (n != 1 && n != count && Math.abs(n - number) > 2) continue;
            if (last != 0 && n > last + 1) pages.add(map("gap", true));
            pages.add(map("number", n, "href", href.apply(n), "current", n == number));
            last = n;
        }
        return map("number", number, "count", count, "total", total, "from", from, "to", to,
                "previous", number > 1 ? map("href", href.apply(number - 1), "number", number - 1) : null,
                "next", number < count ? map("href", href.apply(number + 1), "number", number + 1) : null,
                "pages", pages);
    }

    /** Page {@code n} of a list kept beside a page: {@code actors/kalo/events-2.html} for {@code actors/kalo.html}. */
    static String sub(String pageUrl, String list, int n) {
        return pageUrl.substring(0, pageUrl.length() - ".html".length()) + "/" + list + "-" + n + ".html";
    }

    /** Page {@code n} of an index kept in its folder: {@code actors/index/organisation-2.html}. */
    static String indexPage(String indexUrl, String key, int n) {
        return sub(indexUrl, key, n);
    }

    /** The root of a sub-page, for models that link from it. */
    static String root(String url) {
        return Urls.root(url);
    }
}
