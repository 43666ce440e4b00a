package briefing.emit;

import briefing.emit.svg.Charts;
import briefing.i18n.Messages;
import briefing.link.LinkedCorpus;
import briefing.model.Corpus;

/**
 * What every page planner reads: the linked corpus, the small view models pages are made of, the pictures and the
 * interface text of the portal's language. One planner per kind of page, each testable alone.
 */
abstract class Planner {
    /** Made once per build and shared by the planners. */
    record Context(LinkedCorpus linked, Views views, Charts charts, Messages text, Edition edition, int part) {
        /** A single-language portal's context. */
        static Context of(LinkedCorpus linked, Messages text) {
            return of(linked, text, Edition.single(linked.corpus().portal().language().value()));
        }

        static Context of(LinkedCorpus linked, Messages text, Edition edition) {
            return of(linked, text, edition, PagePlanner.PART);
        }

        /** With {@code part} entities to a part of the plan. */
        static Context of(LinkedCorpus linked, Messages text, Edition edition, int part) {
            return new Context(linked, new Views(linked, text), new Charts(linked, text), text, edition, part);
        }
    }

    /** {@code items} in parts of the context's size, each planned by {@code plan} when asked, in order. */
    <T> java.util.List<java.util.function.Supplier<java.util.List<Page>>> parts(java.util.Collection<T> items,
                                                                            java.util.function.Function<T, java.util.List<Page>> plan) {
        java.util.List<T> all = java.util.List.copyOf(items);
        java.util.List<java.util.function.Supplier<java.util.List<Page>>> parts = new java.util.ArrayList<>();
        for (int from = 0; from < all.size(); from = (int) Math.min(all.size(), (long) from + context.part())) {
            java.util.List<T> part = all.subList(from, (int) Math.min(all.size(), (long) from + context.part()));
            parts.add(() -> part.stream().flatMap(item -> plan.apply(item).stream()).toList());
        }
        return parts;
    }

    protected final Context context;
    protected final LinkedCorpus linked;
    protected final Corpus corpus;
    protected final Views v;
    protected final Charts charts;
    protected final Messages text;
    protected final Edition edition;

    Planner(Context context) {
        this.context = context;
        this.linked = context.linked();
        this.corpus = context.linked().corpus();
        this.v = context.views();
        this.charts = context.charts();
        this.text = context.text();
        this.edition = context.edition();
    }
}
