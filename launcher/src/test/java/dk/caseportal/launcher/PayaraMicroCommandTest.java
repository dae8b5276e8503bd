package dk.caseportal.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class PayaraMicroCommandTest {

    @TempDir
    Path workDir;

    @Test
    void startsWithAFreshRootDirectorySoNoOldDeploymentComesBack() throws Exception {
        Path oldDeployment = Files.createDirectories(workDir.resolve("instance/applications/portal"));
        Files.writeString(oldDeployment.resolve("index.html"), "old build");

        PayaraMicroCommand.prepare(Path.of("java"), Path.of("m.jar"), Path.of("w.war"), 8123, Map.of(), List.of(), workDir, null);

        assertThat(workDir.resolve("instance")).doesNotExist();
    }

    @Test
    void passesConfigurationInFilesNotOnTheCommandLine() throws Exception {
        List<String> command = PayaraMicroCommand.prepare(Path.of("/usr/bin/java"), Path.of("/m/payara-micro.jar"),
                Path.of("/w/portal.war"), 8123, Map.of("portal.db.password", "s3cret: x=y"),
                List.of("-Dextra=1"), workDir, workDir.resolve("access"));

        assertThat(String.join(" ", command))
                .startsWith("/usr/bin/java -Xmx512m -XX:-UseCodeCacheFlushing -Dhazelcast.config=" + workDir.resolve("hazelcast.xml") + " -Dextra=1 -jar /m/payara-micro.jar")
                .contains("--nocluster", "--port 8123", "--contextroot /", "--deploy /w/portal.war",
                        "--rootdir " + workDir.resolve("instance"),
                        "--systemproperties " + workDir.resolve("system.properties"),
                        "--prebootcommandfile " + workDir.resolve("pre-boot-commands.txt"),
                        "--postbootcommandfile " + workDir.resolve("post-boot-commands.txt"),
                        "--accesslog " + workDir.resolve("access"))
                .doesNotContain("s3cret");

        Path propertiesFile = workDir.resolve("system.properties");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(propertiesFile))).isEqualTo("rw-------");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(propertiesFile)) {
            properties.load(reader);
        }
        assertThat(properties).containsEntry("portal.db.password", "s3cret: x=y");
        assertThat(workDir.resolve("pre-boot-commands.txt")).content().contains("http-listener.address=127.0.0.1");
        assertThat(workDir.resolve("post-boot-commands.txt")).content().contains("set-metrics-configuration --enabled=false");
        assertThat(workDir.resolve("hazelcast.xml")).content().contains("<interface>127.0.0.1</interface>");
    }
}
