package dk.caseportal.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link PortalLauncher} runs, from environment variables and the command line
 * ({@code --micro PATH --war PATH}).
 *
 * @param databaseUrl   empty: start the embedded PostgreSQL
 * @param generateCases how many cases the database should hold (generated once the portal is
 *                      ready); 0 for none
 */
record LauncherSettings(Path microJar, Path war, Path dataDirectory, int httpPort,
                        Optional<String> databaseUrl, Optional<String> databaseUser, Optional<String> databasePassword,
                        int smtpPort, int imapPort, int mailApiPort, int generateCases) {

    static final String USAGE = "Usage: java -cp launcher.jar:lib/* dk.caseportal.launcher.PortalLauncher --micro PAYARA_MICRO_JAR --war PORTAL_WAR"
            + " (environment: PORTAL_DATA_DIR, PORTAL_PORT, PORTAL_DB_URL, PORTAL_DB_USER, PORTAL_DB_PASSWORD,"
            + " PORTAL_MAIL_SMTP_PORT, PORTAL_MAIL_IMAP_PORT, PORTAL_MAIL_API_PORT, PORTAL_GENERATE_CASES)";
    private static final int MAX_GENERATED_CASES = 5_000_000;

    /** @throws IllegalArgumentException with a message for the user */
    static LauncherSettings from(Map<String, String> environment, String... args) {
        Path microJar = null;
        Path war = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Missing value after " + option + ". " + USAGE);
            }
            switch (option) {
                case "--micro" -> microJar = Path.of(args[++i]);
                case "--war" -> war = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("Unknown option " + option + ". " + USAGE);
            }
        }
        if (microJar == null || war == null) {
            throw new IllegalArgumentException(USAGE);
        }
        requireFile(microJar, "Payara Micro jar");
        requireFile(war, "portal WAR");
        return new LauncherSettings(
                microJar.toAbsolutePath(),
                war.toAbsolutePath(),
                Path.of(text(environment, "PORTAL_DATA_DIR").orElse("data")).toAbsolutePath().normalize(),
                port(environment, "PORTAL_PORT", 8080),
                text(environment, "PORTAL_DB_URL"),
                text(environment, "PORTAL_DB_USER"),
                text(environment, "PORTAL_DB_PASSWORD"),
                port(environment, "PORTAL_MAIL_SMTP_PORT", 3025),
                port(environment, "PORTAL_MAIL_IMAP_PORT", 3143),
                port(environment, "PORTAL_MAIL_API_PORT", 8025),
                count(environment, "PORTAL_GENERATE_CASES"));
    }

    private static int count(Map<String, String> environment, String name) {
        Optional<String> value = text(environment, name);
        if (value.isEmpty()) {
            return 0;
        }
        try {
            int count = Integer.parseInt(value.get().strip().replace("_", ""));
            if (count < 0 || count > MAX_GENERATED_CASES) {
                throw new NumberFormatException();
            }
            return count;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number from 0 to " + MAX_GENERATED_CASES
                    + ", not \"" + value.get() + "\"");
        }
    }

    Path postgresDirectory() {
        return dataDirectory.resolve("postgres");
    }

    Path payaraDirectory() {
        return dataDirectory.resolve("payara");
    }

    Path logDirectory() {
        return dataDirectory.resolve("logs");
    }

    /** One line per request, with the time it took (see PayaraMicroCommand). */
    Path accessLogDirectory() {
        return logDirectory().resolve("access");
    }

    Path portalLog() {
        return logDirectory().resolve("portal.log");
    }

    /** The log of the services run inside the launcher: the embedded PostgreSQL and GreenMail. */
    Path launcherLog() {
        return logDirectory().resolve("launcher.log");
    }

    /** Leaves the password out. */
    @Override
    public String toString() {
        return "LauncherSettings[microJar=" + microJar + ", war=" + war + ", dataDirectory=" + dataDirectory
                + ", httpPort=" + httpPort + ", databaseUrl=" + databaseUrl + ", databaseUser=" + databaseUser
                + ", smtpPort=" + smtpPort + ", imapPort=" + imapPort + ", mailApiPort=" + mailApiPort + "]";
    }

    private static Optional<String> text(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).filter(value -> !value.isBlank());
    }

    private static int port(Map<String, String> environment, String name, int defaultPort) {
        Optional<String> value = text(environment, name);
        if (value.isEmpty()) {
            return defaultPort;
        }
        try {
            int port = Integer.parseInt(value.get().trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number (1-65535), not '" + value.get() + "'.");
        }
    }

    private static void requireFile(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("The " + what + " does not exist: " + file.toAbsolutePath()
                    + ". Build it first (./run.sh does).");
        }
    }
}
