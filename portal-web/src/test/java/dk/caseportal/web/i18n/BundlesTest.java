package dk.caseportal.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dk.caseportal.identity.api.AuditAction;
import dk.caseportal.identity.api.Role;
import dk.caseportal.notifications.api.OutboxStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text exists in Danish and English, and every key a page uses exists. */
class BundlesTest {

    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([a-zA-Z0-9.]+)'\\]");

    private static Properties load(String language) {
        return load("messages", language);
    }

    private static Properties load(String bundle, String language) {
        Properties properties = new Properties();
        String name = "/dk/caseportal/web/i18n/" + bundle + "_" + language + ".properties";
        try (InputStream in = BundlesTest.class.getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @Test
    void danishAndEnglishHaveTheSameKeys() {
        assertThat(load("da").stringPropertyNames()).isEqualTo(load("en").stringPropertyNames());
    }

    @Test
    void theStandardFacesMessagesAreTranslatedToo() {
        assertThat(load("faces", "da").stringPropertyNames()).isEqualTo(load("faces", "en").stringPropertyNames())
                .contains("jakarta.faces.component.UISelectOne.INVALID_detail");
    }

    @Test
    void bulkGrantsCountUsersInBothLanguages() {
        Locale danish = Locale.forLanguageTag("da");
        assertThat(BundleMessages.format("members.grantedToAll", danish, "HR Core", 0))
                .isEqualTo("Alle brugere havde allerede adgang til HR Core.");
        assertThat(BundleMessages.format("members.grantedToAll", danish, "HR Core", 3))
                .isEqualTo("3 brugere mere har nu adgang til HR Core.");
        assertThat(BundleMessages.format("members.grantedToAll", Locale.ENGLISH, "HR Core", 1))
                .isEqualTo("1 more user now has access to HR Core.");
        assertThat(BundleMessages.format("members.intro", Locale.ENGLISH, "BPO Account"))
                .contains("at BPO Account", "the user's next page");
    }

    @Test
    void everyKeyUsedInAPageExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            pages.filter(p -> p.toString().endsWith(".xhtml")).forEach(page -> {
                try {
                    Matcher matcher = PAGE_KEY.matcher(Files.readString(page));
                    while (matcher.find()) {
                        used.add(matcher.group(1));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        assertThat(used).isNotEmpty();
        assertThat(load("da").stringPropertyNames()).containsAll(used);
    }

    @Test
    void danishTextsUseTheGuidesWordsAndEnglishTextsAreEnglish() {
        assertThat(BundleMessages.format("signIn.failed", Locale.forLanguageTag("da")))
                .isEqualTo("E-mail eller adgangskode er forkert.");
        assertThat(BundleMessages.format("signIn.failed", Locale.ENGLISH))
                .isEqualTo("The email or password is incorrect.");
    }

    @Test
    void throttlingMessagesCountMinutesInBothLanguages() {
        assertThat(BundleMessages.format("signIn.throttled", Locale.forLanguageTag("da"), 1L)).contains("1 minut.");
        assertThat(BundleMessages.format("signIn.throttled", Locale.forLanguageTag("da"), 15L)).contains("15 minutter.");
        assertThat(BundleMessages.format("signIn.throttled", Locale.ENGLISH, 15L)).contains("15 minutes.");
    }

    @Test
    void everyRoleStatusAndAuditActionHasALabelInBothLanguages() {
        Set<String> keys = new TreeSet<>();
        for (Role role : Role.values()) {
            keys.add("role." + role);
        }
        for (OutboxStatus status : OutboxStatus.values()) {
            keys.add("outbox.status." + status);
        }
        for (AuditAction action : AuditAction.values()) {
            keys.add("audit.action." + action);
        }
        assertThat(load("da").stringPropertyNames()).containsAll(keys);
        assertThat(load("en").stringPropertyNames()).containsAll(keys);
    }
}
