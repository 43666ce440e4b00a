package briefing.link;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Dates as each of the six UN languages writes them in prose, read from CLDR's data and linked whole. */
class DateFinderLanguagesTest {
    private static final BiFunction<Integer, Integer, Optional<String>> EVERYWHERE =
            (y, m) -> Optional.of(m == 0 ? Integer.toString(y) : y + "-" + (m < 10 ? "0" : "") + m);

    private static List<String> found(String language, String text) {
        DateFinder finder = new DateFinder(List.of(language), EVERYWHERE);
        return finder.find(text).stream().map(h -> text.substring(h.start(), h.end()) + " -> " + h.href()).toList();
    }

    @Test
    void spanish() {
        assertEquals(List.of("del 2 al 5 de octubre de 2016 -> 2016-10"), found("es", "hubo reuniones del 2 al 5 de octubre de 2016"));
        assertEquals(List.of("2 de octubre de 2016 -> 2016-10"), found("es", "a partir del 2 de octubre de 2016"));
        assertEquals(List.of("2 de octubre de 2016 -> 2016-10"), found("es", "El plebiscito del 2 de octubre de 2016 rechazó el acuerdo."));
        assertEquals(List.of("octubre de 2016 -> 2016-10"), found("es", "En octubre de 2016 se renegoció."));
        
        assertEquals(List.of("1º de diciembre de 2016 -> 2016-12"), found("es", "el 1º de diciembre de 2016"));
        assertEquals(List.of("2 octubre 2016 -> 2016-10"), found("es", "el 2 octubre 2016"));
        assertEquals(List.of("24 de noviembre 2016 -> 2016-11", "2017 -> 2017"), found("es", "Firmado el 24 de noviembre 2016; en 2017 vino la dejación."));
        assertEquals(List.of(), found("es", "la resolución 2261 y la Resolución 2366"));
    }

    @Test
    void french() {
        assertEquals(List.of("1er juillet 2011 -> 2011-07"), found("fr", "le 1er juillet 2011"));
        assertEquals(List.of("du 2 au 5 juillet 2011 -> 2011-07"), found("fr", "du 2 au 5 juillet 2011"));
        assertEquals(List.of("12 sept. 2011 -> 2011-09"), found("fr", "le 12 sept. 2011"), "an abbreviated month, with a day");
    }

    @Test
    void russianGenitiveAndNominative() {
        assertEquals(List.of("30 июня 2023 года -> 2023-06"), found("ru", "Мандат истёк 30 июня 2023 года, и"));
        assertEquals(List.of("30 июня 2023 г. -> 2023-06"), found("ru", "до 30 июня 2023 г. миссия"));
        assertEquals(List.of("июнь 2023 -> 2023-06"), found("ru", "Июнь 2023 был трудным".toLowerCase()));
        assertEquals(List.of("июне 2023 года -> 2023-06"), found("ru", "в июне 2023 года"));
        assertEquals(List.of(), found("ru", "резолюция 2085"));
    }

    @Test
    void chinese() {
        assertEquals(List.of("2023年6月30日 -> 2023-06"), found("zh", "安理会于2023年6月30日通过了决议"));
        assertEquals(List.of("2023年6月 -> 2023-06"), found("zh", "2023年6月，特派团开始撤离"));
        assertEquals(List.of("2016年 -> 2016"), found("zh", "在2016年，"));
        assertEquals(List.of(), found("zh", "第2261(2016)号决议"));
    }

    @Test
    void arabicWithEachSetOfMonthNames() {
        assertEquals(List.of("30 يونيو 2023 -> 2023-06"), found("ar", "في 30 يونيو 2023 انتهت الولاية"));
        assertEquals(List.of("30 حزيران 2023 -> 2023-06"), found("ar", "في 30 حزيران 2023 انتهت الولاية"));
        assertEquals(List.of("30 حزيران/يونيو 2023 -> 2023-06"), found("ar", "في 30 حزيران/يونيو 2023 انتهت"));
        assertEquals(List.of("٣٠ يونيو ٢٠٢٣ -> 2023-06"), found("ar", "في ٣٠ يونيو ٢٠٢٣ انتهت"));
        assertEquals(List.of(), found("ar", "القرار 2085"));
    }
}
