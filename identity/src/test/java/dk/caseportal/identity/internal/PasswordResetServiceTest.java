package dk.caseportal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.caseportal.identity.api.LinkPurpose;
import dk.caseportal.identity.api.NewUser;
import dk.caseportal.identity.api.PasswordLinkInfo;
import dk.caseportal.identity.api.PasswordChanged;
import dk.caseportal.identity.api.PasswordProblem;
import dk.caseportal.identity.api.PasswordReset.Result;
import dk.caseportal.identity.api.PasswordResetRequested;
import dk.caseportal.identity.api.Role;
import dk.caseportal.identity.api.UserId;
import dk.caseportal.testing.Transactions;
import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Glemt adgangskode?" against the real schema. */
class PasswordResetServiceTest {

    private static final String NEW_PASSWORD = "rødgrød med fløde";

    private final RecordingEvent<PasswordResetRequested> requested = new RecordingEvent<>();
    private final RecordingEvent<PasswordChanged> changed = new RecordingEvent<>();
    private Instant now = Instant.parse("2026-11-27T10:00:00Z");
    private EntityManager em;
    private Transactions tx;
    private PasswordResetService reset;
    private UserId mette;

    @BeforeEach
    void setUp() {
        TestDatabase.clear();
        em = TestDatabase.entityManagerFactory().createEntityManager();
        tx = new Transactions(em);
        Clock clock = new Clock() {
            @Override
            public Instant instant() {
                return now;
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }
        };
        reset = new PasswordResetService(em, requested, changed,
                new JpaAuditTrail(em, TestAuditContext.anonymous(), clock), clock);
        mette = tx.inTransaction(() -> new IdentityAdministrationService(em).createUser(new NewUser("Mette Jensen",
                "mette.jensen@bpo.example", Role.CUSTOMER, Locale.forLanguageTag("da"), "Demo-Portal-1")));
    }

    @AfterEach
    void tearDown() {
        em.close();
    }

    private String requestLink() {
        int before = requested.fired.size();
        tx.run(() -> reset.requestReset("Mette.Jensen@bpo.example"));
        assertThat(requested.fired).hasSize(before + 1);
        return requested.fired.get(before).token();
    }

    private boolean signsInWith(String password) {
        SignInAttempts attempts = new SignInAttempts(em, Clock.systemUTC()) {
            @Override
            public void record(String email, SignInAttempt.Outcome outcome) {
                tx.run(() -> super.record(email, outcome));
            }
        };
        JpaAuditTrail audit = new JpaAuditTrail(em, TestAuditContext.anonymous(), Clock.systemUTC()) {
            @Override
            public void recordAs(String actor, dk.caseportal.identity.api.AuditAction action, String target) {
                tx.run(() -> super.recordAs(actor, action, target));
            }
        };
        return new PortalIdentityStore(new JpaIdentityDirectory(em), attempts, audit)
                .validate(new UsernamePasswordCredential("mette.jensen@bpo.example", password)).getStatus()
                == CredentialValidationResult.Status.VALID;
    }

    @Test
    void aLinkSetsANewPasswordOnceAndEndsTheOtherSessions() {
        String token = requestLink();
        PasswordResetRequested event = requested.fired.get(0);
        assertThat(event.user()).isEqualTo(mette);
        assertThat(event.locale()).isEqualTo(Locale.forLanguageTag("da"));
        assertThat(event.expiresAt()).isEqualTo(now.plus(Duration.ofHours(1)));
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
        assertThat(reset.linkFor(token)).contains(new PasswordLinkInfo(mette, LinkPurpose.RESET));

        assertThat(tx.inTransaction(() -> reset.resetPassword(token, NEW_PASSWORD))).isEqualTo(Result.CHANGED);

        assertThat(changed.fired).containsExactly(new PasswordChanged(mette));
        assertThat(signsInWith(NEW_PASSWORD)).isTrue();
        assertThat(signsInWith("Demo-Portal-1")).isFalse();
        assertThat(tx.inTransaction(() -> reset.resetPassword(token, "another good password")))
                .isEqualTo(Result.INVALID_LINK);
    }

    @Test
    void theTokenItselfIsNeverStored() {
        String token = requestLink();

        Long stored = (Long) em.createNativeQuery(
                        "SELECT COUNT(*) FROM identity.password_link WHERE token_hash = ?1 OR token_hash = ?2")
                .setParameter(1, token).setParameter(2, PasswordLink.hash(token)).getSingleResult();
        assertThat(stored).isEqualTo(1L);
        assertThat(PasswordLink.hash(token)).isNotEqualTo(token);
    }

    @Test
    void aLinkExpiresAfterOneHour() {
        String token = requestLink();
        now = now.plus(Duration.ofMinutes(61));

        assertThat(reset.linkFor(token)).isEmpty();
        assertThat(tx.inTransaction(() -> reset.resetPassword(token, NEW_PASSWORD))).isEqualTo(Result.INVALID_LINK);
    }

    @Test
    void aWeakPasswordIsRefusedAndTheLinkStaysUsable() {
        String token = requestLink();

        Result result = tx.inTransaction(() -> reset.resetPassword(token, "password1234"));

        assertThat(result.problems()).containsExactly(PasswordProblem.TOO_COMMON);
        assertThat(reset.linkFor(token)).contains(new PasswordLinkInfo(mette, LinkPurpose.RESET));
        assertThat(changed.fired).isEmpty();
    }

    @Test
    void aNewLinkVoidsTheOldOne() {
        String first = requestLink();
        String second = requestLink();

        assertThat(reset.linkFor(first)).isEmpty();
        assertThat(reset.linkFor(second)).contains(new PasswordLinkInfo(mette, LinkPurpose.RESET));
    }

    @Test
    void unknownEmailsAndFloodingGetNoMailButNoDifferentAnswer() {
        tx.run(() -> reset.requestReset("nobody@bpo.example"));
        assertThat(requested.fired).isEmpty();

        for (int i = 0; i < 5; i++) {
            tx.run(() -> reset.requestReset("mette.jensen@bpo.example"));
        }
        assertThat(requested.fired).hasSize(PasswordResetService.MAX_LINKS_PER_HOUR);

        tx.run(() -> em.find(User.class, mette.value()).deactivate());
        now = now.plus(Duration.ofHours(2));
        tx.run(() -> reset.requestReset("mette.jensen@bpo.example"));
        assertThat(requested.fired).hasSize(PasswordResetService.MAX_LINKS_PER_HOUR);
    }

    @Test
    void anUnknownOrMalformedLinkIsInvalid() {
        assertThat(reset.linkFor("not-a-token")).isEmpty();
        assertThat(reset.linkFor(null)).isEmpty();
        assertThat(reset.linkFor("x".repeat(5000))).isEmpty();
    }
}
