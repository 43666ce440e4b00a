package briefing.cms;

import briefing.load.SchemaChecker;
import briefing.model.Corpus;
import briefing.model.Measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The CMS's configuration, drawn from the content's JSON Schemas (the same the loader checks files against, so a form
 * asks for what a file needs) and from the portal (its vocabularies, measures, events and where its repository is).
 * One collection per kind of file: a source's three files (source.yaml, facts.yaml, summary.md, sharing the folder
 * named after the source's id), actors, places, documents, editorial pages, and the portal's own files (portal.yaml,
 * measures.yaml).
 */
public record CmsConfig(String repo, String branch, Optional<String> locale, Optional<String> siteUrl, List<Collection> collections) {
    /** Where the GitHub backend commits when portal.yaml does not say (the adopter fills {@code cms: repo} in). */
    public static final String NO_REPO = "OWNER/REPOSITORY";
    /** The interface languages Decap CMS ships, beside English. */
    private static final List<String> DECAP_LOCALES = List.of("bg", "ca", "cs", "da", "de", "es", "fa", "fr", "gr", "he", "hr",
            "hu", "it", "ja", "ko", "lt", "nb_no", "nl", "nn_no", "pl", "pt", "ro", "ru", "sv", "th", "tr", "uk", "vi", "zh_Hans", "zh_Hant");

    public CmsConfig {
        collections = List.copyOf(collections);
    }

    /** The configuration for this corpus; {@code repo} is portal.yaml's {@code cms} section, if it has one. */
    public static CmsConfig of(Corpus corpus, Optional<Repository> repo) {
        PortalChoices choices = new PortalChoices(corpus);
        List<Collection> c = new ArrayList<>();
        SchemaFields source = schema("source", choices);
        SchemaFields facts = schema("facts", choices);
        c.add(Collection.sourceFile("sources", "Sources", "A source's metadata: content/sources/<id>/source.yaml. A new source: "
                + "type its id (the folder's name, e.g. harbour-authority-2024-report), then add its facts and summary under the same id.",
                "source", "yaml", "yaml", Optional.of("events"), Optional.empty(), source.fields("source")));
        c.add(Collection.sourceFile("facts", "Source facts", "The events, figures and statements drawn from one source: "
                + "content/sources/<id>/facts.yaml, under the source's id.", "facts", "yaml", "yaml", Optional.of("title"),
                Optional.of("{{dirname}}"), facts.fields("facts")));
        c.add(Collection.sourceFile("summaries", "Source summaries", "The summary of one source in the editor's words "
                + "(250 to 600 words): content/sources/<id>/summary.md, under the source's id.", "summary", "md", "frontmatter",
                Optional.empty(), Optional.of("{{dirname}}"), List.of(markdown("body", "Summary",
                        "The summary in Markdown; [[actor-id]] or [[actor-id|words]] links an entity."))));
        c.add(Collection.entities("actors", "Actors", "One actor per file: content/actors/<id>.yaml; the id is made from the name.",
                "content/actors", "name", schema("actor", choices).fields("actor")));
        c.add(Collection.entities("places", "Places", "One place per file: content/places/<id>.yaml; the id is made from the name.",
                "content/places", "name", schema("place", choices).fields("place")));
        c.add(Collection.entities("documents", "Documents", "Documents the sources refer to: content/documents/<id>.yaml; the id is "
                + "made from the title.", "content/documents", "title", schema("document", choices).fields("document")));
        c.add(new Collection("pages", "Pages", "Editorial pages: content/pages/<slug>.md (overview.md is the home page's overview).",
                Optional.of("content/pages"), "{{slug}}", "md", "frontmatter", false, Optional.of("body"), Optional.empty(),
                Optional.empty(), Optional.of("{{filename}}"), List.of(markdown("body", "Text", "The page in Markdown.")), List.of()));
        c.add(Collection.files("settings", "Portal settings", "The portal's own files.", List.of(
                new Collection.SingleFile("portal", "Portal (portal.yaml)", "content/portal.yaml", schema("portal", choices).fields("portal")),
                new Collection.SingleFile("measures", "Measures (measures.yaml)", "content/measures.yaml", measures(corpus, choices)))));
        String language = corpus.portal().language().value();
        Optional<String> locale = DECAP_LOCALES.contains(language) ? Optional.of(language) : Optional.empty();
        Repository r = repo.orElse(new Repository(NO_REPO, "main"));
        return new CmsConfig(r.name(), r.branch(), locale, corpus.portal().siteAddress(), c);
    }

    /** The GitHub repository the published CMS commits to, and its branch. */
    public record Repository(String name, String branch) {
    }

    /** One form per measure measures.yaml already holds (a new measure is a new key: written in the file itself). */
    private static List<Field> measures(Corpus corpus, PortalChoices choices) {
        SchemaFields s = schema("measures", choices);
        List<Field> out = new ArrayList<>();
        for (Measure m : corpus.measures().values()) {
            out.add(Field.of(m.id(), m.label() + " (" + m.id() + ")", "object", true, "The measure " + m.id() + ".")
                    .withFields(s.definition("measure")));
        }
        return out;
    }

    /** A Markdown text, edited as written (the rich-text mode would rewrite [[links]]). */
    private static Field markdown(String name, String label, String hint) {
        return Field.of(name, label, "markdown", true, hint);
    }

    private static SchemaFields schema(String name, PortalChoices choices) {
        return new SchemaFields(SchemaChecker.load(name).schema(), choices);
    }
}
