package briefing.emit.svg;

import briefing.BuiltSite;
import briefing.ContentTree;
import briefing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Places on both sides of the 180th meridian (the fictional minimal portal's Port Vila at 168.32 E, and a place added
 * here at 168.25 W) frame a map across the date line: it is drawn, not a JTS topology error and a failed build.
 */
class DatelineMapTest {
    @TempDir
    Path tmp;

    @Test
    void aMapAcrossTheDateLineIsDrawn() throws Exception {
        ContentTree tree = Fixtures.copy(Fixtures.MINIMAL, tmp.resolve("p"))
                .write("places/far-east-atoll.yaml", """
                        # fictional: an atoll east of the date line, for the map's framing
                        name: Far East Atoll
                        kind: village
                        lat: -14.3
                        lon: -168.25
                        """);
        Path site = BuiltSite.build(tree.project(), tmp.resolve("site"));
        assertFalse(BuiltSite.page(site, "index.html").select("svg.chart-map").isEmpty(), "the home page has its map");
        assertEquals(1, BuiltSite.page(site, "places/far-east-atoll.html").select("h1").size());
    }
}
