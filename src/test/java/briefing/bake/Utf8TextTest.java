package briefing.bake;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** A page's text encoded as it is written gives the bytes the whole text would give, however the writes cut it. */
class Utf8TextTest {
    private static byte[] written(List<String> pieces) {
        Utf8Text out = new Utf8Text();
        out.write("left over from the page before");
        out.reset();
        for (String p : pieces) {
            if (p.length() == 1) out.write(p.charAt(0));
            else if (p.length() % 2 == 0) out.write(p.toCharArray(), 0, p.length());
            else out.write(p, 0, p.length());
        }
        return out.toByteArray();
    }

    @Test
    void everyScriptAndSymbolAsStringGetBytesGivesIt() {
        String text = "<p dir=\"rtl\">بعثة الأمم المتحدة</p> 联合国 Миссия café – “quoted” … € 😀 𝔘 \u0000\u007f\u0080\u07ff\u0800\uffff";
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), written(List.of(text)));
    }

    @Test
    void aSurrogatePairCutBetweenTwoWritesIsOneCharacter() {
        String emoji = "😀";
        assertArrayEquals(("a" + emoji + "b").getBytes(StandardCharsets.UTF_8),
                written(List.of("a" + emoji.charAt(0), emoji.charAt(1) + "b")));
        assertArrayEquals(emoji.getBytes(StandardCharsets.UTF_8), written(List.of(String.valueOf(emoji.charAt(0)), String.valueOf(emoji.charAt(1)))));
    }

    @Test
    void unpairedSurrogatesBecomeQuestionMarksAsInJava() {
        for (String odd : List.of("a\ud83d", "\ude00b", "\ud83d\ud83d\ude00", "x\ud83dy", "\ude00\ud83d")) {
            assertArrayEquals(odd.getBytes(StandardCharsets.UTF_8), written(List.of(odd)), odd);
            assertArrayEquals(odd.getBytes(StandardCharsets.UTF_8), written(odd.chars().mapToObj(c -> String.valueOf((char) c)).toList()), odd);
        }
    }

    @Test
    void randomTextInRandomPiecesLongerThanTheBuffers() {
        Random random = new Random(7);
        char[] alphabet = "aZ<>&\"é–€بع联😀\ud83d\ude00".toCharArray();
        for (int round = 0; round < 50; round++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(200_000);
            for (int i = 0; i < n; i++) b.append(alphabet[random.nextInt(alphabet.length)]);
            String text = b.toString();
            List<String> pieces = new java.util.ArrayList<>();
            for (int at = 0; at < text.length(); ) {
                int k = Math.min(text.length() - at, 1 + random.nextInt(random.nextBoolean() ? 5 : 10_000));
                pieces.add(text.substring(at, at + k));
                at += k;
            }
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), written(pieces), "round " + round);
        }
    }
}
