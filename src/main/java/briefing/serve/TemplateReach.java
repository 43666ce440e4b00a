package briefing.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which page kinds a template change reaches. A page of type {@code t} is rendered by {@code t.ftl}, which imports or
 * includes others ({@code layout.ftl}, {@code macros.ftl} ...): a change to a template reaches every type whose
 * template uses it, directly or through another. Read from the templates as they are now, layered like the build's
 * (a portal's own file replaces the engine's of the same name).
 */
final class TemplateReach {
    private static final Pattern USES = Pattern.compile("<#(?:import|include)\\s+\"([^\"]+)\"");

    /** Each template's name and the templates it names. */
    private final Map<String, Set<String>> uses;

    private TemplateReach(Map<String, Set<String>> uses) {
        this.uses = uses;
    }

    static TemplateReach of(List<Path> layers) {
        Map<String, Path> effective = new TreeMap<>();
        for (Path layer : layers) {
            if (!Files.isDirectory(layer)) continue;
            try (Stream<Path> s = Files.walk(layer)) {
                s.filter(p -> p.toString().endsWith(".ftl") && Files.isRegularFile(p))
                        .forEach(p -> effective.put(layer.relativize(p).toString().replace('\\', '/'), p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Map<String, Set<String>> uses = new TreeMap<>();
        effective.forEach((name, file) -> {
            Set<String> names = new TreeSet<>();
            try {
                Matcher m = USES.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) names.add(resolve(name, m.group(1)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            uses.put(name, names);
        });
        return new TemplateReach(uses);
    }

    /** A name as FreeMarker resolves it from the template that names it: relative to its folder, or from the root with "/". */
    private static String resolve(String from, String named) {
        if (named.startsWith("/")) return named.substring(1);
        int slash = from.lastIndexOf('/');
        return slash < 0 ? named : from.substring(0, slash + 1) + named;
    }

    /** The types among {@code types} whose template uses one of {@code changed} ({@link Changes#ALL}: every type). */
    Set<String> typesReached(Collection<String> changed, Collection<String> types) {
        Set<String> out = new TreeSet<>();
        for (String type : types) {
            if (changed.contains(Changes.ALL) || !disjoint(closure(type + ".ftl"), changed)) out.add(type);
        }
        return out;
    }

    /** A template and every template it uses, directly or not. */
    Set<String> closure(String template) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(template));
        while (!todo.isEmpty()) {
            String t = todo.pop();
            if (seen.add(t)) todo.addAll(uses.getOrDefault(t, Set.of()));
        }
        return seen;
    }

    private static boolean disjoint(Set<String> a, Collection<String> b) {
        for (String x : b) if (a.contains(x)) return false;
        return true;
    }
}
