package briefing.cli;

/** The commented templates `new-source` writes. They validate as they are once the placeholders are filled. */
final class Scaffold {
    private Scaffold() {
    }

    static final String SOURCE = """
            # yaml-language-server: $schema=../../../schemas/source.schema.json
            # Who published what, when. Leave out what you do not know: the page then says it is unknown.
            title: "The source's title, as published"
            publisher: Name of the outlet or organisation
            # authors: [First Author, Second Author]   # optional; leave out if no author is named
            published: 2021-06-30        # YYYY, YYYY-MM or YYYY-MM-DD; an interval 2021-01-28/2021-02-01 if only a range is known
            # url: https://example.org/the-original   # optional: the original's address
            # license: CC BY 4.0                      # optional: only if the source states one
            kind: news                   # news | analysis | reference | roundup | official
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

            Write 250-600 words in your own words. Names, numbers, dates and short attributed quotes may carry over
            from the source; its sentences may not.

            Every mention of a known actor or place (by name or alias) becomes a link by itself. Link explicitly with
            `[[actor-or-place-id]]` or `[[actor-or-place-id|the words to show]]` (without the backquotes, which keep
            these examples from being links). Explicit dates such as 25 April 2013, April 2013 or 2013 link to the
            timeline.
            """;

    static final String FACTS = """
            # yaml-language-server: $schema=../../../schemas/facts.schema.json
            # Events, figures and statements drawn from this source. Every id must exist in content/actors,
            # content/places or content/measures.yaml; `./portal validate` names any that do not.
            events: []
            #  - id: ceasefire-signed                 # the same id in another source is the same event (corroboration)
            #    date: 2021-03-14                     # at the precision the text supports; 2020-10~ approximate, 2021-04? uncertain
            #    title: The government and the armed movement sign a ceasefire in the capital
            #    actors: [national-government, armed-movement]
            #    places: [capital-city]
            #    tags: [agreement]
            #    note: How a relative date ("the next day") was resolved.
            figures: []
            #  - measure: observers-deployed          # an id from content/measures.yaml
            #    subject: observer-mission            # an actor id
            #    value: 240
            #    qualifier: at-least                  # exactly | at-least | about | up-to
            #    as_of: 2021-06
            statements: []
            #  - actor: mission-spokesperson
            #    date: 2021-06
            #    quote: "the exact words, 30 at most"
            #    about: [observer-mission]
            """;
}
