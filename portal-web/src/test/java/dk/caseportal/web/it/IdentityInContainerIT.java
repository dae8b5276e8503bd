package dk.caseportal.web.it;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.INVALID;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.VALID;
import static org.assertj.core.api.Assertions.assertThat;

import dk.caseportal.identity.api.CustomerSummary;
import dk.caseportal.identity.api.IdentityDirectory;
import dk.caseportal.identity.api.UserSummary;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.io.File;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The built WAR inside Payara Micro (via Arquillian): the container's own Jakarta Security
 * handler uses identity's store, migrations and demo data ran at deployment, and passwords are
 * stored as strong PBKDF2 hashes.
 */
@ExtendWith({ArquillianDatabase.class, ArquillianExtension.class})
class IdentityInContainerIT {

    @Deployment
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.war")))
                .addClass(IdentityInContainerIT.class);
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    IdentityDirectory directory;

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    @Test
    void theContainerSignsInWithIdentitysStoreAndTheRoleAsGroup() {
        CredentialValidationResult patrick = identityStores.validate(
                new UsernamePasswordCredential("patrick.stjerne@bpo.example", "Demo-Portal-1"));
        CredentialValidationResult wrong = identityStores.validate(
                new UsernamePasswordCredential("patrick.stjerne@bpo.example", "Demo-Portal-2"));

        assertThat(patrick.getStatus()).isEqualTo(VALID);
        assertThat(patrick.getCallerGroups()).containsExactly("CUSTOMER");
        assertThat(wrong.getStatus()).isEqualTo(INVALID);
    }

    @Test
    void demoDataWasLoadedAfterTheMigrations() {
        UserSummary patrick = directory.findUserByEmail("patrick.stjerne@bpo.example").orElseThrow();

        assertThat(directory.customersOf(patrick.id())).extracting(CustomerSummary::name)
                .containsExactly("BPO Account", "Nordic Retail A/S");
    }

    @Test
    void passwordsAreStoredAsPbkdf2Sha512WithAtLeast210000Iterations() throws Exception {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet hashes = statement.executeQuery("SELECT password_hash FROM identity.app_user")) {
            int count = 0;
            while (hashes.next()) {
                String[] parts = hashes.getString(1).split(":");
                assertThat(parts[0]).isEqualTo("pbkdf2-sha512");
                assertThat(Integer.parseInt(parts[1])).isGreaterThanOrEqualTo(210_000);
                count++;
            }
            assertThat(count).isEqualTo(6);
        }
    }
}
