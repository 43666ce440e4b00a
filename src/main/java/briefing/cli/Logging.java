package briefing.cli;

import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/** JBake's OrientDB logs through java.util.logging; a build should print its summary, not database chatter. */
final class Logging {
    private Logging() {
    }

    static void quiet() {
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(Level.SEVERE);
        System.setProperty("log.console.level", "SEVERE");
        System.setProperty("log.file.level", "SEVERE");
    }
}
