package briefing.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The portal's own words: the kinds of actor and of place it sorts its entities by, and the event tags its timeline
 * marks (each with a symbol). A portal lists its own in portal.yaml; a list it leaves out is the engine's default,
 * whose labels come from the interface text of the portal's language.
 */
public record Vocabulary(List<Term> actorKinds, List<Term> placeKinds, List<Term> timelineMarks, List<Term> documentKinds,
                         List<Term> tags) {
    /**
     * One word of a vocabulary: its id as content writes it, the label pages show (absent: the bundle's; {@code labels}
     * holds it per language when the portal wrote it so), a symbol for
     * marks; {@code area} for a kind of place that covers others (a country, a region, a portal's own "departamento"):
     * the map draws it as a ring that counts every event within it.
     */
    public record Term(String id, Optional<String> label, Optional<String> symbol, boolean area, Map<String, String> labels,
                       Origin origin) {
        public Term {
            labels = Map.copyOf(labels);
        }

        public Term(String id, Optional<String> label, Optional<String> symbol, boolean area, Origin origin) {
            this(id, label, symbol, area, Map.of(), origin);
        }

        public Term(String id, Optional<String> label, Optional<String> symbol, Origin origin) {
            this(id, label, symbol, false, origin);
        }

        /** The term as read in {@code language}: its label in that language when the portal wrote one. */
        public Term in(String language) {
            return labels.containsKey(language) ? new Term(id, Optional.of(labels.get(language)), symbol, area, labels, origin) : this;
        }

        public static Term of(String id, String symbol) {
            return new Term(id, Optional.empty(), Optional.ofNullable(symbol), Origin.of("(default)"));
        }
    }

    /** The kinds of place that are areas unless a portal says otherwise. */
    public static final List<String> DEFAULT_AREAS = List.of("country", "region");

    /** The shapes a timeline mark may take. */
    public static final List<String> SYMBOLS = List.of("diamond", "triangle", "square", "circle",
            "diamond-open", "triangle-open", "square-open", "circle-open");

    public static final List<String> DEFAULT_ACTOR_KINDS = List.of("person", "state", "government", "un-body", "mission",
            "force", "armed-group", "militia", "organisation");
    public static final List<String> DEFAULT_PLACE_KINDS = List.of("country", "region", "city", "town", "village", "base");
    /** The default marks, in order of precedence: an event tagged with two is marked with the first. */
    public static final List<Term> DEFAULT_TIMELINE_MARKS = List.of(Term.of("resolution", "diamond"), Term.of("agreement", "square"),
            Term.of("election", "circle"), Term.of("withdrawal", "triangle"));

    public static final List<String> DEFAULT_DOCUMENT_KINDS = List.of("resolution", "agreement", "report", "decree", "statement");

    /** A vocabulary with the default document kinds. */
    public Vocabulary(List<Term> actorKinds, List<Term> placeKinds, List<Term> timelineMarks) {
        this(actorKinds, placeKinds, timelineMarks, DEFAULT_DOCUMENT_KINDS.stream().map(k -> Term.of(k, null)).toList());
    }

    /** A vocabulary without labels of its own for tags. */
    public Vocabulary(List<Term> actorKinds, List<Term> placeKinds, List<Term> timelineMarks, List<Term> documentKinds) {
        this(actorKinds, placeKinds, timelineMarks, documentKinds, List.of());
    }

    public Vocabulary {
        tags = List.copyOf(tags);
        documentKinds = List.copyOf(documentKinds);
        actorKinds = List.copyOf(actorKinds);
        placeKinds = List.copyOf(placeKinds);
        timelineMarks = List.copyOf(timelineMarks);
    }

    public static Vocabulary defaults() {
        return new Vocabulary(DEFAULT_ACTOR_KINDS.stream().map(k -> Term.of(k, null)).toList(),
                DEFAULT_PLACE_KINDS.stream().map(k -> new Term(k, Optional.empty(), Optional.empty(), DEFAULT_AREAS.contains(k),
                        Origin.of("(default)"))).toList(), DEFAULT_TIMELINE_MARKS);
    }

    public Optional<Term> actorKind(String id) {
        return find(actorKinds, id);
    }

    public Optional<Term> placeKind(String id) {
        return find(placeKinds, id);
    }

    /** Whether places of this kind are areas (see {@link Term#area}). */
    public boolean isArea(String placeKind) {
        return placeKind(placeKind).map(Term::area).orElse(false);
    }

    /**
     * The label of an event tag as pages show it: the portal's {@code tags:} vocabulary, else the label of the
     * timeline mark of that id; empty when the portal names it nowhere.
     */
    public Optional<String> tagLabel(String id) {
        return find(tags, id).flatMap(Term::label).or(() -> find(timelineMarks, id).flatMap(Term::label));
    }

    public Optional<Term> documentKind(String id) {
        return find(documentKinds, id);
    }

    /** The mark of an event with these tags: the first of the portal's marks it is tagged with. */
    public Optional<Term> mark(List<String> tags) {
        return timelineMarks.stream().filter(t -> tags.contains(t.id())).findFirst();
    }

    private static Optional<Term> find(List<Term> terms, String id) {
        return terms.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The vocabulary as read in {@code language}: each label in that language where the portal wrote one. */
    public Vocabulary in(String language) {
        return new Vocabulary(in(actorKinds, language), in(placeKinds, language), in(timelineMarks, language),
                in(documentKinds, language), in(tags, language));
    }

    private static List<Term> in(List<Term> terms, String language) {
        return terms.stream().map(t -> t.in(language)).toList();
    }
}
