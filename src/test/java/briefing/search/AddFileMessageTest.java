package briefing.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The page message made from bytes reads, as JSON, exactly as the one a JSON generator makes of the same page. */
class AddFileMessageTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode expected(int messageId, int indexId, String url, String html) {
        ObjectNode message = JSON.createObjectNode().put("message_id", messageId);
        message.putObject("payload").put("type", "AddFile").put("index_id", indexId).put("file_path", url).put("file_contents", html);
        return message;
    }

    private static void same(String url, String html) throws Exception {
        byte[] made = AddFileMessage.json(7, 3, url, html.getBytes(StandardCharsets.UTF_8));
        assertEquals(expected(7, 3, url, html), JSON.readTree(made), html);
    }

    @Test
    void quotesBackslashesAndEveryControlCharacterAreEscaped() throws Exception {
        StringBuilder controls = new StringBuilder();
        for (char c = 0; c < 0x20; c++) controls.append('[').append(c).append(']');
        same("sources/a.html", "<p class=\"x\">C:\\path \\\" \"quoted\"</p>\n\r\t" + controls + "\u007f");
    }

    @Test
    void everyScriptGoesThroughAsItIs() throws Exception {
        same("fr/sources/é.html", "<html lang=\"ar\"><p>بعثة الأمم المتحدة</p><p>联合国稳定团</p><p>Гао</p><p>Zoë 🇲🇱</p></html>");
    }

    @Test
    void anEmptyPageAndAPageOfOnlyEscapesAreWhole() throws Exception {
        same("index.html", "");
        same("a\"b\\c.html", "\"\"\\\\\n\n");
    }
}
