package briefing.load;

import briefing.files.ProjectFiles;
import briefing.model.Origin;
import briefing.model.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The files of {@code content/}: listed in order, read strictly as UTF-8, YAML parsed into {@link YamlNode} trees (on
 * all cores for a whole portal). Positions are reported relative to {@code root}, the folder holding content/.
 */
final class ContentFiles {
    /** The most a content file may hold (a summary of 600 words is about 4 KB): larger files are refused unread. */
    static final int MAX_BYTES = 1_000_000;

    private final Path root;
    /** Whether a file may be read at all: it must be inside the project (a link out of it is refused). */
    private final ProjectFiles project;

    private ContentFiles(Path root, ProjectFiles project) {
        this.root = root;
        this.project = project;
    }

    /** The files of the (absolute, normalised) folder {@code content}, named relative to its parent. */
    static ContentFiles of(Path content) {
        Path parent = content.getParent();
        return new ContentFiles(parent == null ? content : parent, ProjectFiles.holding(content));
    }

    /** A YAML file read and parsed, not yet checked against its schema, and the problems met so far, in order. */
    record Parsed(Optional<YamlNode> node, List<Problem> problems) {
    }

    /** Each file read and parsed, on all cores. */
    Map<Path, Parsed> parseAll(List<Path> files) {
        return files.parallelStream().collect(Collectors.toMap(f -> f, this::parse));
    }

    Parsed parse(Path file) {
        List<Problem> problems = new ArrayList<>();
        Optional<YamlNode> node = read(file, problems).flatMap(text -> YamlReader.read(name(file), text, problems));
        return new Parsed(node, List.copyOf(problems));
    }

    /**
     * The file's text, decoded strictly as UTF-8 (a stray Latin-1 byte is an error, not a silent replacement); nothing
     * when it may not be read (a link out of the project, over {@link #MAX_BYTES}), the reason added to {@code problems}.
     */
    Optional<String> read(Path file, List<Problem> problems) {
        Optional<String> refused = project.refusal(file);
        if (refused.isPresent()) {
            problems.add(new Problem(Origin.of(name(file)), refused.get()));
            return Optional.empty();
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            bytes = size > MAX_BYTES ? new byte[MAX_BYTES + 1] : in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                problems.add(new Problem(Origin.of(name(file)), String.format(Locale.ROOT, "the file is %.1f MB; a content file holds"
                        + " at most 1 MB (a 600-word summary is about 4 KB): shorten it or split it", Math.max(size, bytes.length) / 1e6)));
                return Optional.empty();
            }
        } catch (IOException e) {
            problems.add(new Problem(Origin.of(name(file)), "cannot read: " + e.getMessage()));
            return Optional.empty();
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            problems.add(new Problem(firstBadByte(file, bytes), "not valid UTF-8; save the file with UTF-8 encoding"
                    + " (in most editors: File > Save with Encoding > UTF-8)"));
            return Optional.empty();
        }
    }

    private Origin firstBadByte(Path file, byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < bytes.length; ) {
            int b = bytes[i] & 0xFF;
            int len = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0;
            if (len == 0 || i + len > bytes.length) return new Origin(name(file), line, charsBetween(bytes, lineStart, i) + 1);
            try {
                decoder.reset().decode(ByteBuffer.wrap(bytes, i, len));
            } catch (CharacterCodingException e) {
                return new Origin(name(file), line, charsBetween(bytes, lineStart, i) + 1);
            }
            if (b == '\n') {
                line++;
                lineStart = i + 1;
            }
            i += len;
        }
        return Origin.of(name(file));
    }

    private static int charsBetween(byte[] bytes, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) if ((bytes[i] & 0xC0) != 0x80) n++;
        return n;
    }

    /** Whether {@code path} (a source's folder) may not be read: a link out of the project; the reason is added to {@code problems}. */
    boolean refused(Path path, List<Problem> problems) {
        Optional<String> refused = project.refusal(path);
        refused.ifPresent(why -> problems.add(new Problem(Origin.of(name(path)), why)));
        return refused.isPresent();
    }

    /** The entries of {@code dir} that {@code keep} keeps, in order, never an editor's or the system's file ({@link EditorFiles}). */
    static List<Path> children(Path dir, Predicate<Path> keep) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !EditorFiles.ignored(p)).filter(keep).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String name(Path p) {
        return root.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
