package briefing.link;

import briefing.model.Markdown;
import briefing.model.Origin;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownLinkerTest {
    private static final Set<String> YEARS = Set.of("2013", "2019", "2023", "2085");
    private static final Set<String> MONTHS = Set.of("2013-4", "2023-6");

    private static final MarkdownLinker LINKER = new MarkdownLinker(
            new AliasMatcher(Map.of("MINUSMA", "actor:minusma", "MUNUSMA", "actor:minusma", "Mali", "place:mali",
                    "UN Security Council", "actor:unsc", "Security Council", "actor:unsc", "UN", "actor:un")),
            Map.of("actor:minusma", "actors/minusma.html", "place:mali", "places/mali.html", "actor:unsc", "actors/unsc.html",
                    "actor:un", "actors/un.html"),
            Map.of("actor:minusma", "MINUSMA", "place:mali", "Mali", "actor:unsc", "UN Security Council", "actor:un", "UN"),
            (year, month) -> {
                if (month != 0) return MONTHS.contains(year + "-" + month)
                        ? Optional.of("timeline/%d.html#month-%d-%02d".formatted(year, year, month)) : Optional.empty();
                return YEARS.contains(Integer.toString(year)) ? Optional.of("timeline/" + year + ".html") : Optional.empty();
            });

    private static RenderedMarkdown render(String md) {
        return LINKER.render(new Markdown(md, new Origin("content/sources/x/summary.md", 1, 1)), List.of("en"), "sources/x.html", "x", 1);
    }

    private static Document html(String md) {
        return Jsoup.parseBodyFragment(render(md).html());
    }

    /** Each link of {@code md} written in {@code language}, as "text -> href". */
    private static List<String> links(String language, String md) {
        return Jsoup.parseBodyFragment(LINKER.render(new Markdown(md, new Origin("content/sources/x/summary.md", 1, 1)), List.of(language),
                "sources/x.html", "x", 1).html()).select("a").stream().map(a -> a.text() + " -> " + a.attr("href")).toList();
    }

    /** Each link as "text -> href". */
    private static List<String> links(String md) {
        return html(md).select("a").stream().map(a -> a.text() + " -> " + a.attr("href")).toList();
    }

    @Test
    void mentionsInParagraphsAreLinkedRelativeToThePage() {
        assertEquals(List.of("MINUSMA -> ../actors/minusma.html", "Mali -> ../places/mali.html"),
                links("MINUSMA deployed across Mali."));
        Element a = html("MINUSMA deployed.").selectFirst("a");
        assertEquals("xref xref-actor", a.attr("class"));
        assertEquals("xref xref-place", html("In Mali.").selectFirst("a").attr("class"));
    }

    @Test
    void longestNameIsOneLink() {
        assertEquals(List.of("UN Security Council -> ../actors/unsc.html"), links("The UN Security Council voted."));
    }

    @Test
    void mentionsInListsAndEmphasisAreLinked() {
        assertEquals(List.of("MINUSMA -> ../actors/minusma.html", "Mali -> ../places/mali.html"),
                links("- *MINUSMA* stayed\n- **Mali** asked it to leave\n"));
    }

    @Test
    void headingsAreNeverLinked() {
        Document d = html("## MINUSMA in Mali\n\nMINUSMA stayed.\n");
        assertEquals(0, d.select("h3 a").size());
        assertEquals("MINUSMA in Mali", d.selectFirst("h3").text(), "a summary's ## sits under the page's h2");
        assertEquals(1, d.select("p a").size());
    }

    @Test
    void codeIsNeverLinked() {
        assertEquals(List.of(), links("Write `MINUSMA` or `25 April 2013` literally."));
        assertEquals(List.of(), links("```\nMINUSMA in Mali, 25 April 2013\n```\n"));
        assertEquals(List.of(), links("    MINUSMA in Mali indented\n"));
    }

    @Test
    void existingLinksAreLeftAlone() {
        assertEquals(List.of("MINUSMA in Mali -> https://example.org/m"), links("See [MINUSMA in Mali](https://example.org/m)."));
        assertEquals(List.of("https://minusma.example/Mali -> https://minusma.example/Mali"), links("<https://minusma.example/Mali>"));
    }

    @Test
    void explicitLinksByIdWithAndWithoutText() {
        // without text, the link shows the entity's name, not its id
        assertEquals(List.of("MINUSMA -> ../actors/minusma.html", "the country -> ../places/mali.html"),
                links("Both [[minusma]] and [[mali|the country]]."));
    }

    @Test
    void explicitLinkToAnUnknownIdIsPlainText() {
        Document d = html("Then [[nowhere|somewhere]] happened.");
        assertEquals(0, d.select("a").size());
        assertEquals("Then somewhere happened.", d.text());
    }

    @Test
    void explicitDatesLinkToTheTimeline() {
        assertEquals(List.of("25 April 2013 -> ../timeline/2013.html#month-2013-04"), links("It began on 25 April 2013."));
        assertEquals(List.of("April 2013 -> ../timeline/2013.html#month-2013-04"), links("It began in April 2013."));
        assertEquals(List.of("June 30, 2023 -> ../timeline/2023.html#month-2023-06"), links("It ended on June 30, 2023."));
        assertEquals(List.of("2019 -> ../timeline/2019.html"), links("Attacks grew in 2019."));
    }

    @Test
    void aSourceInFrenchHasItsDatesReadInFrench() {
        assertEquals(List.of("25 avril 2013 -> ../timeline/2013.html#month-2013-04"), links("fr", "Elle a commencé le 25 avril 2013."));
        assertEquals(links("en", "It began on 25 April 2013.").get(0).replace("25 April 2013", "25 avril 2013"),
                links("fr", "Elle a commencé le 25 avril 2013.").get(0), "the same link as the English date");
        assertEquals(List.of("1er avril 2013 -> ../timeline/2013.html#month-2013-04", "juin 2023 -> ../timeline/2023.html#month-2023-06"),
                links("fr", "Du 1er avril 2013 à juin 2023."));
        assertEquals(List.of(), links("fr", "La résolution 2085 et le n° 2019."), "French number words");
        assertEquals(List.of("2013 -> ../timeline/2013.html"), links("en", "Elle a commencé le 25 avril 2013."),
                "an English text does not read French month names");
    }

    @Test
    void aMonthTheTimelineLacksLinksToItsYear() {
        assertEquals(List.of("May 2019 -> ../timeline/2019.html"), links("In May 2019 it went on."));
    }

    @Test
    void datesTheTimelineLacksAreNotLinked() {
        assertEquals(List.of(), links("Back in 2015 and in March 2016 nothing happened."));
    }

    @Test
    void numbersAreNotYears() {
        assertEquals(List.of(), links("Resolution 2085 set it up; resolutions 2013 and No. 2019 too."));
        assertEquals(List.of(), links("It has 2013-14 budgets and 12,2019 things."));
        assertEquals(List.of(), links("About 2000 troops, 20130 people."), "2000 is not on the timeline; 20130 is no year");
    }

    @Test
    void textAroundAndInsideLinksIsEscapedOnce() {
        assertEquals("<p>Tom &amp; Jerry's \"<a href=\"../actors/minusma.html\" class=\"xref xref-actor\">MINUSMA</a>\" &gt; <a href=\"../actors/minusma.html\" class=\"xref xref-actor\">MINUSMA</a>"
                        + " &amp; <a href=\"../places/mali.html\" class=\"xref xref-place\">a &lt; b &amp; \"c\"</a>"
                        + " in <a href=\"../timeline/2019.html\" class=\"xref xref-date\">2019</a> &amp;c.</p>\n",
                render("Tom & Jerry's \"MINUSMA\" > MINUSMA & [[mali|a < b & \"c\"]] in 2019 &c.").html());
    }

    @Test
    void rawHtmlIsEscapedNotRun() {
        Document d = html("Hello <script>alert(1)</script> and <img src=x onerror=alert(2)> <b onclick=\"x()\">bold</b>");
        assertEquals(0, d.select("script, img, [onerror], [onclick]").size(), d.html());
        assertTrue(d.text().contains("<script>alert(1)</script>"), "shown as text: " + d.text());
        String block = render("<div onmouseover=\"x()\">\n<script>alert(3)</script>\n</div>\n").html();
        assertFalse(block.contains("<script"), block);
        assertFalse(block.contains("<div"), block);
    }

    @Test
    void javascriptLinksLoseTheirAddress() {
        Document d = html("[click](javascript:alert(1)) and [data](data:text/html;base64,PHNjcmlwdD4=) and ![x](javascript:alert(2))");
        for (Element a : d.select("a[href]")) assertFalse(a.attr("href").toLowerCase().matches("^\\s*(javascript|data|vbscript):.*"), a.outerHtml());
        for (Element img : d.select("img[src]")) assertFalse(img.attr("src").toLowerCase().startsWith("javascript"), img.outerHtml());
        assertTrue(d.text().contains("click"), "the link text stays");
    }

    @Test
    void eachAddressGetsTheSameVerdictEveryTime() {
        // the safelist remembers its verdicts: a second render (and a second occurrence) must be judged alike
        String md = "[here](../places/mali.html) [evil](javascript:alert(3)) [here again](../places/mali.html) "
                + "[evil again](javascript:alert(3)) ![pic](javascript:alert(3)) ![map](../img/map.png)";
        for (int round = 0; round < 2; round++) {
            Document d = html(md);
            assertEquals(List.of("../places/mali.html", "../places/mali.html"), d.select("a[href]").eachAttr("href"));
            assertEquals(List.of("../img/map.png"), d.select("img[src]").eachAttr("src"));
            assertFalse(d.html().contains("javascript"), d.html());
            assertTrue(d.text().contains("evil again"), "the text of a dropped link stays: " + d.text());
        }
    }

    @Test
    void tablesRender() {
        Document d = html("| Who | Where |\n|---|---|\n| MINUSMA | Mali |\n");
        assertEquals(1, d.select("table").size());
        assertEquals(2, d.select("td a").size());
    }

    @Test
    void mentionsCarryTheirSentence() {
        RenderedMarkdown r = render("## MINUSMA heading\n\nMINUSMA arrived in 2013. Then Mali asked it to leave.\n\n"
                + "The [[minusma|mission]] left.\n");
        List<String> got = r.mentions().stream()
                .map(m -> m.kind() + ":" + m.entityId() + " [" + m.sentence().substring(m.start(), m.end()) + "] in: " + m.sentence()).toList();
        assertEquals(List.of(
                "actor:minusma [MINUSMA] in: MINUSMA arrived in 2013.",
                "place:mali [Mali] in: Then Mali asked it to leave.",
                "actor:minusma [mission] in: The mission left."), got, "headings give no mentions");
        assertTrue(r.mentions().stream().allMatch(m -> m.sourceId().equals("x")));
    }

    @Test
    void anExplicitLinkWithoutTextIsQuotedWithTheEntitysNameNotItsId() {
        RenderedMarkdown r = render("On that occasion [[minusma]] answered. Troops left [[mali]] in 2023.\n");
        List<String> got = r.mentions().stream()
                .map(m -> m.kind() + ":" + m.entityId() + " [" + m.sentence().substring(m.start(), m.end()) + "] in: " + m.sentence()).toList();
        assertEquals(List.of(
                "actor:minusma [MINUSMA] in: On that occasion MINUSMA answered.",
                "place:mali [Mali] in: Troops left Mali in 2023."), got, "each once, by name, places too");
    }

    @Test
    void softLineBreaksBecomeSpaces() {
        assertEquals("MINUSMA stayed in Mali.", html("MINUSMA stayed\nin Mali.").text());
    }
}
