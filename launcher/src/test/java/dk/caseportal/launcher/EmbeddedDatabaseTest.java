package dk.caseportal.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseTest {

    @TempDir
    Path dataDirectory;

    @Test
    void keepsDataBetweenRunsOnTheSameDirectory() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, 0)) {
            assertThat(database.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:" + database.port() + "/portal");
            try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE note (text VARCHAR(50))");
                statement.execute("INSERT INTO note VALUES ('kept')");
            }
        }

        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, 0);
             Connection connection = connect(database);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT text, current_database() FROM note")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("kept");
            assertThat(rows.getString(2)).isEqualTo("portal");
        }
    }

    @Test
    void temporaryDatabaseListensOnTheGivenUrl() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.startTemporary();
             Connection connection = connect(database);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT current_database()")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("portal");
        }
    }

    private static Connection connect(EmbeddedDatabase database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    }
}
