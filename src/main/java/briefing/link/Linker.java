package briefing.link;

import briefing.model.Actor;
import briefing.model.Corpus;
import briefing.model.Document;
import briefing.model.EdtfDate;
import briefing.model.EditorialPage;
import briefing.model.Event;
import briefing.model.Figure;
import briefing.model.Names;
import briefing.model.Place;
import briefing.model.Ref;
import briefing.model.Source;
import briefing.model.Urls;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stage 3, link: connects the sources into one briefing. Merges reports of one event, orders the timeline, groups
 * figures by measure, finds where sources disagree, links mentions and dates in the Markdown, and gathers every
 * backlink of each actor and place. Runs once per build, in time linear in the content; expects validated content.
 */
public final class Linker {
    private final Corpus corpus;

    /** The memo this link started from (null when {@link #remember} is off). */
    private Memo last;

    /** Each language's words of prose (see {@link ProseWords}). */
    private final java.util.function.Function<String, briefing.i18n.Messages> texts;

    private Linker(Corpus corpus, java.util.function.Function<String, briefing.i18n.Messages> texts) {
        this.corpus = corpus;
        this.texts = texts;
    }

    /** Renders one text (through the memo when it is on). */
    private interface Renders {
        RenderedMarkdown render(briefing.model.Markdown md, List<String> languages, String pageUrl, String sourceId, int headingShift);
    }

    /** Links reading each language's prose words in the engine's interface text. */
    public static LinkedCorpus link(Corpus corpus) {
        return new Linker(corpus, ProseWords::engine).run();
    }

    /** Links reading the portal's language in {@code portalTexts} (its own i18n/ words count), others in the engine's. */
    public static LinkedCorpus link(Corpus corpus, briefing.i18n.Messages portalTexts) {
        return new Linker(corpus, ProseWords.with(portalTexts)).run();
    }

    /**
     * Starts reading, on a thread of its own, what linking {@code corpus} needs first and takes a while: CLDR's calendar
     * words of its languages (through ICU, about 0.4 s a language), which the linking of every summary would otherwise
     * wait for. The build calls it while the corpus is validated; a language it cannot read is left to the link.
     */
    public static void prepare(Corpus corpus) {
        java.util.Set<String> languages = new java.util.TreeSet<>();
        corpus.portal().languages().forEach(l -> languages.add(l.value()));
        corpus.sources().values().forEach(s -> languages.add(s.language()));
        Thread t = new Thread(() -> {
            for (String language : languages) {
                try {
                    briefing.locale.CalendarWords.of(language);
                } catch (RuntimeException e) {
                    // the link reads it again, and fails there if it must
                }
            }
        }, "calendar-words");
        t.setDaemon(true);
        t.start();
    }

    /**
     * The preview links the corpus again on every edit: with this on, the markdown linker (its alias automaton) is
     * kept while the names, targets and timeline it links to are equal, and each text rendered by the last link is
     * reused while it is equal too. Off by default (a build links once).
     */
    public static synchronized void remember(boolean on) {
        memo = on ? new Memo(null, null, Map.of()) : null;
        if (!on) lastMatcher = null;
        lastLinked = null;
    }

    /** What the last link made, when {@link #remember} is on: its linker's inputs, the linker, and its renders. */
    private record Memo(List<Object> inputs, MarkdownLinker linker, Map<List<Object>, RenderedMarkdown> rendered) {
    }

    private static Memo memo;

