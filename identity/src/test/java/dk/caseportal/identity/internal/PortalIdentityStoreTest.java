package dk.caseportal.identity.internal;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.INVALID;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.VALID;
import static org.assertj.core.api.Assertions.assertThat;

import dk.caseportal.identity.api.AuditAction;
import dk.caseportal.identity.api.AuditEntry;
import dk.caseportal.identity.api.AuditQuery;
import dk.caseportal.identity.api.NewUser;
import dk.caseportal.identity.api.Role;
import dk.caseportal.identity.api.UserId;
import dk.caseportal.testing.Transactions;
import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sign-in checks against the real schema: passwords, inactive users and throttling. */
class PortalIdentityStoreTest {

    private static final String PASSWORD = "Demo-Portal-1";

    private EntityManager em;
    private Transactions tx;
    private PortalIdentityStore store;
    private SignInAttempts attempts;
    private JpaAuditTrail audit;
    private UserId lars;

    @BeforeEach
    void setUp() {
        TestDatabase.clear();
        em = TestDatabase.entityManagerFactory().createEntityManager();
        tx = new Transactions(em);
        IdentityAdministrationService admin = new IdentityAdministrationService(em);
        attempts = new SignInAttempts(em, Clock.systemUTC()) {
            @Override
            public void record(String email, SignInAttempt.Outcome outcome) {
                tx.run(() -> super.record(email, outcome));
            }
        };
        audit = new JpaAuditTrail(em, TestAuditContext.anonymous(), Clock.systemUTC()) {
            @Override
            public void recordAs(String actor, AuditAction action, String target) {
                tx.run(() -> super.recordAs(actor, action, target));
            }
        };
        store = new PortalIdentityStore(new JpaIdentityDirectory(em), attempts, audit);
        lars = tx.inTransaction(() -> admin.createUser(new NewUser("Lars Nielsen", "lars.nielsen@vendor.example",
                Role.AGENT, Locale.forLanguageTag("da"), PASSWORD)));
    }

    @AfterEach
    void tearDown() {
        em.close();
    }

    private CredentialValidationResult signIn(String email, String password) {
        return store.validate(new UsernamePasswordCredential(email, password));
    }

    @Test
    void theRightPasswordSignsInWithTheUsersIdAndRole() {
        CredentialValidationResult result = signIn("Lars.Nielsen@vendor.example", PASSWORD);

        assertThat(result.getStatus()).isEqualTo(VALID);
        assertThat(result.getCallerPrincipal().getName()).isEqualTo(lars.toString());
        assertThat(result.getCallerGroups()).containsExactly("AGENT");
        assertThat(audit.find(new AuditQuery(null, AuditAction.SIGN_IN, 0, 10))).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.actor()).isEqualTo("Lars Nielsen <lars.nielsen@vendor.example>");
                    assertThat(entry.address()).isEqualTo("192.0.2.10");
                });
    }

    @Test
    void wrongPasswordAndUnknownEmailAreRefusedAlike() {
        assertThat(signIn("lars.nielsen@vendor.example", "wrong").getStatus()).isEqualTo(INVALID);
        assertThat(signIn("nobody@vendor.example", PASSWORD).getStatus()).isEqualTo(INVALID);
        assertThat(audit.find(new AuditQuery(null, AuditAction.SIGN_IN_FAILED, 0, 10)))
                .extracting(AuditEntry::actor).containsExactly("nobody@vendor.example", "lars.nielsen@vendor.example");
    }

    @Test
    void anInactiveUserCannotSignIn() {
        tx.run(() -> em.find(User.class, lars.value()).deactivate());

        assertThat(signIn("lars.nielsen@vendor.example", PASSWORD).getStatus()).isEqualTo(INVALID);
    }

    @Test
    void tenFailuresThrottleTheAccountEvenForTheRightPassword() {
        for (int i = 0; i < 9; i++) {
            signIn("lars.nielsen@vendor.example", "wrong " + i);
        }
        assertThat(attempts.throttledFor("lars.nielsen@vendor.example")).isEmpty();

        signIn("LARS.nielsen@vendor.example", "wrong again");

        assertThat(attempts.throttledFor("lars.nielsen@vendor.example")).isPresent();
        assertThat(signIn("lars.nielsen@vendor.example", PASSWORD).getStatus()).isEqualTo(INVALID);
    }
}
