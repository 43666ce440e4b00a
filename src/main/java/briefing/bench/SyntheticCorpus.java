package briefing.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a synthetic content tree in the content model, for benchmarks, in one of two {@link Shape}s. Dense: {@code n}
 * sources, three actors (each with a name and two aliases) and one place per source, five measures; each source has a
 * 300-word summary full of mentions and dates, five events (one in ten shared with another source, some tagged with
 * the default timeline marks), three figures and a statement. Sparse: the same sources with 450-word summaries and
 * two events each, about few actors and places (one of each per ten sources), so that most pages are source pages.
 * Desk: a desk's portal after some years (the shape of the 10,000-source corpus in the scaling issue: 2,500 actors,
 * 1,250 places, about 55,000 events), 350-word summaries, five or six events, a figure and a statement per source.
 * Its words are made up and about no topic in particular. Seeded, so every run writes the same corpus.
 */
public final class SyntheticCorpus {
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ra", "tu", "zen", "bar", "dol", "fi", "gu"};
    private static final String[] FILLER = ("the group said that members in the area met after talks while writers "
            + "reported new plans for roads and schools near towns where people moved as the board met to review "
            + "its programme and budget").split(" ");
    private static final String[] MEASURES = {"members", "visitors", "schools-opened", "roads-built", "offices"};
    /** Tags of the synthetic events: the default timeline marks and a few plain ones. */
    private static final String[] TAGS = {"agreement", "election", "meeting", "report", "visit", "meeting", "report", "visit"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};

    private SyntheticCorpus() {
    }

    /** How many actors and places per source, how long a summary, how many events, figures and statements. */
    public enum Shape {
        DENSE(3, 1, 300, 5, 3, 1), SPARSE(0.1, 0.1, 450, 2, 1, 0),
        /** A desk's corpus after some years: one actor per four sources, a place per eight, five or six events each. */
        DESK(0.25, 0.125, 350, 5.5, 1, 1);

        final double actorsPerSource;
        final double placesPerSource;
        final int words;
        final double events;
        final int figures;
        final int statements;

        Shape(double actorsPerSource, double placesPerSource, int words, double events, int figures, int statements) {
            this.actorsPerSource = actorsPerSource;
            this.placesPerSource = placesPerSource;
            this.words = words;
            this.events = events;
            this.figures = figures;
            this.statements = statements;
        }
    }

    /** A pronounceable, unique word for each number: 0 = "Ka", 12 = "Lomi" ... */
    static String word(int i) {
        StringBuilder b = new StringBuilder();
        String digits = Integer.toString(i);
        for (char c : digits.toCharArray()) b.append(SYLLABLES[c - '0']);
        b.append(SYLLABLES[digits.length() % SYLLABLES.length]);
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }

    public static void write(Path content, int n, long seed) throws IOException {
        write(content, n, seed, Shape.DENSE);
    }

    public static void write(Path content, int n, long seed, Shape shape) throws IOException {
        Random r = new Random(seed);
        int actors = Math.max(1, (int) Math.round(shape.actorsPerSource * n));
        int places = Math.max(1, (int) Math.round(shape.placesPerSource * n));
        put(content.resolve("portal.yaml"), """
                title: Synthetic Briefing
                tagline: A generated corpus for benchmarks, about nothing in particular
                topic: actor-0
                language: en
                base_path: /bench/
                """);
        StringBuilder m = new StringBuilder();
        for (String id : MEASURES) m.append(id).append(": {label: ").append(id.replace('-', ' ')).append(", unit: people}\n");
        put(content.resolve("measures.yaml"), m.toString());
        for (int i = 0; i < actors; i++) {
            put(content.resolve("actors/actor-" + i + ".yaml"), "name: " + word(i) + " Society\nkind: organisation\n"
                    + "aliases: [" + word(i) + " Club, " + word(i).toUpperCase() + "S]\ndescription: Synthetic actor " + i + ".\n");
        }
        for (int i = 0; i < places; i++) {
            put(content.resolve("places/place-" + i + ".yaml"), "name: " + word(i) + "ville\nkind: town\nlat: "
                    + (40 + r.nextInt(12)) + "." + r.nextInt(100) + "\nlon: " + (-4 + r.nextInt(24)) + "." + r.nextInt(100)
                    + "\naliases: [" + word(i) + "burg]\n");
        }
        for (int s = 0; s < n; s++) {
            Path dir = content.resolve("sources/source-" + s);
            put(dir.resolve("source.yaml"), "title: Synthetic source " + s + "\npublisher: Bench Press\npublished: "
                    + (2013 + r.nextInt(11)) + "-0" + (1 + r.nextInt(9)) + "\nkind: news\nlanguage: en\n");
            put(dir.resolve("summary.md"), summary(r, actors, places, shape.words));
            put(dir.resolve("facts.yaml"), facts(r, s, actors, places, shape));
        }
    }

