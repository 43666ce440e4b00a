package briefing.emit;

import briefing.ContentTree;
import briefing.Fixtures;
import briefing.i18n.Messages;
import briefing.link.LinkedCorpus;
import briefing.model.EdtfDate;
import briefing.model.Measure;
import briefing.model.Origin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ViewsTest {
    private static final Messages EN = Messages.english();
    private static final Messages FR = Messages.load("fr", Optional.empty());

    @TempDir
    Path tmp;

    private static Measure measure(String unit, String unitOne) {
        return new Measure("m", "M", unit, Optional.ofNullable(unitOne), Optional.empty(), Origin.of("measures.yaml"));
    }

    @Test
    void englishUnitsAgreeWithTheirNumber() {
        assertEquals("person", Views.singular("people", BigDecimal.ONE));
        assertEquals("soldier", Views.singular("soldiers", new BigDecimal("1")));
        assertEquals("country", Views.singular("countries", BigDecimal.ONE));
        assertEquals("people", Views.singular("people", new BigDecimal("118")));
        assertEquals("people", Views.singular("people", BigDecimal.ZERO));
        Views en = new Views(ContentTree.minimal(tmp).linked(), EN);
        assertEquals("soldier", en.unit(measure("soldiers", null), BigDecimal.ONE), "English guesses its singular");
        assertEquals("head", en.unit(measure("heads of staff", "head"), BigDecimal.ONE), "unit_one wins over the guess");
        assertEquals("soldiers", en.unit(measure("soldiers", "soldier"), BigDecimal.ZERO), "0 is plural in English");
    }

    @Test
    void otherLanguagesUseUnitOneAndNeverGuess() {
        Views fr = new Views(ContentTree.minimal(tmp).linked(), FR);
        assertEquals("personne", fr.unit(measure("personnes", "personne"), BigDecimal.ONE));
        assertEquals("personne", fr.unit(measure("personnes", "personne"), BigDecimal.ZERO), "0 is singular in French");
        assertEquals("personnes", fr.unit(measure("personnes", "personne"), new BigDecimal("2")));
        assertEquals("casques bleus", fr.unit(measure("casques bleus", null), BigDecimal.ONE), "no English guess in French");
    }

    @Test
    void numbersQualifiersAndDatesFollowTheLanguage() {
        LinkedCorpus linked = ContentTree.minimal(tmp).linked();
        Views en = new Views(linked, EN), fr = new Views(linked, FR);
        assertEquals("at least", en.qualifier("at-least"));
        assertEquals("au moins", fr.qualifier("at-least"));
        assertEquals("", en.qualifier("exactly"));
        assertEquals("30 June 2023", en.date(EdtfDate.parse("2023-06-30")).get("text"));
        assertEquals("1er juillet 2011", fr.date(EdtfDate.parse("2011-07-01")).get("text"));
        Map<String, Object> open = fr.date(EdtfDate.parse("2023-10-31/.."));
        assertEquals("31 octobre 2023 ou après", open.get("text"));
        assertEquals("31 octobre 2023", ((Map<?, ?>) open.get("start")).get("text"));
    }

    @Test
    void kindsAreTheLanguageDefaultsOrThePortalsOwn() throws Exception {
        Views en = new Views(ContentTree.minimal(tmp.resolve("a")).linked(), EN);
        Views fr = new Views(ContentTree.minimal(tmp.resolve("b")).linked(), FR);
        assertEquals("UN body", en.actorKind("un-body"));
        assertEquals("Armed group", en.actorKind("armed-group"));
        assertEquals("Groupe armé", fr.actorKind("armed-group"));
        assertEquals("Localité", fr.placeKind("town"));
        assertEquals("News", en.sourceKind("news"));
        assertEquals("Presse", fr.sourceKind("news"));
        assertEquals("Peace committee", en.actorKind("peace-committee"), "an id no bundle knows is made readable");

        ContentTree own = Fixtures.copy(Fixtures.MINIMAL, tmp.resolve("c"));
        own.write("portal.yaml", own.read("portal.yaml") + "actor_kinds: {mission: Observer team}\n");
        Views custom = new Views(own.linked(), EN);
        assertEquals("Observer team", custom.actorKind("mission"), "portal.yaml's label wins");
        assertEquals("Observer team", custom.actor("unotv").get("kindLabel"));
    }

    @Test
    void aViewIsMadeOnceSharedAndCopiedToBeChanged() {
        LinkedCorpus linked = ContentTree.minimal(tmp).linked();
        Views en = new Views(linked, EN);
        briefing.link.LinkedEvent e = linked.timeline().get(0);
        Map<String, Object> event = en.event(e);
        assertSame(event, en.event(e.id()), "one view per event, whichever way it is asked for");
        assertSame(en.date(e.date()), en.date(EdtfDate.parse(e.date().edtf())), "equal dates share one view");
        assertThrows(UnsupportedOperationException.class, () -> event.put("title", "changed"), "a shared view cannot be changed");
        Map<String, Object> more = Views.with(event, "count", 3);
        assertEquals(3, more.get("count"));
        assertEquals(event.get("title"), more.get("title"));
        assertFalse(event.containsKey("count"), "the shared view is left as it was");
        assertEquals(new Views(linked, EN).event(e), event, "a view made again is equal to the shared one");
    }

    @Test
    void idsAreMadeReadable() {
        assertEquals("UN body", Views.humanise("un-body"));
        assertEquals("Methodology", Views.humanise("methodology"));
    }
}