    private LinkedCorpus run() {
        SortedMap<String, LinkedEvent> events = mergeEvents();
        List<LinkedEvent> timeline = chronological(events.values());
        List<Discrepancy> discrepancies = new ArrayList<>();
        SortedMap<String, List<DatedFigure>> figures = figures(discrepancies);
        for (LinkedEvent e : events.values()) {
            if (!e.datesDisagree()) continue;
            discrepancies.add(new Discrepancy(Discrepancy.Kind.EVENT_DATE, "date-" + e.id(), e.title(), Optional.empty(),
                    Optional.empty(), Optional.of(e.id()), e.date(), e.reports().stream()
                    .map(r -> new Discrepancy.Version(r.sourceId(), r.date().text(), r.date(), Optional.empty(), r.note())).toList()));
        }
        discrepancies.sort(Comparator.comparing(Discrepancy::when).thenComparing(Discrepancy::id));

        MarkdownLinker markdown = markdownLinker(timeline);
        Map<List<Object>, RenderedMarkdown> before = last == null ? Map.of() : last.rendered();
        Map<List<Object>, RenderedMarkdown> rendered = new java.util.concurrent.ConcurrentHashMap<>();
        Renders renders = (md, languages, url, sourceId, shift) -> rendered.computeIfAbsent(
                List.of(md.text(), languages, url, sourceId, shift),
                k -> before.containsKey(k) ? before.get(k) : markdown.render(md, languages, url, sourceId, shift));
        String language = corpus.portal().language().value();
        // each summary is linked on its own (the matcher, parser and date finders are shared read-only): on every core
        SortedMap<String, RenderedMarkdown> summaries = new TreeMap<>(corpus.sources().values().parallelStream()
                .collect(Collectors.toMap(Source::id, s ->
                        // a summary is written in its source's language or in the portal's (or, not yet translated, in the
                        // default language's): dates are read in each
                        renders.render(s.summary(), List.of(s.language(), language, s.summaries().language()).stream().distinct().toList(),
                                Urls.source(s.id()), s.id(), 1))));
        SortedMap<String, RenderedMarkdown> pages = new TreeMap<>();
        for (EditorialPage p : corpus.pages().values()) {
            // the overview sits under the home page's h2; other pages have only their h1 title above them; editors write
            // them in the portal's language, sources in their own
            // a page not yet translated is read in the language it is written in too
            pages.put(p.slug(), renders.render(p.body(), List.of(language, p.bodies().language()).stream().distinct().toList(),
                    Urls.page(p.slug()), "", p.slug().equals(Urls.OVERVIEW) ? 1 : 0));
        }
        synchronized (Linker.class) {
            if (memo != null && last != null) memo = new Memo(last.inputs(), markdown, rendered);
        }
        List<Mention> mentions = summaries.values().stream().flatMap(r -> r.mentions().stream()).toList();
        // the actors' and the places' links are made apart (each reads what is linked so far, and writes nothing shared)
        List<SortedMap<String, EntityLinks>> links = java.util.stream.Stream.<java.util.function.Supplier<SortedMap<String, EntityLinks>>>of(
                        () -> Backlinks.of(corpus, corpus.actors().keySet(), timeline, figures, mentions, LinkedEvent::actors, true),
                        () -> Backlinks.of(corpus, corpus.places().keySet(), timeline, figures, mentions, LinkedEvent::places, false))
                .parallel().map(java.util.function.Supplier::get).toList();
        LinkedCorpus out = new LinkedCorpus(corpus, events, timeline, figures, discrepancies, summaries, pages,
                links.get(0), links.get(1), DocumentLinks.of(corpus, timeline, mentions));
        lastLinked = memo != null ? new Relinked(out, markdown) : null;
        return out;
    }

    /** Events in date order, then by id. */
    private static List<LinkedEvent> chronological(java.util.Collection<LinkedEvent> events) {
        return ByDate.sorted(events, LinkedEvent::date, Comparator.comparing(LinkedEvent::id));
    }

