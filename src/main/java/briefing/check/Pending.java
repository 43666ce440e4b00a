package briefing.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * References waiting for a file that was not fed yet, by the file: each distinct anchor once, with each way it was
 * written and where (page number, ordinal). When the file is fed, its references are handed back ({@link #arrived})
 * and forgotten, so that what waits is only what points ahead of the bake, not every reference the site ever made (in
 * a portal of six languages, each page's links to its other languages waited until the very end). Thread-safe: a
 * reference added while its file arrives is refused ({@link #await} returns false), and its caller settles it then.
 */
final class Pending {
    private final Map<String, Waiting> byFile = new ConcurrentHashMap<>();

    /**
     * Keeps a reference to {@code file} (site-relative, as resolved; {@code fragment} the anchor wanted, or null) until
     * the file arrives; false when it arrived meanwhile (its ids are then known: settle the reference now).
     */
    boolean await(String file, String fragment, String target, int page, int ordinal) {
        // a list made after the file arrived waits for the end, where it is settled as before
        return byFile.computeIfAbsent(file, Waiting::new).add(fragment, target, page, ordinal);
    }

    /** The references waiting for {@code file}, now that it is fed: removed, each target once (empty if none). */
    List<Target> arrived(String file) {
        Waiting w = byFile.get(file);
        if (w == null) return List.of();
        return w.settle(byFile);
    }

    /** Every reference still waiting, by the file it waits for (at the end: files never fed, or read from disk). */
    void each(BiConsumer<String, Target> action) {
        byFile.forEach((file, w) -> w.targets().forEach(t -> action.accept(file, t)));
    }

    /** The references to one file, until it arrives. */
    private static final class Waiting {
        final String file;
        private final Map<String, Target> byFragment = new HashMap<>();
        private boolean settled;

        Waiting(String file) {
            this.file = file;
        }

        /** Whether the reference was kept: false once the file arrived. */
        synchronized boolean add(String fragment, String target, int page, int ordinal) {
            if (settled) return false;
            byFragment.computeIfAbsent(fragment, f -> new Target(file, f)).add(target, page, ordinal);
            return true;
        }

        synchronized List<Target> settle(Map<String, Waiting> owner) {
            settled = true;
            owner.remove(file, this);
            return new ArrayList<>(byFragment.values());
        }

        synchronized List<Target> targets() {
            return new ArrayList<>(byFragment.values());
        }
    }

    /** One distinct target of references to another file: each way it was written, and where (page number, ordinal). */
    static final class Target {
        final String file;
        final String fragment;
        /** The ways the target was written (a few: one per folder depth, say). */
        private String[] forms = new String[0];
        /** Each use: page number (32 bits), form (12 bits), the reference's ordinal on its page (20 bits). */
        private long[] uses = new long[2];
        private int count;

        Target(String file, String fragment) {
            this.file = file;
            this.fragment = fragment;
        }

        synchronized void add(String target, int page, int ordinal) {
            int form = java.util.Arrays.asList(forms).indexOf(target);
            if (form < 0) {
                forms = java.util.Arrays.copyOf(forms, forms.length + 1);
                form = forms.length - 1;
                forms[form] = target;
            }
            if (count == uses.length) uses = java.util.Arrays.copyOf(uses, count * 2);
            uses[count++] = (long) page << 32 | (long) (form & 0xfff) << 20 | (ordinal & 0xfffff);
        }

        interface Use {
            void at(String target, int page, int ordinal);
        }

        synchronized void each(Use use) {
            for (int i = 0; i < count; i++) {
                use.at(forms[(int) (uses[i] >>> 20) & 0xfff], (int) (uses[i] >>> 32), (int) uses[i] & 0xfffff);
            }
        }
    }
}
