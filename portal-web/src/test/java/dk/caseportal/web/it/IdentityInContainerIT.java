package dk.caseportal.web.it;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.INVALID;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.VALID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.caseportal.identity.api.CustomerSummary;
import dk.caseportal.identity.api.IdentityDirectory;
import dk.caseportal.identity.api.UserSummary;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The built WAR inside Payara Micro (via Arquillian): the container's own Jakarta Security
 * handler uses identity's store, migrations and demo data ran at deployment, and passwords are
 * stored as strong PBKDF2 hashes. (Plain JUnit assertions: AssertJ is not deployed with the test.)
 */
@ExtendWith(ArquillianExtension.class)
class IdentityInContainerIT {

    /**
     * The built WAR as it is, except that Arquillian's test runner servlet must answer without
     * sign-in (everything else stays behind the portal's security constraint).
     */
    @Deployment
    static WebArchive portal() throws IOException {
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.war")));
        String webXml;
        try (InputStream in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String publicSignIn = "<url-pattern>/signin</url-pattern>";
        if (!webXml.contains(publicSignIn)) {
            throw new IllegalStateException("web.xml no longer lists " + publicSignIn);
        }
        war.delete("WEB-INF/web.xml");
        return war.setWebXML(new StringAsset(webXml.replace(publicSignIn,
                        publicSignIn + "<url-pattern>/ArquillianServletRunnerEE9</url-pattern>")))
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

        assertEquals(VALID, patrick.getStatus());
        assertEquals(java.util.Set.of("CUSTOMER"), patrick.getCallerGroups());
        assertEquals(INVALID, wrong.getStatus());
    }

    @Test
    void demoDataWasLoadedAfterTheMigrations() {
        UserSummary patrick = directory.findUserByEmail("patrick.stjerne@bpo.example").orElseThrow();

        assertEquals(java.util.List.of("BPO Account", "Nordic Retail A/S"),
                directory.customersOf(patrick.id()).stream().map(CustomerSummary::name).toList());
    }

    @Test
    void passwordsAreStoredAsPbkdf2Sha512WithAtLeast210000Iterations() throws Exception {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet hashes = statement.executeQuery("SELECT password_hash FROM identity.app_user")) {
            int count = 0;
            while (hashes.next()) {
                String[] parts = hashes.getString(1).split(":");
                assertEquals("pbkdf2-sha512", parts[0]);
                assertTrue(Integer.parseInt(parts[1]) >= 210_000, "iterations: " + parts[1]);
                count++;
            }
            assertEquals(6, count);
        }
    }
}
