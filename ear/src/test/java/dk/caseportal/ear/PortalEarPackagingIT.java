package dk.caseportal.ear;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the EAR, checked without a server (seconds): a skinny WAR at the root context,
 * every library once in lib/, no Jakarta EE or MicroProfile API inside (the server provides them).
 */
class PortalEarPackagingIT {

    private static List<String> earEntries;
    private static List<String> warEntries;
    private static String applicationXml;

    @BeforeAll
    static void readTheEar() throws IOException {
        String property = System.getProperty("portal.ear");
        assertThat(property).as("system property portal.ear (run through Maven)").isNotNull();
        try (ZipFile ear = new ZipFile(Path.of(property).toFile())) {
            earEntries = ear.stream().map(ZipEntry::getName).toList();
            applicationXml = new String(ear.getInputStream(ear.getEntry("META-INF/application.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            ZipEntry war = ear.getEntry("portal.war");
            assertThat(war).as("portal.war in the EAR").isNotNull();
            warEntries = entriesOf(ear.getInputStream(war));
        }
    }

    @Test
    void theWarIsSkinnyAndServedAtTheRoot() {
        assertThat(warEntries).as("WEB-INF/lib of portal.war").noneMatch(name -> name.startsWith("WEB-INF/lib/") && name.endsWith(".jar"));
        assertThat(applicationXml)
                .contains("<web-uri>portal.war</web-uri>")
                .contains("<context-root>/</context-root>")
                .contains("<library-directory>lib</library-directory>");
    }

    @Test
    void theModulesAndLibrariesAreInLib() {
        for (String library : List.of("identity", "attachments", "case-domain", "notifications",
                "omnifaces", "flyway-core", "flyway-database-postgresql", "postgresql")) {
            assertThat(earEntries).as(library).anyMatch(name -> name.matches("lib/" + library + "-\\d[^/]*\\.jar"));
        }
        // The jakarta build of PrimeFaces, not the javax one.
        assertThat(earEntries).anyMatch(name -> name.matches("lib/primefaces-\\d[^/]*-jakarta\\.jar"));
        assertThat(earEntries).as("jars outside lib/").filteredOn(name -> name.endsWith(".jar"))
                .allMatch(name -> name.startsWith("lib/"));
    }

    @Test
    void noServerApiIsPackaged() {
        assertThat(earEntries)
                .filteredOn(name -> name.endsWith(".jar"))
                // slf4j-api is no server API: tika-core logs through it.
                .filteredOn(name -> !name.startsWith("lib/slf4j-api-"))
                .noneMatch(name -> name.matches("lib/(jakarta\\..*|.*-api-.*|microprofile.*|.*eclipselink.*|org\\.eclipse\\.persistence.*)"));
    }

    private static List<String> entriesOf(InputStream archive) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(archive)) {
            List<String> names = new ArrayList<>();
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
            return names;
        }
    }
}
