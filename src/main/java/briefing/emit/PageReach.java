package briefing.emit;

import briefing.i18n.Messages;
import briefing.link.LinkedCorpus;
import briefing.model.Urls;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The preview's partial plan: the pages an edit of summaries alone reaches, planned as {@link PagePlanner#plan} plans
 * them (search filters and structured data included), without planning the other pages. A summary appears on its
 * source's page only; what it mentions shows the sentence on its own page (actor, place or document, with their paged
 * sub-pages). No index, list or chart shows a summary or a mention.
 */
public final class PageReach {
    /** The entities whose mentions differ between two links of the same corpus but for some summaries. */
    public record Reached(Set<String> sources, Set<String> actors, Set<String> places, Set<String> documents) {
        /** The url prefixes of the reached entities' pages: their page, and their sub-pages in the folder beside it. */
        public List<String> owners() {
            List<String> out = new ArrayList<>();
            sources.forEach(id -> out.add(Urls.source(id)));
            actors.forEach(id -> out.add(Urls.actor(id)));
            places.forEach(id -> out.add(Urls.place(id)));
            documents.forEach(id -> out.add(Urls.document(id)));
            return out;
        }

        /** Whether {@code url} is one of the reached pages or their sub-pages ({@code actors/<id>/events-1.html}). */
        public boolean owns(String url) {
            for (String owner : owners()) {
                if (url.equals(owner) || url.startsWith(owner.substring(0, owner.length() - ".html".length()) + "/")) return true;
            }
            return false;
        }
    }

    private PageReach() {
    }

    /** What changed summaries reach: their sources, and every entity whose mentions changed (named before or after). */
    public static Reached ofSummaries(LinkedCorpus before, LinkedCorpus after) {
        Set<String> sources = new TreeSet<>();
        after.summaries().forEach((id, r) -> {
            if (!r.equals(before.summaries().get(id))) sources.add(id);
        });
        Set<String> actors = new TreeSet<>(), places = new TreeSet<>(), documents = new TreeSet<>();
        after.actors().forEach((id, l) -> {
            if (!Objects.equals(l.mentions(), before.actors().get(id).mentions())) actors.add(id);
        });
        after.places().forEach((id, l) -> {
            if (!Objects.equals(l.mentions(), before.places().get(id).mentions())) places.add(id);
        });
        after.documents().forEach((id, l) -> {
            if (!l.equals(before.documents().get(id))) documents.add(id);
        });
        return new Reached(sources, actors, places, documents);
    }

    /** The reached pages, planned from {@code linked} in the interface text {@code text}. */
    public static List<Page> plan(LinkedCorpus linked, Messages text, Reached reached) {
        Planner.Context context = Planner.Context.of(linked, text);
        List<Page> pages = new ArrayList<>();
        SourcePlanner sources = new SourcePlanner(context);
        reached.sources().forEach(id -> pages.add(sources.page(id)));
        if (!reached.actors().isEmpty() || !reached.places().isEmpty()) {
            EntityPlanner entities = new EntityPlanner(context);
            reached.actors().forEach(id -> pages.addAll(entities.actorPages(id)));
            reached.places().forEach(id -> pages.addAll(entities.placePages(id)));
        }
        DocumentPlanner documents = new DocumentPlanner(context);
        reached.documents().forEach(id -> pages.addAll(documents.documentPages(id)));
        SearchPlanner search = new SearchPlanner(context);
        StructuredData structured = new StructuredData(context);
        return pages.stream().map(search::withSearch).map(structured::with).toList();
    }
}