    private static String summary(Random r, int actors, int places, int words) {
        StringBuilder b = new StringBuilder("## Synthetic summary\n\n");
        for (int w = 0; w < words; w++) {
            int roll = r.nextInt(20);
            if (roll == 0) b.append(word(r.nextInt(actors))).append(r.nextBoolean() ? " Society" : " Club");
            else if (roll == 1) b.append(word(r.nextInt(places))).append("ville");
            else if (roll == 2) b.append(1 + r.nextInt(28)).append(' ').append(MONTHS[r.nextInt(12)]).append(' ').append(2013 + r.nextInt(11));
            else b.append(FILLER[r.nextInt(FILLER.length)]);
            b.append(w % 25 == 24 ? ".\n\n" : " ");
        }
        return b.append(".\n").toString();
    }

    private static String facts(Random r, int s, int actors, int places, Shape shape) {
        StringBuilder b = new StringBuilder("events:\n");
        int events = (int) Math.floor((s + 1) * shape.events) - (int) Math.floor(s * shape.events);
        for (int e = 0; e < events; e++) {
            String id = e == 0 && s % 10 == 0 ? "shared-" + (s / 10) % 50 : "event-" + s + "-" + e;
            b.append("  - id: ").append(id).append("\n    date: ").append(date(r)).append("\n    title: Synthetic event ")
                    .append(id).append("\n    actors: [actor-").append(r.nextInt(actors)).append(", actor-").append(r.nextInt(actors))
                    .append("]\n    places: [place-").append(r.nextInt(places)).append("]\n    tags: [").append(TAGS[r.nextInt(TAGS.length)])
                    .append("]\n");
        }
        b.append("figures:\n");
        for (int f = 0; f < shape.figures; f++) {
            b.append("  - measure: ").append(MEASURES[r.nextInt(MEASURES.length)]).append("\n    subject: actor-")
                    .append(r.nextInt(Math.min(actors, 20))).append("\n    value: ").append(100 + r.nextInt(5000))
                    .append("\n    qualifier: about\n    as_of: ").append(2013 + r.nextInt(11)).append("-0").append(1 + r.nextInt(9)).append('\n');
        }
        if (shape.statements > 0) b.append("statements:\n");
        for (int st = 0; st < shape.statements; st++) {
            b.append("  - actor: actor-").append(r.nextInt(actors)).append("\n    date: ").append(date(r))
                    .append("\n    quote: \"we will review the plans\"\n");
        }
        return b.toString();
    }

    private static String date(Random r) {
        int y = 2013 + r.nextInt(11);
        return switch (r.nextInt(3)) {
            case 0 -> Integer.toString(y);
            case 1 -> y + "-%02d".formatted(1 + r.nextInt(12));
            default -> y + "-%02d-%02d".formatted(1 + r.nextInt(12), 1 + r.nextInt(28));
        };
    }

    private static void put(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
