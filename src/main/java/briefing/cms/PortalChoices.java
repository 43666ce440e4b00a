package briefing.cms;

import briefing.model.Corpus;
import briefing.model.Event;
import briefing.model.Source;
import briefing.model.Vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The values a portal gives its fields: its kinds of actor, place and document, the tags its events use and the marks
 * its timeline draws, its measures, and pickers over its actors, places and documents (live: the CMS lists the files as
 * they are when the form opens) and over the events its sources already report (known at build time).
 */
final class PortalChoices implements SchemaFields.Choices {
    static final Field.Relation ACTORS = new Field.Relation("actors", "{{slug}}", List.of("name", "aliases.*"), List.of("name"));
    static final Field.Relation PLACES = new Field.Relation("places", "{{slug}}", List.of("name", "aliases.*"), List.of("name"));
    static final Field.Relation DOCUMENTS = new Field.Relation("documents", "{{slug}}", List.of("title", "symbol", "aliases.*"),
            List.of("title"));
    /** The id pattern's message. */
    private static final String ID = "Lower-case letters, digits and single hyphens, e.g. ceasefire-signed-2021.";

    private final Corpus corpus;

    PortalChoices(Corpus corpus) {
        this.corpus = corpus;
    }

    @Override
    public Optional<Field> field(String where, String property, Field plain, boolean list) {
        Vocabulary v = corpus.portal().vocabulary();
        return switch (where + "." + property) {
            case "actor.kind" -> Optional.of(plain.withOptions(terms(v.actorKinds()), false));
            case "place.kind" -> Optional.of(plain.withOptions(terms(v.placeKinds()), false));
            case "document.kind" -> Optional.of(plain.withOptions(terms(v.documentKinds()), false));
            case "actor.country", "place.within" -> Optional.of(plain.withRelation(PLACES, false));
            case "document.issuer", "figure.subject", "statement.actor", "portal.topic" -> Optional.of(plain.withRelation(ACTORS, false));
            case "event.actors" -> Optional.of(plain.withRelation(ACTORS, true));
            case "event.places" -> Optional.of(plain.withRelation(PLACES, true));
            case "event.documents" -> Optional.of(plain.withRelation(DOCUMENTS, true));
            case "event.tags" -> Optional.of(plain.withOptions(tags(), true));
            case "event.id" -> Optional.of(plain.withOptions(events(), false).withWidget("event-id")
                    .withPattern(new Field.Check("^[a-z0-9]+(-[a-z0-9]+)*$", ID)));
            case "figure.measure" -> Optional.of(plain.withOptions(measures(), false));
            case "portal.key_measures" -> Optional.of(plain.withOptions(measures(), true));
            case "statement.about" -> Optional.of(plain.withOptions(actorsAndPlaces(), true));
            case "portal.actor_kinds" -> labels(plain, v.actorKinds());
            case "portal.place_kinds" -> labels(plain, v.placeKinds());
            case "portal.document_kinds" -> labels(plain, v.documentKinds());
            case "portal.timeline_marks" -> marks(plain, v.timelineMarks());
            case "portal.tags" -> labels(plain, v.tags());
            default -> Optional.empty();
        };
    }

    /** A select's options for a vocabulary: each id, with the portal's label when it gives one. */
    private static List<Field.Option> terms(List<Vocabulary.Term> terms) {
        return terms.stream().map(t -> new Field.Option(t.id(), t.label().map(l -> l + " (" + t.id() + ")").orElse(t.id()))).toList();
    }

    /** The portal's tags vocabulary, the tags the timeline marks, then every tag a source uses, sorted. */
    private List<Field.Option> tags() {
        TreeSet<String> all = new TreeSet<>();
        corpus.portal().vocabulary().tags().forEach(t -> all.add(t.id()));
        corpus.portal().vocabulary().timelineMarks().forEach(t -> all.add(t.id()));
        corpus.sources().values().forEach(s -> s.events().forEach(e -> all.addAll(e.tags())));
        List<Field.Option> out = new ArrayList<>();
        for (String t : all) {
            Optional<String> mark = corpus.portal().vocabulary().mark(List.of(t)).flatMap(Vocabulary.Term::label);
            out.add(new Field.Option(t, mark.map(m -> t + " (timeline: " + m + ")").orElse(t)));
        }
        return out;
    }

    /** Every event id the sources report, with the title and date of its first report, sorted by id. */
    List<Field.Option> events() {
        Map<String, Event> first = new TreeMap<>();
        for (Source s : corpus.sources().values()) for (Event e : s.events()) first.putIfAbsent(e.id().value(), e);
        return first.values().stream().map(e -> new Field.Option(e.id().value(),
                e.date().value() + " " + e.title() + " (" + e.sourceId() + ")")).toList();
    }

    private List<Field.Option> measures() {
        return corpus.measures().values().stream().map(m -> new Field.Option(m.id(), m.label() + " (" + m.id() + ")")).toList();
    }

    private List<Field.Option> actorsAndPlaces() {
        List<Field.Option> out = new ArrayList<>();
        corpus.actors().values().forEach(a -> out.add(new Field.Option(a.id(), a.name() + " (actor)")));
        corpus.places().values().forEach(p -> out.add(new Field.Option(p.id(), p.name() + " (place)")));
        return out;
    }

    /** A map of labels the portal already gives (kinds of its own): one text box per kind; none: no form. */
    private static Optional<Field> labels(Field plain, List<Vocabulary.Term> terms) {
        List<Field> fields = terms.stream().filter(t -> t.label().isPresent())
                .map(t -> Field.of(t.id(), t.id(), "string", true, "The label pages show for " + t.id() + ".")).toList();
        return fields.isEmpty() ? Optional.empty() : Optional.of(plain.withWidget("object").withFields(fields));
    }

    /** The portal's own timeline marks, each a label and a symbol; the defaults: no form. */
    private static Optional<Field> marks(Field plain, List<Vocabulary.Term> terms) {
        if (terms.stream().allMatch(t -> t.origin().file().equals("(default)"))) return Optional.empty();
        List<Field.Option> symbols = Vocabulary.SYMBOLS.stream().map(s -> new Field.Option(s, s)).toList();
        List<Field> fields = terms.stream().map(t -> Field.of(t.id(), t.id(), "object", true, "The mark of events tagged " + t.id() + ".")
                .withFields(List.of(Field.of("label", "Label", "string", true, "What the mark means, as the chart's legend shows it."),
                        Field.of("symbol", "Symbol", "select", true, "The mark's shape; -open draws it hollow.").withOptions(symbols, false))))
                .toList();
        return Optional.of(plain.withWidget("object").withFields(fields));
    }
}
