package briefing.validate;

import briefing.ContentTree;
import briefing.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The validate stage alone, on trees the loader reads without complaint. */
class ValidatorTest {
    @TempDir
    Path tmp;

    private static List<String> validate(ContentTree t) {
        assertEquals(List.of(), t.load().problems(), "the breakage should be one the validator finds");
        return Validator.validate(t.load().corpus()).stream().filter(Problem::isError).map(Problem::toString).toList();
    }

    @Test
    void minimalTreeIsValid() {
        assertEquals(List.of(), validate(ContentTree.minimal(tmp)));
    }

    @Test
    void unknownActorSuggestsTheIdThatContainsIt() {
        ContentTree t = ContentTree.minimal(tmp).replace("sources/beta-2019/facts.yaml",
                "actors: [minusma, wagner-group]", "actors: [minusma, wagner]");
        assertEquals(List.of("content/sources/beta-2019/facts.yaml:10:23: error: unknown actor 'wagner' (did you mean"
                + " 'wagner-group'?); add content/actors/wagner.yaml if it is new"), validate(t));
    }

    @Test
    void unknownActorWrittenAsANameSuggestsItsId() {
        ContentTree t = ContentTree.minimal(tmp).replace("sources/alpha-2013/facts.yaml",
                "  - actor: un-security-council", "  - actor: Security Council");
        assertEquals(List.of("content/sources/alpha-2013/facts.yaml:14:12: error: unknown actor 'Security Council' (did you"
                + " mean 'un-security-council'?); add content/actors/security-council.yaml if it is new"), validate(t));
    }

    @Test
    void unknownPlaceAndMeasureAndSubject() {
        ContentTree t = ContentTree.minimal(tmp)
                .replace("sources/beta-2019/facts.yaml", "places: [kidal]", "places: [kidall]")
                .replace("sources/alpha-2013/facts.yaml", "measure: troops", "measure: troop")
                .replace("sources/alpha-2013/facts.yaml", "    subject: minusma", "    subject: zzz");
        assertEquals(List.of(
                "content/sources/alpha-2013/facts.yaml:8:14: error: unknown measure 'troop' (did you mean 'troops'?);"
                        + " measures are listed in content/measures.yaml",
                "content/sources/alpha-2013/facts.yaml:9:14: error: unknown actor 'zzz'; add content/actors/zzz.yaml if it is new",
                "content/sources/beta-2019/facts.yaml:11:14: error: unknown place 'kidall' (did you mean 'kidal'?);"
                        + " add content/places/kidall.yaml if it is new"),
                validate(t));
    }

    @Test
    void unknownCountryWithinAndTopic() {
        ContentTree t = ContentTree.minimal(tmp)
                .replace("actors/minusma.yaml", "country: mali", "country: malli")
                .replace("places/kidal.yaml", "within: kidal-region", "within: kidal-regoin")
                .replace("portal.yaml", "topic: minusma", "topic: minusmaa");
        assertEquals(List.of(
                "content/actors/minusma.yaml:5:10: error: unknown place 'malli' (did you mean 'mali'?); add content/places/malli.yaml if it is new",
                "content/places/kidal.yaml:3:9: error: unknown place 'kidal-regoin' (did you mean 'kidal-region'?); add content/places/kidal-regoin.yaml if it is new",
                "content/portal.yaml:3:8: error: unknown actor 'minusmaa' (did you mean 'minusma'?); add content/actors/minusmaa.yaml if it is new"),
                validate(t));
    }

    @Test
    void statementAboutMayNameAnActorOrAPlace() {
        ContentTree t = ContentTree.minimal(tmp).replace("sources/alpha-2013/facts.yaml", "about: [minusma]", "about: [minusma, kidal, kidel]");
        assertEquals(List.of("content/sources/alpha-2013/facts.yaml:17:29: error: unknown actor or place 'kidel' (did you mean 'kidal'?)"),
                validate(t));
    }

