package briefing.validate;

import briefing.geo.World;
import briefing.model.Actor;
import briefing.model.Corpus;
import briefing.model.Document;
import briefing.model.EdtfDate;
import briefing.model.Event;
import briefing.model.Figure;
import briefing.model.Markdown;
import briefing.model.Names;
import briefing.model.Origin;
import briefing.model.Place;
import briefing.model.Portal;
import briefing.model.Vocabulary;
import briefing.model.Problem;
import briefing.model.Ref;
import briefing.model.Source;
import briefing.model.Statement;
import briefing.model.Suggestions;
import briefing.model.Text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 2, validate: what the loaded content means. Ids, references (with the nearest known id), dates that exist,
 * duplicates, explicit {@code [[id]]} links in Markdown, names claimed by two entities. Every problem is collected;
 * nothing stops at the first.
 */
public final class Validator {
    private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[([^\\[\\]|]*)(?:\\|([^\\[\\]]*))?]]"); // no [ inside: linear on a line of brackets
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");

    private final Corpus corpus;
    private final List<Problem> problems = new ArrayList<>();
    /** Each entity's names and aliases, slugged, for "did you mean" on an unknown id written as a name. */
    private final Map<String, String> actorNames;
    private final Map<String, String> placeNames;
    /** {@link #idsAndSlugs} of each vocabulary in use, worked out once (for the thousands of entities of one kind). */
    private final Map<List<Vocabulary.Term>, Set<String>> kindIds = new java.util.IdentityHashMap<>();

    private Validator(Corpus corpus) {
        this(corpus, new HashMap<>(), new HashMap<>());
    }

    /** A validator sharing {@code actorNames} and {@code placeNames}, which no one changes while it runs. */
    private Validator(Corpus corpus, Map<String, String> actorNames, Map<String, String> placeNames) {
        this.corpus = corpus;
        this.actorNames = actorNames;
        this.placeNames = placeNames;
    }

    /**
     * The checks of each source, which depend on that source and the (read-only) rest of the corpus alone, run on all
     * cores: each source has its own validator, and their problems are gathered in the order of {@code sources}.
     */
    private void sourcesInParallel(Collection<Source> sources) {
        sources.parallelStream().map(s -> {
            Validator own = new Validator(corpus, actorNames, placeNames);
            own.source(s);
            return own.problems;
        }).forEachOrdered(problems::addAll);
    }

    public static List<Problem> validate(Corpus corpus) {
        Validator v = new Validator(corpus);
        v.run();
        v.problems.addAll(LikelyDuplicates.of(corpus, corpus.sources().keySet()));
        return v.problems.stream().sorted().toList();
    }

    /**
     * The problems of some sources alone, as {@link #validate} reports them for those sources (for the preview, when
     * only they changed: the rest of the corpus, valid before, is what they refer to). The names behind "did you mean"
     * hints are gathered only when a problem needs them.
     */
    public static List<Problem> validateSources(Corpus corpus, java.util.Collection<String> ids) {
        List<Source> sources = ids.stream().map(corpus.sources()::get).filter(java.util.Objects::nonNull).toList();
        if (sources.isEmpty()) return List.of();
        List<Problem> duplicates = LikelyDuplicates.of(corpus, ids);
        Validator v = new Validator(corpus);
        v.sources(sources);
        if (v.problems.isEmpty()) return duplicates.stream().sorted().toList();
        Validator named = new Validator(corpus);
        corpus.actors().values().forEach(a -> names(named.actorNames, a.id(), a.name(), a.aliases()));
        corpus.places().values().forEach(p -> names(named.placeNames, p.id(), p.name(), p.aliases()));
        named.sources(sources);
        named.problems.addAll(duplicates);
        return named.problems.stream().sorted().toList();
    }

    private void sources(List<Source> sources) {
        sourcesInParallel(sources);
        Map<String, String> documentNames = new HashMap<>();
        corpus.documents().values().forEach(d -> names(documentNames, d.id(), d.title(), d.aliases()));
        for (Source s : sources) {
            for (Event e : s.events()) e.documents().forEach(r -> ref(r, "document", corpus.documents().keySet(), documentNames));
        }
    }

    private void run() {
        corpus.actors().values().forEach(a -> names(actorNames, a.id(), a.name(), a.aliases()));
        corpus.places().values().forEach(p -> names(placeNames, p.id(), p.name(), p.aliases()));

        corpus.portal().topic().filter(t -> !t.id().isEmpty()).ifPresent(t -> ref(t, "actor", corpus.actors().keySet(), actorNames));
        vocabulary(corpus.portal());
        if (!corpus.measures().isEmpty()) corpus.portal().keyMeasures().forEach(m -> ref(m, "measure", corpus.measures().keySet(), Map.of()));
        corpus.actors().values().forEach(this::actor);
        corpus.places().values().forEach(this::place);
        corpus.measures().values().forEach(m -> id(m.id(), "measure", m.origin()));
        corpus.pages().values().forEach(p -> {
            id(p.slug(), "page", Origin.of(p.body().origin().file()));
            List<String> prose = proseLines(p.body());
            wikiLinks(p.body(), prose);
            problems.addAll(Prose.html(p.body(), prose));
            problems.addAll(MarkdownTargets.check(p.body(), p.slug().equals("overview") ? "index.html" : "pages/" + p.slug() + ".html"));
        });
        sourcesInParallel(corpus.sources().values());
        aliasClashes("actor", corpus.actors().values().stream().map(a -> new Named(a.id(), a.name(), a.aliases(), a.origin())).toList());
        aliasClashes("place", corpus.places().values().stream().map(p -> new Named(p.id(), p.name(), p.aliases(), p.origin())).toList());
        documents();
    }

    // --- documents (content/documents/) ----------------------------------------------------------------------------

    /** Documents: ids, kinds, issuers, dates, names claimed twice; and the documents events name. */
    private void documents() {
        Map<String, String> documentNames = new HashMap<>();
        corpus.documents().values().forEach(d -> names(documentNames, d.id(), d.title(), d.aliases()));
        for (Document d : corpus.documents().values()) {
            id(d.id(), "document", Origin.of(d.origin().file()));
            kind(d.kind(), "document", corpus.portal().vocabulary().documentKinds());
            d.issuer().ifPresent(r -> ref(r, "actor", corpus.actors().keySet(), actorNames));
            d.date().ifPresent(this::date);
        }
        for (Source s : corpus.sources().values()) {
            for (Event e : s.events()) e.documents().forEach(r -> ref(r, "document", corpus.documents().keySet(), documentNames));
        }
        aliasClashes("document", corpus.documents().values().stream().map(d -> {
            List<String> forms = new ArrayList<>(d.aliases());
            d.symbol().ifPresent(forms::add);
            return new Named(d.id(), d.title(), forms, d.origin());
        }).toList());
    }

    private static void names(Map<String, String> into, String id, String name, List<String> aliases) {
        into.putIfAbsent(Ids.slug(name), id);
        aliases.forEach(a -> into.putIfAbsent(Ids.slug(a), id));
    }

    /** The portal's own vocabularies: ids that are ids; a map frame that is a frame; focus countries that exist. */
    private void vocabulary(Portal p) {
        Vocabulary v = p.vocabulary();
        for (List<Vocabulary.Term> terms : List.of(v.actorKinds(), v.placeKinds(), v.timelineMarks(), v.documentKinds())) {
            for (Vocabulary.Term t : terms) {
                if (t.origin().file().equals("(default)")) continue;
                if (!Ids.valid(t.id())) problems.add(new Problem(t.origin(), "bad id '" + t.id() + "': kinds and tags are lower-case"
                        + " kebab case; write '" + Ids.slug(t.id()) + "'"));
            }
        }
        p.map().frame().ifPresent(f -> {
            if (f.west() >= f.east()) problems.add(new Problem(f.origin(), "the map frame's west (" + f.west() + ") must be less than"
                    + " its east (" + f.east() + "); longitudes grow eastwards, west is negative"));
            if (f.south() >= f.north()) problems.add(new Problem(f.origin(), "the map frame's south (" + f.south() + ") must be less"
                    + " than its north (" + f.north() + ")"));
        });
        if (p.map().focus().isEmpty()) return;
        // the codes of the countries the maps can draw: ISO 3166-1 alpha-2 and alpha-3, and XK/XKX for Kosovo
        Set<String> countries = new TreeSet<>();
        World.get().countries().forEach(c -> {
            if (!c.alpha2().isEmpty()) countries.addAll(List.of(c.alpha2(), c.alpha3()));
        });
        for (Text code : p.map().focus()) {
            if (!countries.contains(code.value().toUpperCase(java.util.Locale.ROOT))) {
                problems.add(new Problem(code.origin(), "unknown country code '" + code.value() + "'" + Suggestions.hint(
                        code.value().toUpperCase(java.util.Locale.ROOT), countries) + "; focus takes ISO 3166-1 codes such as PE or PER"));
            }
        }
    }

    /** A kind must be a default one or one the portal adds in portal.yaml. */
    private void kind(Text kind, String what, List<Vocabulary.Term> terms) {
        // a kind the portal declares with a bad id is reported there once, not again by every entity that uses it
        if (kind.value().isEmpty() || kindIds.computeIfAbsent(terms, Validator::idsAndSlugs).contains(kind.value())) return;
        List<String> ids = terms.stream().map(Vocabulary.Term::id).toList();
        problems.add(new Problem(kind.origin(), "unknown " + what + " kind '" + kind.value() + "'" + Suggestions.hint(kind.value(), ids)
                + "; the kinds are " + String.join(", ", ids) + ". Add a new kind to " + what + "_kinds in portal.yaml"));
    }

    /** The ids of a vocabulary's terms and what they would be as ids (a portal's "Armed group" is written armed-group). */
    private static Set<String> idsAndSlugs(List<Vocabulary.Term> terms) {
        Set<String> out = new HashSet<>();
        terms.forEach(t -> out.addAll(List.of(t.id(), Ids.slug(t.id()))));
        return out;
    }

    private void actor(Actor a) {
        id(a.id(), "actor", Origin.of(a.origin().file()));
        kind(a.kind(), "actor", corpus.portal().vocabulary().actorKinds());
        a.country().ifPresent(c -> ref(c, "place", corpus.places().keySet(), placeNames));
    }

    private void place(Place p) {
        id(p.id(), "place", Origin.of(p.origin().file()));
        kind(p.kind(), "place", corpus.portal().vocabulary().placeKinds());
        p.within().ifPresent(w -> {
            ref(w, "place", corpus.places().keySet(), placeNames);
            // a place inside itself, directly or through others, would loop the breadcrumbs
            Set<String> seen = new HashSet<>(Set.of(p.id()));
            Optional<Ref> next = Optional.of(w);
            while (next.isPresent() && corpus.places().containsKey(next.get().id())) {
                if (!seen.add(next.get().id())) {
                    // only a place on the loop reports it; one that merely lies within the loop is not where to fix it
                    if (next.get().id().equals(p.id())) problems.add(new Problem(w.origin(), "'within: " + w.id() + "' makes a loop through " + String.join(", ",
                            new TreeSet<>(seen)) + "; a place lies within a larger one"));
                    break;
                }
                next = corpus.places().get(next.get().id()).within();
            }
        });
    }

    private void source(Source s) {
        id(s.id(), "source", Origin.of(s.origin().file()));
        date(s.published());
        List<String> prose = proseLines(s.summary());
        wikiLinks(s.summary(), prose);
        problems.addAll(Prose.check(s, prose));
        problems.addAll(MarkdownTargets.check(s.summary(), "sources/" + s.id() + ".html"));
        Map<String, Origin> seenEvents = new HashMap<>();
        for (Event e : s.events()) {
            if (!e.id().value().isEmpty()) {
                id(e.id().value(), "event", e.id().origin());
                Origin first = seenEvents.putIfAbsent(e.id().value(), e.id().origin());
                if (first != null) problems.add(new Problem(e.id().origin(), "duplicate event id '" + e.id().value()
                        + "' in this source (first at line " + first.line() + "); a source reports an event once"));
            }
            date(e.date());
            e.actors().forEach(r -> ref(r, "actor", corpus.actors().keySet(), actorNames));
            e.places().forEach(r -> ref(r, "place", corpus.places().keySet(), placeNames));
            e.tags().forEach(t -> {
                if (!Ids.valid(t)) problems.add(new Problem(e.origin(), "tag '" + t + "' is not kebab case; write '" + Ids.slug(t) + "'"));
            });
        }
        for (Figure f : s.figures()) {
            // with no measures at all, the loader has named the missing or broken measures.yaml once; no echo per figure
            if (!corpus.measures().isEmpty()) ref(f.measure(), "measure", corpus.measures().keySet(), Map.of());
            ref(f.subject(), "actor", corpus.actors().keySet(), actorNames);
            date(f.asOf());
        }
        for (Statement st : s.statements()) {
            ref(st.actor(), "actor", corpus.actors().keySet(), actorNames);
            date(st.date());
            st.about().forEach(this::actorOrPlace);
        }
    }

    private void actorOrPlace(Ref r) {
        if (r.id().isEmpty() || corpus.actors().containsKey(r.id()) || corpus.places().containsKey(r.id())
                || briefing.model.Placeholder.is(r.id())) return;
        Set<String> known = new TreeSet<>(corpus.actors().keySet());
        known.addAll(corpus.places().keySet());
        Map<String, String> names = new HashMap<>(placeNames);
        names.putAll(actorNames);
        problems.add(new Problem(r.origin(), "unknown actor or place '" + r.id() + "'" + hint(r.id(), known, names)));
    }

    private void ref(Ref r, String kind, Collection<String> known, Map<String, String> names) {
        if (r.id().isEmpty() || known.contains(r.id()) || briefing.model.Placeholder.is(r.id())) return;
        problems.add(new Problem(r.origin(), "unknown " + kind + " '" + r.id() + "'" + hint(r.id(), known, names)
                + ("measure".equals(kind) ? "; measures are listed in content/measures.yaml"
                : "; add content/" + kind + "s/" + Ids.slug(r.id()) + ".yaml if it is new")));
    }

    private static String hint(String wrong, Collection<String> known, Map<String, String> names) {
        String byName = names.get(Ids.slug(wrong));
        if (byName != null) return " (did you mean '" + byName + "'?)";
        return Suggestions.hint(wrong, known);
    }

    private void id(String id, String kind, Origin at) {
        if (Ids.valid(id)) return;
        String suggestion = Ids.slug(id);
        String what = switch (kind) {
            case "source" -> "the folder";
            case "actor", "place", "page", "document" -> "the file";
            default -> "it";
        };
        problems.add(new Problem(at, "bad " + kind + " id '" + id + "': ids are lower-case kebab case (a-z, 0-9 and single"
                + " hyphens; no spaces, '/' or '..')" + (suggestion.isEmpty() ? "" : "; rename " + what + " '" + suggestion
                + ("actor".equals(kind) || "place".equals(kind) || "document".equals(kind) ? ".yaml" : "page".equals(kind) ? ".md" : "") + "'")));
    }

    private void date(Text t) {
        // a missing required date was reported by the schema check, a placeholder by the loader
        if (t.value().isEmpty() || briefing.model.Placeholder.is(t.value())) return;
        try {
            EdtfDate.parse(t.value());
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(t.origin(), "bad date: " + e.getMessage()));
        }
    }

    /**
     * {@code [[id]]} and {@code [[id|text]]} must name a known actor or place; code spans and blocks are literal text.
     * @param lines the text's {@link #proseLines}
     */
    private void wikiLinks(Markdown md, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String visible = lines.get(i);
            if (!visible.contains("[[")) continue;
            Matcher m = WIKI_LINK.matcher(visible);
            while (m.find()) {
                String id = m.group(1).strip();
                Origin at = new Origin(md.origin().file(), i + 1, m.start() + 1);
                if (corpus.actors().containsKey(id) || corpus.places().containsKey(id) || corpus.documents().containsKey(id)) continue;
                Set<String> known = new TreeSet<>(corpus.actors().keySet());
                known.addAll(corpus.places().keySet());
                Map<String, String> names = new HashMap<>(placeNames);
                names.putAll(actorNames);
                problems.add(new Problem(at, "unknown id '" + id + "' in [[...]] link" + hint(id, known, names)
                        + "; [[id]] and [[id|text]] link to an actor or place by its id"));
            }
        }
    }

    /**
     * Each line of Markdown as prose, for checks that must leave code alone: code spans blanked (columns kept), lines of
     * code blocks (fenced or indented) and their fences empty.
     */
    static List<String> proseLines(Markdown md) {
        List<String> out = new ArrayList<>();
        boolean fenced = false;
        for (String line : md.text().split("\n", -1)) {
            boolean fence = line.stripLeading().startsWith("```") || line.stripLeading().startsWith("~~~");
            if (fence) fenced = !fenced;
            out.add(fence || fenced || line.startsWith("    ") || line.startsWith("\t") ? "" : maskCodeSpans(line));
        }
        return out;
    }

    static String maskCodeSpans(String line) {
        if (line.indexOf('`') < 0) return line;
        StringBuilder b = new StringBuilder(line);
        Matcher m = CODE_SPAN.matcher(line);
        while (m.find()) for (int i = m.start(); i < m.end(); i++) b.setCharAt(i, ' ');
        return b.toString();
    }

    private record Named(String id, String name, List<String> aliases, Origin origin) {
    }

    /** Two entities of one kind must not share a name or alias: a mention of it could not be linked to one page. */
    private void aliasClashes(String kind, List<Named> all) {
        Map<String, String> owner = new TreeMap<>();
        for (Named n : all) {
            List<String> forms = new ArrayList<>();
            forms.add(n.name());
            forms.addAll(n.aliases());
            Set<String> own = new HashSet<>();
            for (String form : forms) {
                String key = Names.key(form);
                if (key.isEmpty() || !own.add(key)) continue;
                String other = owner.putIfAbsent(key, n.id());
                if (other != null && !other.equals(n.id())) {
                    problems.add(new Problem(n.origin(), "the name or alias '" + form + "' of " + kind + " '" + n.id()
                            + "' is also used by " + kind + " '" + other + "'; a mention must lead to one page, so keep it on one of them"));
                }
            }
        }
    }
}
