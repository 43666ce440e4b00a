package briefing.security;

import briefing.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** One run of the command line with its output captured, and a snapshot of a folder's files to compare before and after. */
record CommandRun(int exit, String out, String err) {
    static synchronized CommandRun of(String... args) {
        PrintStream stdout = System.out, stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int exit = Main.run(args);
            return new CommandRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    /** Builds the portal in {@code project} without the search index, with more arguments if given. */
    static CommandRun build(Path project, String... more) {
        String[] args = Stream.concat(Stream.of("build", "--project", project.toString(), "--no-search"), Stream.of(more)).toArray(String[]::new);
        return of(args);
    }

    /** Both streams, for messages. */
    String printed() {
        return out + err;
    }

    /** The exit code and the printed lines are as expected, and nothing of Java's shows (no exception, no stack trace). */
    CommandRun assertRefused(int code, String... lines) {
        assertEquals(code, exit, printed());
        for (String line : lines) {
            assertEquals(true, printed().lines().anyMatch(l -> l.equals(line)), "expected the line\n" + line + "\nin\n" + printed());
        }
        assertNoJava();
        return this;
    }

    /** The exit code (the name the preview and template tests use). */
    int code() {
        return exit;
    }

    /** True when a Java stack trace (or an exception's class name) was printed. */
    boolean showsJava() {
        return printed().contains("\tat ") || printed().matches("(?s).*\\b[a-z]+(\\.[a-z]+)+\\.[A-Z]\\w*(Exception|Error)\\b.*");
    }

    void assertNoJava() {
        assertFalse(printed().contains("Exception"), printed());
        assertFalse(printed().contains("\tat "), printed());
        assertFalse(printed().contains("at briefing."), printed());
    }

    /** Every file under {@code dir} (hidden ones too) with its bytes, to compare a folder before and after. */
    static Map<String, String> snapshot(Path dir) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(dir)) return out;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), Base64.getEncoder().encodeToString(Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The names in {@code dir}, sorted. */
    static java.util.List<String> names(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
