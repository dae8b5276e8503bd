package dk.caseportal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.caseportal.identity.api.AccessRefusedException;
import dk.caseportal.identity.api.NewUser;
import dk.caseportal.identity.api.Role;
import dk.caseportal.identity.api.UserId;
import dk.caseportal.identity.api.UserSummary;
import dk.caseportal.testing.Transactions;
import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Work for a user without a request of theirs (a reply by mail): for its length, they are the caller. */
class ActingAsTest {

    private EntityManager em;
    private RequestAuditContext context;
    private UserId mette;

    @BeforeEach
    void setUp() {
        TestDatabase.clear();
        em = TestDatabase.entityManagerFactory().createEntityManager();
        IdentityAdministrationService admin = new IdentityAdministrationService(em);
        mette = new Transactions(em).inTransaction(() -> admin.createUser(new NewUser("Mette Jensen",
                "mette.jensen@bpo.example", Role.CUSTOMER, Locale.forLanguageTag("da"), null)));
        context = new RequestAuditContext();
        context.directory = new JpaIdentityDirectory(em);
        context.securityContext = new NobodySignedIn();
    }

    @AfterEach
    void tearDown() {
        em.close();
    }

    @Test
    void theUserIsTheCallerWithTheChannelAsAddressOnlyWhileTheWorkRuns() {
        assertThat(context.actor()).isEmpty();

        Optional<UserSummary> inside = context.run(mette, "e-mail", context::actor);
        String address = context.run(mette, "e-mail", () -> context.address().orElseThrow());

        assertThat(inside).map(UserSummary::name).contains("Mette Jensen");
        assertThat(address).isEqualTo("e-mail");
        assertThat(context.actor()).as("afterwards").isEmpty();
    }

    @Test
    void theCallerIsRestoredAlsoWhenTheWorkFailsAndUnknownUsersAreRefused() {
        assertThatThrownBy(() -> context.run(mette, "e-mail", () -> {
            throw new IllegalStateException("the post was refused");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(context.actor()).isEmpty();

        assertThatThrownBy(() -> context.run(new UserId(999_999), "e-mail", () -> "never"))
                .isInstanceOf(AccessRefusedException.class);
    }

    /** No request, nobody signed in: as on the scheduler's thread. */
    private static final class NobodySignedIn implements SecurityContext {

        @Override
        public Principal getCallerPrincipal() {
            return null;
        }

        @Override
        public <T extends Principal> Set<T> getPrincipalsByType(Class<T> type) {
            return Set.of();
        }

        @Override
        public boolean isCallerInRole(String role) {
            return false;
        }

        @Override
        public boolean hasAccessToWebResource(String resource, String... methods) {
            return false;
        }

        @Override
        public AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
                                                 AuthenticationParameters parameters) {
            throw new UnsupportedOperationException();
        }
    }
}
