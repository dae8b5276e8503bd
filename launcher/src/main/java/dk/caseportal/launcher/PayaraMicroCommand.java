package dk.caseportal.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The command line that starts Payara Micro, and the files it refers to, written into a work
 * directory: the system properties for the application (in a file, so that a password never
 * shows in {@code ps}), the asadmin commands run before and after boot, and the Hazelcast
 * configuration.
 */
final class PayaraMicroCommand {

    static final String SYSTEM_PROPERTIES_FILE = "system.properties";
    static final String PRE_BOOT_COMMANDS_FILE = "pre-boot-commands.txt";
    static final String POST_BOOT_COMMANDS_FILE = "post-boot-commands.txt";
    static final String HAZELCAST_CONFIG_FILE = "hazelcast.xml";
    /** Payara Micro's configuration and deployment directory (--rootdir), new on every start. */
    static final String ROOT_DIRECTORY = "instance";

    private PayaraMicroCommand() {
    }

    /**
     * One line per request; the last field is the time the server took (in milliseconds), which is
     * what the benchmark's targets are about (docs/performance.md).
     */
    static final String ACCESS_LOG_FORMAT = "%datetime% \"%request%\" %status% %response.length% %time-taken%";

    /** @param accessLogDirectory where the access log goes, or null for none */
    static List<String> prepare(Path javaExecutable, Path microJar, Path war, int httpPort,
                                Map<String, String> systemProperties, List<String> jvmArgs, Path workDir,
                                Path accessLogDirectory) {
        try {
            Files.createDirectories(workDir);
            // Payara Micro remembers every application it deployed in its root directory and
            // deploys them again on the next start: the previous build of the WAR would then run
            // next to (or instead of) the new one. Nothing in it is worth keeping.
            deleteRecursively(workDir.resolve(ROOT_DIRECTORY));
            Path propertiesFile = writeSystemProperties(systemProperties, workDir.resolve(SYSTEM_PROPERTIES_FILE));
            Path preBootCommands = copyResource("payara/" + PRE_BOOT_COMMANDS_FILE, workDir.resolve(PRE_BOOT_COMMANDS_FILE));
            Path postBootCommands = copyResource("payara/" + POST_BOOT_COMMANDS_FILE, workDir.resolve(POST_BOOT_COMMANDS_FILE));
            Path hazelcastConfig = copyResource("payara/" + HAZELCAST_CONFIG_FILE, workDir.resolve(HAZELCAST_CONFIG_FILE));

            List<String> command = new ArrayList<>();
            command.add(javaExecutable.toString());
            command.add("-Xmx512m");
            // Keep what the JIT compiled: Java 17's code cache sweeper threw away about 12,000 compiled
            // methods in the first ten minutes under load (of 240 MB reserved, 90 MB were used), which
            // the compiler then compiled again on the portal's two cores (docs/performance.md).
            command.add("-XX:-UseCodeCacheFlushing");
            command.add("-Dhazelcast.config=" + hazelcastConfig.toAbsolutePath());
            command.addAll(jvmArgs);
            command.addAll(List.of(
                    "-jar", microJar.toAbsolutePath().toString(),
                    "--nocluster",
                    // The machine may be offline, and usage tracking is not wanted anyway.
                    "--disablephonehome",
                    "--port", Integer.toString(httpPort),
                    "--contextroot", "/",
                    "--deploy", war.toAbsolutePath().toString(),
                    "--rootdir", workDir.resolve(ROOT_DIRECTORY).toAbsolutePath().toString(),
                    "--systemproperties", propertiesFile.toAbsolutePath().toString(),
                    "--prebootcommandfile", preBootCommands.toAbsolutePath().toString(),
                    "--postbootcommandfile", postBootCommands.toAbsolutePath().toString()));
            if (accessLogDirectory != null) {
                Files.createDirectories(accessLogDirectory);
                command.addAll(List.of(
                        "--accesslog", accessLogDirectory.toAbsolutePath().toString(),
                        "--accesslogformat", ACCESS_LOG_FORMAT,
                        "--accessloginterval", "10"));
            }
            return command;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare Payara Micro's files in " + workDir, e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static Path writeSystemProperties(Map<String, String> values, Path file) throws IOException {
        Properties properties = new Properties();
        properties.putAll(values);
        // Readable by the owner only: it may hold the database password.
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.TRUNCATE_EXISTING)) {
            properties.store(out, "System properties for the portal, written by the launcher on every start");
        }
        return file;
    }

    private static Path copyResource(String name, Path target) throws IOException {
        try (InputStream in = PayaraMicroCommand.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("Missing resource " + name + " in the launcher jar");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