    @Test
    void badIdsInFileNamesAndEvents() {
        ContentTree t = ContentTree.minimal(tmp)
                .rename("actors/wagner-group.yaml", "actors/Wagner-Group.yaml")
                .rename("places/kidal.yaml", "places/kidal town.yaml")
                .replace("sources/beta-2019/facts.yaml", "id: kidal-attack", "id: kidal..attack");
        assertEquals(List.of(
                "content/actors/Wagner-Group.yaml: error: bad actor id 'Wagner-Group': ids are lower-case kebab case (a-z, 0-9"
                        + " and single hyphens; no spaces, '/' or '..'); rename the file 'wagner-group.yaml'",
                "content/places/kidal town.yaml: error: bad place id 'kidal town': ids are lower-case kebab case (a-z, 0-9"
                        + " and single hyphens; no spaces, '/' or '..'); rename the file 'kidal-town.yaml'",
                "content/sources/beta-2019/facts.yaml:7:9: error: bad event id 'kidal..attack': ids are lower-case kebab case"
                        + " (a-z, 0-9 and single hyphens; no spaces, '/' or '..'); rename it 'kidal-attack'",
                // the references to the renamed files no longer resolve, each with the id it most likely means
                "content/sources/beta-2019/facts.yaml:10:23: error: unknown actor 'wagner-group' (did you mean 'Wagner-Group'?);"
                        + " add content/actors/wagner-group.yaml if it is new",
                "content/sources/beta-2019/facts.yaml:11:14: error: unknown place 'kidal' (did you mean 'kidal town'?);"
                        + " add content/places/kidal.yaml if it is new"),
                validate(t));
    }

    @Test
    void badSourceFolderNameAndBadTag() {
        ContentTree t = ContentTree.minimal(tmp).rename("sources/beta-2019", "sources/Beta 2019")
                .replace("sources/alpha-2013/facts.yaml", "    places: [mali]", "    places: [mali]\n    tags: [Peace Deal]");
        List<String> problems = validate(t);
        assertTrue(problems.contains("content/sources/Beta 2019/source.yaml: error: bad source id 'Beta 2019': ids are lower-case"
                + " kebab case (a-z, 0-9 and single hyphens; no spaces, '/' or '..'); rename the folder 'beta-2019'"), problems::toString);
        assertTrue(problems.contains("content/sources/alpha-2013/facts.yaml:2:5: error: tag 'Peace Deal' is not kebab case;"
                + " write 'peace-deal'"), problems::toString);
    }

    @Test
    void sameEventTwiceInOneSource() {
        ContentTree t = ContentTree.minimal(tmp).replace("sources/beta-2019/facts.yaml", "id: kidal-attack", "id: minusma-created");
        assertEquals(List.of("content/sources/beta-2019/facts.yaml:7:9: error: duplicate event id 'minusma-created' in this"
                + " source (first at line 2); a source reports an event once"), validate(t));
    }

    @Test
    void sameEventInTwoSourcesIsCorroborationNotAnError() {
        ContentTree t = ContentTree.minimal(tmp);
        assertEquals("minusma-created", t.load().corpus().sources().get("beta-2019").events().get(0).id().value());
        assertEquals(List.of(), validate(t));
    }

    @Test
    void impossibleAndMalformedDates() {
        ContentTree t = ContentTree.minimal(tmp)
                .replace("sources/beta-2019/facts.yaml", "date: 2019-01-20", "date: 2023-02-30")
                .replace("sources/beta-2019/facts.yaml", "as_of: 2013-04-25", "as_of: 2013-13")
                .replace("sources/alpha-2013/source.yaml", "published: 2013-05-02", "published: 2 May 2013")
                .replace("sources/alpha-2013/facts.yaml", "    date: 2013-04-25\n    quote", "    date: 2013-04-31\n    quote");
        assertEquals(List.of(
                "content/sources/alpha-2013/facts.yaml:15:11: error: bad date: '2013-04-31' does not exist: April 2013 has 30 days",
                "content/sources/alpha-2013/source.yaml:4:12: error: bad date: '2 May 2013' is not a date in the form YYYY-MM-DD;"
                        + " write 2013-05-02",
                "content/sources/beta-2019/facts.yaml:8:11: error: bad date: '2023-02-30' does not exist: February 2023 has 28 days",
                "content/sources/beta-2019/facts.yaml:17:12: error: bad date: '2013-13' has month 13; months run from 01 to 12"),
                validate(t));
    }

