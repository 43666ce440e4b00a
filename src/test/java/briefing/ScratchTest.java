package briefing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;

class ScratchTest {
    @TempDir Path tmp;
    @Test
    void dump() {
        ContentTree t = ContentTree.minimal(tmp);
        t.replace("sources/beta-2019/facts.yaml", "value: 11200", "value: 0x10");
        t.replace("places/kidal.yaml", "lat: 18.44", "lat: 1_8");
        t.replace("places/mali.yaml", "lat: 17.0", "lat: .inf");
        t.replace("sources/alpha-2013/source.yaml", "url: https://alpha.example/report", "url: javascript:alert(1)");
        t.replace("portal.yaml", "base_path: /test/", "base_path: test");
        try { t.messages().forEach(System.out::println); } catch (Throwable e) { e.printStackTrace(System.out); }
        System.out.println(t.load().corpus().sources().get("beta-2019").figures());
    }
}
