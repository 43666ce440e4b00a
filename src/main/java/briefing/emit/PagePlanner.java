package briefing.emit;

import briefing.i18n.Messages;
import briefing.link.LinkedCorpus;
import briefing.model.Corpus;
import briefing.model.Portal;
import briefing.model.Urls;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static briefing.emit.Views.map;

/**
 * Stage 4, emit (first half): decides the portal's pages and builds each one's finished view model from the linked
 * corpus. Everything a template shows is computed here, once; templates only lay it out. Each kind of page has its
 * planner ({@link HomePlanner}, {@link SourcePlanner}, {@link EntityPlanner}, {@link TimelinePlanner},
 * {@link FigurePlanner}, {@link SitePlanner}); {@link SearchPlanner} then adds each page's search filters.
 */
public final class PagePlanner {
    private PagePlanner() {
    }

    /** Every page of the portal, in a fixed order, with its interface text in the portal's language. */
    public static List<Page> plan(LinkedCorpus linked, Messages text) {
        Planner.Context context = Planner.Context.of(linked, text);
        List<Page> pages = new ArrayList<>();
        pages.addAll(new HomePlanner(context).pages());
        pages.addAll(new SourcePlanner(context).pages());
        pages.addAll(new EntityPlanner(context).pages());
        pages.addAll(new DocumentPlanner(context).pages());
        pages.addAll(new TimelinePlanner(context).pages());
        pages.addAll(new FigurePlanner(context).pages());
        SitePlanner site = new SitePlanner(context);
        List<Page> own = site.pages();
        // in the order they always had: search, data, 404, feed, then sitemap and robots.txt, then the editorial pages
        List<Page> editorial = own.stream().filter(p -> p.type().equals("page")).toList();
        pages.addAll(own.stream().filter(p -> !p.type().equals("page")).toList());
        List<Page> listed = new ArrayList<>(pages);
        listed.addAll(editorial);
        pages.addAll(site.indexes(listed));
        pages.addAll(editorial);
        SearchPlanner search = new SearchPlanner(context);
        StructuredData structured = new StructuredData(context);
        return pages.stream().map(search::withSearch).map(structured::with).toList();
    }

    /**
     * What every page shows around its content: the portal's name and sections, in the portal's language, and the
     * texts site.js shows (as JSON for the pages' {@code data-text} attribute).
     */
    public static Map<String, Object> site(Corpus corpus, Messages text) {
        Portal p = corpus.portal();
        List<Object> nav = List.of(
                map("href", Urls.TIMELINE, "label", text.get("nav.timeline"), "section", "timeline"),
                map("href", Urls.ACTORS, "label", text.get("nav.actors"), "section", "actors"),
                map("href", Urls.PLACES, "label", text.get("nav.places"), "section", "places"),
                map("href", Urls.FIGURES, "label", text.get("nav.figures"), "section", "figures"),
                map("href", Urls.SOURCES, "label", text.get("nav.sources"), "section", "sources"),
                map("href", Urls.DISCREPANCIES, "label", text.get("nav.discrepancies"), "section", "discrepancies"));
        if (!corpus.documents().isEmpty()) { // a portal without documents has no documents index to link to
            nav = new ArrayList<>(nav);
            nav.add(4, map("href", Urls.DOCUMENTS, "label", text.get("nav.documents"), "section", "documents"));
        }
        List<Object> footer = new ArrayList<>(corpus.pages().keySet().stream().filter(s -> !s.equals(Urls.OVERVIEW))
                .map(s -> (Object) map("href", Urls.page(s), "label", SitePlanner.title(corpus, s))).toList());
        footer.add(map("href", Urls.DATA, "label", text.get("footer.data")));
        footer.add(map("href", "feed.xml", "label", text.get("footer.feed")));
        return map("title", p.title(), "tagline", p.tagline(), "language", p.language().value(), "basePath", p.basePath(),
                "url", p.url(), "address", p.siteAddress(), "nav", nav, "footer", footer,
                "text", SitePlanner.script(text.raw("js.site.")));
    }

}