    @Test
    void unknownWikiLinkIsReportedAtItsLineAndColumn() {
        ContentTree t = ContentTree.minimal(tmp).write("sources/beta-2019/summary.md", """
                MINUSMA was attacked.

                In [[kidal]] and then [[kidall|the town]] again.
                """);
        assertEquals(List.of("content/sources/beta-2019/summary.md:3:23: error: unknown id 'kidall' in [[...]] link (did you"
                + " mean 'kidal'?); [[id]] and [[id|text]] link to an actor or place by its id"), validate(t));
    }

    @Test
    void wikiLinksInCodeAreLiteralText() {
        ContentTree t = ContentTree.minimal(tmp).write("sources/beta-2019/summary.md", """
                Write `[[nope]]` to link, or ``[[nope|text]]``.

                ```
                [[nope]] in a fence
                ```

                    [[nope]] indented code

                ~~~md
                [[nope]]
                ~~~
                Then [[nothere]].
                """);
        assertEquals(List.of("content/sources/beta-2019/summary.md:12:6: error: unknown id 'nothere' in [[...]] link;"
                + " [[id]] and [[id|text]] link to an actor or place by its id"), validate(t));
    }

    @Test
    void wikiLinksInEditorialPagesAreCheckedToo() {
        ContentTree t = ContentTree.minimal(tmp).write("pages/about.md", "# About\n\nSee [[wagner]].\n");
        assertEquals(List.of("content/pages/about.md:3:5: error: unknown id 'wagner' in [[...]] link (did you mean"
                + " 'wagner-group'?); [[id]] and [[id|text]] link to an actor or place by its id"), validate(t));
    }

    @Test
    void twoActorsMustNotShareAName() {
        ContentTree t = ContentTree.minimal(tmp).write("actors/minusma-hq.yaml", """
                name: MINUSMA headquarters
                kind: mission
                aliases: [Munusma]
                description: The mission's headquarters.
                """);
        assertEquals(List.of("content/actors/minusma-hq.yaml:1:1: error: the name or alias 'Munusma' of actor 'minusma-hq' is"
                + " also used by actor 'minusma'; a mention must lead to one page, so keep it on one of them"), validate(t));
    }

    @Test
    void aliasClashIgnoresDiacriticsAndCaseButNotOtherKinds() {
        ContentTree t = ContentTree.minimal(tmp)
                .write("places/kidal-town.yaml", "name: Kidal town\nkind: town\naliases: [KÏDAL]\nlat: 18\nlon: 1\n")
                .write("actors/mali-state.yaml", "name: Mali\nkind: state\ndescription: The state.\n");
        assertEquals(List.of("content/places/kidal-town.yaml:1:1: error: the name or alias 'KÏDAL' of place 'kidal-town' is"
                + " also used by place 'kidal'; a mention must lead to one page, so keep it on one of them"), validate(t),
                "an actor and a place may share a name (a state and its country)");
    }

    @Test
    void aPlaceWithinItselfIsALoop() {
        ContentTree t = ContentTree.minimal(tmp).replace("places/mali.yaml", "kind: country", "kind: country\nwithin: kidal");
        List<String> problems = validate(t);
        assertEquals(3, problems.size(), problems::toString);
        assertEquals("content/places/kidal-region.yaml:3:9: error: 'within: mali' makes a loop through kidal, kidal-region, mali;"
                + " a place lies within a larger one", problems.get(0));
        assertTrue(problems.get(2).startsWith("content/places/mali.yaml:3:9: error: 'within: kidal' makes a loop"), problems.get(2));
    }

    @Test
    void aPlaceDirectlyWithinItself() {
        ContentTree t = ContentTree.minimal(tmp).replace("places/mali.yaml", "kind: country", "kind: country\nwithin: mali");
        assertEquals(List.of("content/places/mali.yaml:3:9: error: 'within: mali' makes a loop through mali; a place lies"
                + " within a larger one"), validate(t), "places within the loop but not on it are not where to fix it");
    }

    @Test
    void problemsAreSortedByFileThenLine() {
        ContentTree t = ContentTree.minimal(tmp)
                .replace("sources/beta-2019/facts.yaml", "places: [kidal]", "places: [x1]")
                .replace("sources/beta-2019/facts.yaml", "    actors: [minusma]", "    actors: [x2]")
                .replace("sources/alpha-2013/facts.yaml", "    places: [mali]", "    places: [x3]");
        List<String> lines = validate(t).stream().map(s -> s.substring(0, s.indexOf(": error"))).toList();
        assertEquals(List.of("content/sources/alpha-2013/facts.yaml:6:14", "content/sources/beta-2019/facts.yaml:5:14",
                "content/sources/beta-2019/facts.yaml:11:14"), lines);
    }