    /**
     * The preview's incremental link, for an edit that changed only summaries: {@code corpus} must equal
     * {@code previous.corpus()} but for the summaries of some sources (empty otherwise, and the caller links it all).
     * The changed summaries are rendered again and the mentions gathered again; events, the timeline, figures and
     * discrepancies are kept. Equal to {@link #link} of the same corpus.
     */
    public static Optional<LinkedCorpus> relinkSummaries(LinkedCorpus previous, Corpus corpus) {
        Corpus before = previous.corpus();
        if (!before.portal().equals(corpus.portal()) || !before.actors().equals(corpus.actors()) || !before.places().equals(corpus.places())
                || !before.measures().equals(corpus.measures()) || !before.pages().equals(corpus.pages())
                || !before.documents().equals(corpus.documents()) || !before.sources().keySet().equals(corpus.sources().keySet())) {
            return Optional.empty();
        }
        List<Source> changed = new ArrayList<>();
        for (Source s : corpus.sources().values()) {
            Source old = before.sources().get(s.id());
            if (old.equals(s)) continue;
            if (!sameButSummary(old, s)) return Optional.empty();
            changed.add(s);
        }
        if (changed.isEmpty()) return Optional.of(previous);
        Linker l = new Linker(corpus, ProseWords::engine);
        Relinked r = lastLinked;
        // the names, targets and timeline are those of the previous link: so is its markdown linker
        MarkdownLinker markdown = r != null && r.linked() == previous ? r.markdown() : l.markdownLinker(previous.timeline());
        String language = corpus.portal().language().value();
        SortedMap<String, RenderedMarkdown> summaries = new TreeMap<>(previous.summaries());
        for (Source s : changed) {
            summaries.put(s.id(), markdown.render(s.summary(), List.of(s.language(), language, s.summaries().language()).stream().distinct().toList(),
                    Urls.source(s.id()), s.id(), 1));
        }
        List<Mention> mentions = summaries.values().stream().flatMap(x -> x.mentions().stream()).toList();
        // only what the changed summaries named, before or after, can have other mentions now
        Set<String> named = new HashSet<>();
        for (Source s : changed) {
            for (RenderedMarkdown x : List.of(previous.summaries().get(s.id()), summaries.get(s.id()))) {
                x.mentions().forEach(m -> named.add(m.kind() + ":" + m.entityId()));
            }
        }
        List<Mention> relevant = mentions.stream().filter(m -> named.contains(m.kind() + ":" + m.entityId())).toList();
        LinkedCorpus out = new LinkedCorpus(corpus, previous.events(), previous.timeline(), previous.figures(), previous.discrepancies(),
                summaries, previous.pages(), withMentions(previous.actors(), relevant, "actor", named),
                withMentions(previous.places(), relevant, "place", named), DocumentLinks.of(corpus, previous.timeline(), mentions));
        if (memo != null) lastLinked = new Relinked(out, markdown);
        return Optional.of(out);
    }

    /** The last link's result with its markdown linker (when {@link #remember} is on), for the next relink. */
    private record Relinked(LinkedCorpus linked, MarkdownLinker markdown) {
    }

    private static volatile Relinked lastLinked;

    private static boolean sameButSummary(Source a, Source b) {
        return new Source(a.id(), a.title(), a.publisher(), a.authors(), a.published(), a.url(), a.license(), a.kind(), a.language(),
                a.scopeNotes(), a.provenanceNotes(), b.summaries(), a.events(), a.figures(), a.statements(), a.origin()).equals(b);
    }

    /** Each actor's or place's links with the mentions gathered from {@code mentions} (as {@link #backlinks} gathers them). */
    private static SortedMap<String, EntityLinks> withMentions(SortedMap<String, EntityLinks> links, List<Mention> mentions, String kind,
                                                               Set<String> named) {
        Map<String, List<Mention>> mentioned = mentions.stream().filter(m -> m.kind().equals(kind)).collect(Collectors.groupingBy(Mention::entityId,
                LinkedHashMap::new, Collectors.toList()));
        SortedMap<String, EntityLinks> out = new TreeMap<>();
        links.forEach((id, l) -> {
            if (!named.contains(kind + ":" + id)) {
                out.put(id, l);
                return;
            }
            List<Mention> now = Backlinks.dedupe(mentioned.getOrDefault(id, List.of()));
            out.put(id, now.equals(l.mentions()) ? l : new EntityLinks(id, now, l.events(), l.figures(), l.statementsBy(), l.statementsAbout(),
                    l.companions(), l.within()));
        });
        return out;
    }

