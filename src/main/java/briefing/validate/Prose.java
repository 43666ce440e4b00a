package briefing.validate;

import briefing.model.EdtfDate;
import briefing.model.Event;
import briefing.model.Markdown;
import briefing.model.Origin;
import briefing.model.Problem;
import briefing.model.Source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warnings about what editors write, which the build survives but a reader would notice: raw HTML in Markdown (shown
 * as text, never as markup), a summary outside the 250-600-word budget, an event dated after its own source that is
 * not marked as planned.
 */
final class Prose {
    /** The editor guide's budget for a summary, in words. */
    static final int MIN_WORDS = 250, MAX_WORDS = 600;

    /** An HTML tag or comment; not a Markdown autolink such as {@code <https://example.org>}. */
    private static final Pattern HTML = Pattern.compile("<!--|</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>");
    /** What a reader does not read as words: link targets, the id of [[id|text]], autolinks. */
    private static final Pattern NOT_WORDS = Pattern.compile("]\\([^()]*\\)|\\[\\[[^\\[\\]|]*\\||<[a-z]+:[^<>]*>"); // each class excludes its opener: linear

    private Prose() {
    }

    /** @param prose the summary's {@link Validator#proseLines} */
    static List<Problem> check(Source s, List<String> prose) {
        List<Problem> out = new ArrayList<>(html(s.summary(), prose));
        budget(s.summary()).ifPresent(out::add);
        for (Event e : s.events()) planned(s, e).ifPresent(out::add);
        return out;
    }

    /** Each line of Markdown (outside code) holding an HTML tag: escaped on the page, so the reader sees the tag. */
    static List<Problem> html(Markdown md, List<String> lines) {
        List<Problem> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).indexOf('<') < 0) continue;
            Matcher m = HTML.matcher(lines.get(i));
            if (m.find()) {
                out.add(Problem.warning(new Origin(md.origin().file(), i + 1, m.start() + 1), "HTML '" + m.group()
                        + "': Markdown only; HTML is shown as text (write **bold**, *italic*, [text](https://…) or a list instead)"));
            }
        }
        return out;
    }

    private static java.util.Optional<Problem> budget(Markdown md) {
        if (md.text().isBlank()) return java.util.Optional.empty(); // "the summary is empty" is an error of its own
        int n = 0;
        for (String line : md.text().split("\n")) {
            if (line.stripLeading().startsWith("#")) continue; // headings are not the summary's words
            boolean mayHide = line.indexOf('[') >= 0 || line.indexOf(']') >= 0 || line.indexOf('<') >= 0;
            n += words(mayHide ? NOT_WORDS.matcher(line).replaceAll(" ") : line);
        }
        if (n >= MIN_WORDS && n <= MAX_WORDS) return java.util.Optional.empty();
        return java.util.Optional.of(Problem.warning(Origin.of(md.origin().file()), "the summary has " + n + " words; the budget is "
                + MIN_WORDS + "-" + MAX_WORDS + " (" + (n < MIN_WORDS ? "say more of what the source holds" : "keep to what matters most") + ")"));
    }

    /**
     * The words of a line: each run that starts with a letter or digit and goes on over letters, digits and the
     * apostrophes, points, commas and hyphens inside words ("l’ONU", "3.5", "cease-fire"); as the regular expression
     * {@code [\p{L}\p{N}][\p{L}\p{N}'’.,-]*} would find them, in one pass without
     * a regular expression (a build at 2,000 sources counts a million words).
     */
    static int words(CharSequence line) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); ) {
            int c = Character.codePointAt(line, i);
            i += Character.charCount(c);
            if (inWord && (letterOrDigit(c) || c == '\'' || c == '’' || c == '.' || c == ',' || c == '-')) continue;
            inWord = letterOrDigit(c);
            if (inWord) n++;
        }
        return n;
    }

    /** {@code \p{L}} or {@code \p{N}}: a letter, or a number of any kind (digits, Roman numerals, fractions). */
    private static boolean letterOrDigit(int c) {
        return Character.isLetter(c) || switch (Character.getType(c)) {
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** An event that begins after its source appeared can only be announced or scheduled by it. */
    private static java.util.Optional<Problem> planned(Source s, Event e) {
        if (e.planned() || !EdtfDate.isValid(e.date().value()) || !EdtfDate.isValid(s.published().value())) return java.util.Optional.empty();
        EdtfDate date = EdtfDate.parse(e.date().value());
        EdtfDate published = EdtfDate.parse(s.published().value());
        if (!date.earliest().isAfter(published.latest())) return java.util.Optional.empty();
        return java.util.Optional.of(Problem.warning(e.date().origin(), "event '" + e.id().value() + "' is dated " + e.date().value()
                + ", after its source was published (" + s.published().value() + "); if the source announces or schedules it,"
                + " add 'status: planned' (it is then labelled and left out of the latest events)"));
    }
}