    @Test
    void kindsAreTheDefaultsPlusThePortalsOwn() {
        ContentTree t = ContentTree.minimal(tmp).replace("actors/minusma.yaml", "kind: mission", "kind: missoin");
        assertEquals(List.of("content/actors/minusma.yaml:2:7: error: unknown actor kind 'missoin' (did you mean 'mission'?);"
                + " the kinds are person, state, government, un-body, mission, force, armed-group, militia, organisation."
                + " Add a new kind to actor_kinds in portal.yaml"), validate(t));

        // a portal adds a kind of its own and relabels a default one; the other defaults stay
        t.replace("actors/minusma.yaml", "kind: missoin", "kind: observer-team")
                .replace("portal.yaml", "language: en", "language: en\nactor_kinds: {observer-team: Observer team, armed-group: Rebels}");
        assertEquals(List.of(), validate(t));
        var kinds = t.corpus().portal().vocabulary().actorKinds();
        assertEquals("observer-team", kinds.get(kinds.size() - 1).id(), "the portal's new kinds come after the defaults");
        assertEquals(java.util.Optional.of("Rebels"), t.corpus().portal().vocabulary().actorKind("armed-group").orElseThrow().label());
    }

    @Test
    void aBadKindIdIsOneMessageNotOnePerActor() {
        ContentTree t = ContentTree.minimal(tmp).replace("actors/minusma.yaml", "kind: mission", "kind: observer-team")
                .replace("portal.yaml", "language: en", "language: en\nactor_kinds: {Observer Team: Observer team}");
        assertEquals(List.of("content/portal.yaml:5:15: error: bad id 'Observer Team': kinds and tags are lower-case kebab case;"
                + " write 'observer-team'"), validate(t));
    }

    @Test
    void mapSettingsAreCheckedAgainstTheWorld() {
        ContentTree t = ContentTree.minimal(tmp).replace("portal.yaml", "language: en",
                "language: en\nmap:\n  frame: {west: 10, south: 5, east: -10, north: 20}\n  focus: [PE, XQ, PERU]");
        assertEquals(List.of(
                "content/portal.yaml:6:10: error: the map frame's west (10.0) must be less than its east (-10.0); longitudes grow"
                        + " eastwards, west is negative",
                "content/portal.yaml:7:15: error: unknown country code 'XQ' (did you mean 'AQ'?); focus takes ISO 3166-1 codes such as PE or PER",
                "content/portal.yaml:7:19: error: unknown country code 'PERU' (did you mean 'PER'?); focus takes ISO 3166-1 codes"
                        + " such as PE or PER"), validate(t));
    }

    @Test
    void theTopicIsOptional() {
        ContentTree t = ContentTree.minimal(tmp).replace("portal.yaml", "topic: minusma\n", "");
        assertEquals(List.of(), validate(t));
        assertTrue(t.corpus().portal().topic().isEmpty());
    }

    @Test
    void aLanguageWithoutInterfaceTextIsNamedWithTheFix() throws Exception {
        ContentTree t = ContentTree.minimal(tmp.resolve("p")).replace("portal.yaml", "language: en", "language: de");
        assertEquals(List.of("content/portal.yaml:4:11: error: no interface text for language 'de'; the engine has en, fr, es, ar, ru, zh. To add one,"
                + " copy the engine's src/main/resources/i18n/en.properties to i18n/de.properties and translate its values"), t.messages());
        java.nio.file.Files.createDirectories(tmp.resolve("p/i18n"));
        java.nio.file.Files.writeString(tmp.resolve("p/i18n/de.properties"), "date.approximate=etwa {date}\n");
        assertEquals(List.of(), t.messages(), "a portal's own bundle adds the language");
    }

    @Test
    void idsSlugNames() {
        assertEquals("wagner-group", Ids.slug("Wagner Group"));
        assertEquals("keita", Ids.slug("Keïta"));
        assertEquals("cote-d-ivoire", Ids.slug("Côte d’Ivoire"));
        assertTrue(Ids.valid("g5-sahel"));
    }
}
