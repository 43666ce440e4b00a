package briefing.bake;

import freemarker.template.SimpleNumber;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateModelException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LinkMethodTest {
    @Test
    void aSiteRelativePathIsMadeRelativeToThePage() throws TemplateModelException {
        assertEquals("../../actors/a.html#it", new LinkMethod("../../").exec(List.of(new SimpleScalar("actors/a.html#it"))));
        assertEquals("/portal/fr/index.html", new LinkMethod("/portal/fr/").exec(List.of(new SimpleScalar("index.html"))));
        assertEquals("", new LinkMethod("").exec(List.of(new SimpleScalar(""))));
    }

    @Test
    void anythingButOnePathIsATemplateError() {
        LinkMethod link = new LinkMethod("../");
        assertThrows(TemplateModelException.class, () -> link.exec(List.of()));
        assertThrows(TemplateModelException.class, () -> link.exec(List.of(new SimpleNumber(3))));
        assertThrows(TemplateModelException.class, () -> link.exec(List.of(new SimpleScalar("a"), new SimpleScalar("b"))));
    }
}
