package dk.caseportal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.caseportal.identity.api.AuditAction;
import dk.caseportal.identity.api.AuditEntry;
import dk.caseportal.identity.api.AuditQuery;
import dk.caseportal.identity.api.EmailAlreadyInUseException;
import dk.caseportal.identity.api.LinkPurpose;
import dk.caseportal.identity.api.NewUser;
import dk.caseportal.identity.api.PasswordLinkInfo;
import dk.caseportal.identity.api.Role;
import dk.caseportal.identity.api.UserDeactivated;
import dk.caseportal.identity.api.UserId;
import dk.caseportal.identity.api.UserInvited;
import dk.caseportal.identity.api.UserQuery;
import dk.caseportal.identity.api.UserSummary;
import dk.caseportal.testing.Transactions;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Administrators invite users, find them and deactivate them. */
class UserAdministrationTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private final RecordingEvent<UserInvited> invited = new RecordingEvent<>();
    private final RecordingEvent<UserDeactivated> deactivated = new RecordingEvent<>();
    private EntityManager em;
    private Transactions tx;
    private IdentityAdministrationService admin;
    private JpaAuditTrail audit;

    @BeforeEach
    void setUp() {
        TestDatabase.clear();
        em = TestDatabase.entityManagerFactory().createEntityManager();
        tx = new Transactions(em);
        UserSummary anne = new UserSummary(new UserId(1), "Anne Admin", "admin@vendor.example", Locale.ENGLISH,
                Role.ADMIN, true, 0);
        audit = new JpaAuditTrail(em, new TestAuditContext(anne, "198.51.100.7"), Clock.fixed(NOW, ZoneOffset.UTC));
        admin = new IdentityAdministrationService(em, invited, deactivated, audit, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() {
        em.close();
    }

    private UserId invite(String name, String email, Role role) {
        return tx.inTransaction(() -> admin.inviteUser(new NewUser(name, email, role, Locale.ENGLISH, null)));
    }

    @Test
    void anInvitedUserGetsALinkValidFor72HoursAndNoPassword() {
        UserId nina = invite("Nina Ny", "nina.ny@nordicretail.example", Role.CUSTOMER);

        assertThat(invited.fired).singleElement().satisfies(event -> {
            assertThat(event.user()).isEqualTo(nina);
            assertThat(event.email()).isEqualTo("nina.ny@nordicretail.example");
            assertThat(event.locale()).isEqualTo(Locale.ENGLISH);
            assertThat(event.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(72)));
        });
        PasswordResetService links = new PasswordResetService(em, new RecordingEvent<>(), new RecordingEvent<>(), audit,
                Clock.fixed(NOW.plus(Duration.ofHours(71)), ZoneOffset.UTC));
        assertThat(links.linkFor(invited.fired.get(0).token()))
                .contains(new PasswordLinkInfo(nina, LinkPurpose.INVITATION));
        assertThat(em.find(User.class, nina.value()).maySignIn()).isFalse();
    }

    @Test
    void anEmailInUseIsRefusedWhateverItsCase() {
        invite("Nina Ny", "nina.ny@nordicretail.example", Role.CUSTOMER);

        assertThatThrownBy(() -> invite("Nina Igen", "NINA.NY@nordicretail.example", Role.CUSTOMER))
                .isInstanceOf(EmailAlreadyInUseException.class);
        assertThat(invited.fired).hasSize(1);
    }

    @Test
    void usersAreFoundByNameOrEmailAndRolePageByPage() {
        invite("Nina Ny", "nina.ny@nordicretail.example", Role.CUSTOMER);
        invite("Ole Olsen", "ole@vendor.example", Role.AGENT);
        invite("Anne Admin", "admin@vendor.example", Role.ADMIN);

        assertThat(admin.findUsers(new UserQuery(null, null, 0, 10, null, true)))
                .extracting(UserSummary::name).containsExactly("Anne Admin", "Nina Ny", "Ole Olsen");
        assertThat(admin.findUsers(new UserQuery("VENDOR", null, 0, 10, "email", false)))
                .extracting(UserSummary::email).containsExactly("ole@vendor.example", "admin@vendor.example");
        assertThat(admin.countUsers(new UserQuery("ny", null, 0, 10, null, true))).isEqualTo(1);
        assertThat(admin.countUsers(new UserQuery(null, Role.AGENT, 0, 10, null, true))).isEqualTo(1);
        assertThat(admin.countUsers(new UserQuery("_", null, 0, 10, null, true))).as("wildcards are text").isZero();
        assertThat(admin.findUsers(new UserQuery(null, null, 1, 1, "name", true)))
                .extracting(UserSummary::name).containsExactly("Nina Ny");
    }

    @Test
    void aDeactivatedUserCanBeReactivated() {
        UserId ole = invite("Ole Olsen", "ole@vendor.example", Role.AGENT);

        tx.run(() -> admin.deactivateUser(ole));
        assertThat(new JpaIdentityDirectory(em).findUser(ole)).map(UserSummary::active).contains(false);
        assertThat(deactivated.fired).as("their sessions are to end").containsExactly(new UserDeactivated(ole));

        tx.run(() -> admin.reactivateUser(ole));
        assertThat(new JpaIdentityDirectory(em).findUser(ole)).map(UserSummary::active).contains(true);
    }

    @Test
    void everyChangeIsInTheAuditTrailWithWhoWhatWhenAndFromWhere() {
        UserId ole = invite("Ole Olsen", "ole@vendor.example", Role.AGENT);
        tx.run(() -> admin.deactivateUser(ole));
        tx.run(() -> admin.deactivateUser(ole)); // no change, no line

        List<AuditEntry> trail = audit.find(new AuditQuery("ole", null, 0, 10));
        assertThat(trail).extracting(AuditEntry::action)
                .containsExactly(AuditAction.USER_DEACTIVATED, AuditAction.USER_INVITED);
        AuditEntry deactivated = trail.get(0);
        assertThat(deactivated.actor()).isEqualTo("Anne Admin <admin@vendor.example>");
        assertThat(deactivated.address()).isEqualTo("198.51.100.7");
        assertThat(deactivated.target()).isEqualTo("Ole Olsen <ole@vendor.example>");
        assertThat(deactivated.before()).isEqualTo("active");
        assertThat(deactivated.after()).isEqualTo("deactivated");
        assertThat(deactivated.occurredAt()).isEqualTo(NOW);
        assertThat(trail.get(1).after()).isEqualTo("role AGENT, language en");
        assertThat(audit.count(new AuditQuery(null, AuditAction.USER_INVITED, 0, 10))).isEqualTo(1);
    }

    @Test
    void theAuditTrailCannotBeChangedOrDeleted() {
        invite("Ole Olsen", "ole@vendor.example", Role.AGENT);

        assertThatThrownBy(() -> tx.run(() -> em.createNativeQuery("UPDATE identity.audit_event SET actor = 'someone else'")
                .executeUpdate())).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> tx.run(() -> em.createNativeQuery("DELETE FROM identity.audit_event").executeUpdate()))
                .hasStackTraceContaining("append-only");
    }
}
