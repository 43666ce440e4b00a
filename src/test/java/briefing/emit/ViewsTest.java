package briefing.emit;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ViewsTest {
    @Test
    void unitsAgreeWithTheirNumber() {
        assertEquals("person", Views.unit("people", BigDecimal.ONE));
        assertEquals("soldier", Views.unit("soldiers", new BigDecimal("1")));
        assertEquals("country", Views.unit("countries", BigDecimal.ONE));
        assertEquals("people", Views.unit("people", new BigDecimal("118")));
        assertEquals("people", Views.unit("people", BigDecimal.ZERO));
    }

    @Test
    void numbersAndQualifiersReadAsWritten() {
        assertEquals("12,261", Views.number(new BigDecimal("12261")));
        assertEquals("0.5", Views.number(new BigDecimal("0.50")));
        assertEquals("at least", Views.qualifier("at-least"));
        assertEquals("", Views.qualifier("exactly"));
        assertEquals("UN body", Views.label("un-body"));
        assertEquals("Armed group", Views.label("armed-group"));
    }
}
