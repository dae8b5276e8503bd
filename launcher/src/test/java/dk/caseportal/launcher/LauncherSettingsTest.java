package dk.caseportal.launcher;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LauncherSettingsTest {

    @TempDir
    Path directory;
    private Path micro;
    private Path war;

    @BeforeEach
    void files() throws Exception {
        micro = Files.createFile(directory.resolve("payara-micro.jar"));
        war = Files.createFile(directory.resolve("portal.war"));
    }

    @Test
    void defaults() {
        LauncherSettings settings = LauncherSettings.from(Map.of(), "--micro", micro.toString(), "--war", war.toString());

        assertThat(settings.dataDirectory()).isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(settings.httpPort()).isEqualTo(8080);
        assertThat(settings.databaseUrl()).isEmpty();
        assertThat(settings.smtpPort()).isEqualTo(3025);
        assertThat(settings.imapPort()).isEqualTo(3143);
        assertThat(settings.mailApiPort()).isEqualTo(8025);
        assertThat(settings.postgresDirectory()).isEqualTo(Path.of("data", "postgres").toAbsolutePath());
        assertThat(settings.portalLog()).isEqualTo(Path.of("data", "logs", "portal.log").toAbsolutePath());
    }

    @Test
    void environment() {
        LauncherSettings settings = LauncherSettings.from(Map.of(
                "PORTAL_DATA_DIR", directory.toString(),
                "PORTAL_PORT", "9090",
                "PORTAL_DB_URL", "jdbc:postgresql://db/portal",
                "PORTAL_DB_USER", "portal",
                "PORTAL_DB_PASSWORD", "secret",
                "PORTAL_MAIL_SMTP_PORT", "2525"), "--war", war.toString(), "--micro", micro.toString());

        assertThat(settings.dataDirectory()).isEqualTo(directory);
        assertThat(settings.httpPort()).isEqualTo(9090);
        assertThat(settings.databaseUrl()).contains("jdbc:postgresql://db/portal");
        assertThat(settings.databaseUser()).contains("portal");
        assertThat(settings.databasePassword()).contains("secret");
        assertThat(settings.smtpPort()).isEqualTo(2525);
        assertThat(settings.toString()).doesNotContain("secret");
    }

    @Test
    void rejectsMissingFilesAndBadPorts() {
        assertThatThrownBy(() -> LauncherSettings.from(Map.of(), "--micro", micro.toString()))
                .hasMessageContaining("Usage");
        assertThatThrownBy(() -> LauncherSettings.from(Map.of(), "--micro", micro.toString(), "--war", "nope.war"))
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> LauncherSettings.from(Map.of("PORTAL_PORT", "80a"),
                "--micro", micro.toString(), "--war", war.toString()))
                .hasMessageContaining("PORTAL_PORT");
    }

    @Test
    void generatedCasesAreCountedAndBadCountsRefused() {
        assertThat(LauncherSettings.from(Map.of(), "--micro", micro.toString(), "--war", war.toString())
                .generateCases()).isZero();
        assertThat(LauncherSettings.from(Map.of("PORTAL_GENERATE_CASES", "100_000"),
                "--micro", micro.toString(), "--war", war.toString()).generateCases()).isEqualTo(100_000);
        assertThatThrownBy(() -> LauncherSettings.from(Map.of("PORTAL_GENERATE_CASES", "-5"),
                "--micro", micro.toString(), "--war", war.toString()))
                .hasMessageContaining("PORTAL_GENERATE_CASES must be a number");
    }
}
