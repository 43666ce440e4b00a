package briefing.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * What the command line says when something fails that no command expected: one sentence and exit code 2, never a
 * stack trace (content problems are reported by the commands themselves, with their positions, and exit 1).
 */
final class LastResort {
    /** The exit code for a failure that is not the content's fault. */
    static final int EXIT = 2;

    private LastResort() {
    }

    /** The one sentence for {@code failure}. */
    static String sentence(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException || t instanceof UncheckedIOException
                || t instanceof java.lang.reflect.InvocationTargetException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (outOfMemory(failure)) {
            return "error: the generator ran out of memory (its Java heap is full), so the last site was left as it was; give it more, e.g."
                    + " PORTAL_JAVA_OPTS=-Xmx2g ./portal build, or look for a very large file in the portal";
        }
        if (t instanceof NoClassDefFoundError n && String.valueOf(n.getMessage()).startsWith("Could not initialize class")) {
            // a class whose set-up failed before: on a heap that is full, the set-up's own failure is not shown again
            return "error: the generator could not set up a part it needs (" + n.getMessage().substring(27).strip() + "), most likely because"
                    + " its Java heap is full, so the last site was left as it was; give it more, e.g. PORTAL_JAVA_OPTS=-Xmx2g ./portal build";
        }
        if (t instanceof StackOverflowError) {
            return "error: the generator ran out of stack on content nested too deeply (emphasis, brackets, lists or mappings inside one"
                    + " another thousands of times); simplify the file last edited, or give it more with PORTAL_JAVA_OPTS=-Xss64m";
        }
        if (t instanceof IOException io) return "error: a file could not be read or written (" + io(io) + "); nothing was changed";
        String what = t.getMessage() == null || t.getMessage().isBlank() ? "no details" : t.getMessage().lines().findFirst().orElse("").strip();
        return "error: the command stopped on an unexpected failure (" + what + "); this is a fault of the generator, please report it"
                + " with the command you ran";
    }

    /** Whether the failure is, or was caused by, a full heap (a class whose set-up ran out of memory fails with it). */
    private static boolean outOfMemory(Throwable failure) {
        for (Throwable c = failure; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof OutOfMemoryError) return true;
        }
        return false;
    }

    private static String io(IOException e) {
        if (e instanceof AccessDeniedException a) return "permission denied: " + a.getFile();
        if (e instanceof NoSuchFileException n) return "not found: " + n.getFile();
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason().strip() + ": " + f.getFile();
        return String.valueOf(e.getMessage());
    }

    /** Prints the sentence for {@code failure} and gives the exit code. */
    static int report(Throwable failure) {
        System.err.println(sentence(failure));
        System.err.flush();
        return EXIT;
    }

    /** A thread of the command's own (the preview's) that fails says so in the same sentence, without a stack trace. */
    static void onOtherThreads() {
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> report(failure));
    }
}