    private SortedMap<String, LinkedEvent> mergeEvents() {
        AliasMatcher documentNames = new AliasMatcher(DocumentNames.of(corpus, texts));
        Map<String, List<Event>> byId = new TreeMap<>();
        for (Source s : corpus.sources().values()) {
            for (Event e : s.events()) byId.computeIfAbsent(e.id().value(), k -> new ArrayList<>()).add(e);
        }
        // each event is merged from its reports alone: on every core
        SortedMap<String, LinkedEvent> out = new TreeMap<>();
        List.copyOf(byId.entrySet()).parallelStream().map(en -> merged(en.getKey(), en.getValue(), documentNames)).toList()
                .forEach(e -> out.put(e.id(), e));
        return out;
    }

    /** One event, from the reports of it in the sources. */
    private LinkedEvent merged(String id, List<Event> reports, AliasMatcher documentNames) {
        List<LinkedEvent.Report> rs = reports.stream()
                .map(e -> new LinkedEvent.Report(e.sourceId(), EdtfDate.parse(e.date().value()), e.title(), e.note()))
                .sorted(Comparator.comparing(LinkedEvent.Report::sourceId)).toList();
        // the most precise version (the others at coarser precision contain it); ties go to the earliest
        EdtfDate date = rs.stream().map(LinkedEvent.Report::date)
                .min(Comparator.comparingLong(EdtfDate::span).thenComparing(Comparator.naturalOrder())).orElseThrow();
        Set<String> actors = new TreeSet<>();
        Set<String> places = new TreeSet<>();
        Set<String> tags = new TreeSet<>();
        for (Event e : reports) {
            e.actors().stream().map(Ref::id).forEach(actors::add);
            e.places().stream().map(Ref::id).forEach(places::add);
            tags.addAll(e.tags());
        }
        String title = rs.stream().filter(r -> r.date().equals(date)).findFirst().orElseThrow().title();
        Set<String> documents = new TreeSet<>();
        for (Event e : reports) {
            e.documents().stream().map(Ref::id).filter(corpus.documents()::containsKey).forEach(documents::add);
            documentNames.find(e.title()).forEach(m -> documents.add(m.id().substring("document:".length())));
        }
        return new LinkedEvent(id, date, title, List.copyOf(actors), List.copyOf(places),
                List.copyOf(tags), rs, reports.stream().allMatch(Event::planned), List.copyOf(documents));
    }

    private SortedMap<String, List<DatedFigure>> figures(List<Discrepancy> discrepancies) {
        // group by measure, subject and month: differing values there are a discrepancy
        Map<String, List<Figure>> groups = new TreeMap<>();
        for (Source s : corpus.sources().values()) {
            for (Figure f : s.figures()) {
                String key = f.measure().id() + "|" + f.subject().id() + "|" + EdtfDate.parse(f.asOf().value()).monthKey();
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
            }
        }
        Set<Figure> disputed = new HashSet<>();
        groups.forEach((key, fs) -> {
            if (fs.stream().map(f -> f.value().stripTrailingZeros()).distinct().count() < 2) return;
            disputed.addAll(fs);
            Figure first = fs.get(0);
            EdtfDate when = fs.stream().map(f -> EdtfDate.parse(f.asOf().value())).min(Comparator.naturalOrder()).orElseThrow();
            String measure = corpus.measures().get(first.measure().id()).label();
            String subject = corpus.actors().get(first.subject().id()).name();
            discrepancies.add(new Discrepancy(Discrepancy.Kind.FIGURE,
                    "figure-" + first.measure().id() + "-" + first.subject().id() + "-" + when.monthKey(),
                    measure + ": " + subject + ", " + when.anchor().text(), Optional.of(first.measure().id()),
                    Optional.of(first.subject().id()), Optional.empty(), when,
                    fs.stream().sorted(Comparator.comparing(Figure::sourceId)).map(f -> new Discrepancy.Version(f.sourceId(),
                            f.value().stripTrailingZeros().toPlainString(), EdtfDate.parse(f.asOf().value()),
                            Optional.of(f.qualifier().value()), f.note())).toList()));
        });
        SortedMap<String, List<DatedFigure>> out = new TreeMap<>();
        for (Source s : corpus.sources().values()) {
            for (Figure f : s.figures()) {
                out.computeIfAbsent(f.measure().id(), k -> new ArrayList<>())
                        .add(new DatedFigure(f, EdtfDate.parse(f.asOf().value()), disputed.contains(f)));
            }
        }
        Comparator<DatedFigure> bySubjectAndSource = Comparator.comparing((DatedFigure d) -> d.figure().subject().id())
                .thenComparing(d -> d.figure().sourceId());
        out.replaceAll((measure, l) -> ByDate.sorted(l, DatedFigure::asOf, bySubjectAndSource));
        return out;
    }

