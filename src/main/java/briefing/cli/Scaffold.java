package briefing.cli;

/** The commented templates `new-source` writes. They validate as they are once the placeholders are filled. */
final class Scaffold {
    private Scaffold() {
    }

    static final String SOURCE = """
            # yaml-language-server: $schema=../../../schemas/source.schema.json
            # Who published what, when. Replace every TODO: `./portal validate` lists those left, and nothing is built
            # until they are gone. Leave out (delete) an optional field you do not know: the page then says it is unknown.
            title: "TODO: the source's title, as published"
            publisher: "TODO: the outlet or organisation that published it"
            # authors: [First Author, Second Author]   # optional; leave out if no author is named
            published: TODO              # YYYY, YYYY-MM or YYYY-MM-DD; an interval 2021-01-28/2021-02-01 if only a range is known
            # url: https://example.org/the-original   # optional: the original's address
            # license: CC BY 4.0                      # optional: only if the source states one
            kind: TODO                   # one of: news, analysis, reference, roundup, official
            language: {language}            # the source's own language (BCP 47), e.g. en, fr, es
            # scope_note: What the source covers that the portal leaves out (e.g. another country's crisis).
            # provenance_note: How the date or title is known, if it is inferred rather than printed.
            """;

    /** source.yaml with the language filled in (the portal's, which editors change when the source's differs). */
    static String source(String language) {
        return SOURCE.replace("{language}", language);
    }

    static final String SUMMARY = """
            ## What the source says

            TODO: write 250-600 words in your own words, then delete this line and the next paragraph. Names, numbers,
            dates and short attributed quotes may carry over from the source; its sentences may not.

            Every mention of a known actor or place (by name or alias) becomes a link by itself. Link explicitly with
            `[[actor-or-place-id]]` or `[[actor-or-place-id|the words to show]]` (without the backquotes, which keep
            these examples from being links). Explicit dates such as 25 April 2013, April 2013 or 2013 link to the
            timeline.
            """;

    /**
     * facts.yaml: each list's examples are commented out under its field, indented as list items, so that removing
     * the "# " of a block gives valid YAML; their values are TODO placeholders, so an example left as it is never
     * passes as a fact (nor merges into a real event of the same id).
     */
    static final String FACTS = """
            # yaml-language-server: $schema=../../../schemas/facts.schema.json
            # Events, figures and statements drawn from this source. To add one, remove the "# " of an example block
            # (select it, then Ctrl+/ in most editors) and replace every TODO. Every id must exist in content/actors,
            # content/places or content/measures.yaml; `./portal validate` names any that do not, and any TODO left.
            events:
              # - id: todo-what-happened-where     # the same id in another source is the same event (corroboration)
              #   date: TODO                       # 2021-03-14, 2021-03 or 2021; 2020-10~ approximate, 2021-04? uncertain
              #   title: "TODO: what happened, in one line"
              #   actors: [todo-actor-id]
              #   places: [todo-place-id]
              #   tags: [todo-tag]
              #   status: planned                  # only if the source announces or schedules it (a deadline, a vote to come)
              #   note: "TODO: how a relative date (the next day) was resolved, or delete this line"
            figures:
              # - measure: todo-measure-id         # an id from content/measures.yaml
              #   subject: todo-actor-id           # the actor the number is about
              #   value: TODO                      # the number the source gives, e.g. 240 or 17.5
              #   qualifier: exactly               # exactly | at-least | about | up-to
              #   as_of: TODO                      # when the number held, e.g. 2021-06
            statements:
              # - actor: todo-actor-id             # who said it
              #   date: TODO                       # when it was said
              #   quote: "TODO: the exact words, 30 at most"
              #   about: [todo-actor-or-place-id]
            """;
}
