package dk.caseportal.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the launcher's console short. Our own classes log with java.util.logging, on one line
 * each; the embedded PostgreSQL and GreenMail log through slf4j into the log4j2 that the shaded
 * GreenMail jar brings, which is pointed at {@code launcher-log4j2.xml}: all to a file, warnings
 * also to the console.
 */
final class LauncherLogging {

    /**
     * Jersey, inside GreenMail's REST API, logs through java.util.logging and warns about
     * harmless things at start-up. Held here: java.util.logging forgets the level of a logger
     * that nobody references.
     */
    private static Logger jersey;

    private LauncherLogging() {
    }

    /** Must run before any library logs: both frameworks read these properties once. */
    static void configure(Path launcherLog) {
        try {
            Files.createDirectories(launcherLog.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the log directory for " + launcherLog, e);
        }
        setIfAbsent("java.util.logging.SimpleFormatter.format", "%1$tT %4$s %3$s: %5$s%6$s%n");
        setIfAbsent("log4j2.configurationFile", "dk/caseportal/launcher/launcher-log4j2.xml");
        setIfAbsent("portal.launcher.log", launcherLog.toAbsolutePath().toString());
        jersey = Logger.getLogger("org.glassfish.jersey");
        jersey.setLevel(Level.SEVERE);
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