    private MarkdownLinker markdownLinker(List<LinkedEvent> timeline) {
        Map<String, String> names = new HashMap<>();
        Map<String, String> targets = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        // places first, so that a name shared by an actor and a place (a state and its country) leads to the actor
        for (Place p : corpus.places().values()) {
            targets.put("place:" + p.id(), Urls.place(p.id()));
            labels.put("place:" + p.id(), p.name());
            names.put(Names.key(p.name()), "place:" + p.id());
            p.aliases().forEach(a -> names.put(Names.key(a), "place:" + p.id()));
        }
        // documents before actors: a name shared with an actor leads to the actor
        for (Document d : corpus.documents().values()) {
            targets.put("document:" + d.id(), Urls.document(d.id()));
            labels.put("document:" + d.id(), d.title());
        }
        names.putAll(DocumentNames.of(corpus, texts));
        for (Actor a : corpus.actors().values()) {
            targets.put("actor:" + a.id(), Urls.actor(a.id()));
            labels.put("actor:" + a.id(), a.name());
            names.put(Names.key(a.name()), "actor:" + a.id());
            a.aliases().forEach(al -> names.put(Names.key(al), "actor:" + a.id()));
        }
        // each year ("2013") and month ("2013-4") of the timeline to its page, made once: a build links tens of thousands of dates
        Map<String, String> dateLinks = new HashMap<>();
        for (LinkedEvent e : timeline) {
            EdtfDate.Point p = e.date().anchor();
            dateLinks.computeIfAbsent(Integer.toString(p.year()), y -> Urls.year(p.year()));
            if (p.precision() != EdtfDate.Precision.YEAR) dateLinks.computeIfAbsent(p.year() + "-" + p.month(), m -> Urls.month(p.year(), p.month()));
        }
        synchronized (Linker.class) {
            if (memo != null) {
                List<Object> inputs = List.of(names, targets, labels, dateLinks,
                        texts.apply(corpus.portal().language().value()).raw("datefinder."));
                last = inputs.equals(memo.inputs()) ? memo : new Memo(inputs, null, Map.of());
                if (last.linker() != null) return last.linker();
            }
        }
        return new MarkdownLinker(matcher(names), targets, labels, texts,
                (year, month) -> Optional.ofNullable(dateLinks.get(month != 0 ? year + "-" + month : Integer.toString(year))));
    }

    /**
     * The last automaton built, with the names it was built from: a preview relinking after an edit reuses it. Kept only
     * while {@link #remember} is on: a build links once, and the automaton (tens of MB at 10,000 sources) would
     * otherwise stay in its heap through the bake.
     */
    private static volatile Cached lastMatcher;

    private record Cached(Map<String, String> names, AliasMatcher matcher) {
    }

    /** The automaton of every name and alias, built once for a set of names (it is immutable, so it is shared). */
    private static AliasMatcher matcher(Map<String, String> names) {
        Cached c = lastMatcher;
        if (c != null && c.names().equals(names)) return c.matcher();
        AliasMatcher m = new AliasMatcher(names);
        synchronized (Linker.class) {
            lastMatcher = memo != null ? new Cached(Map.copyOf(names), m) : null;
        }
        return m;
    }
}
