package dk.caseportal.identity.internal;

import dk.caseportal.identity.api.PasswordChanged;
import dk.caseportal.identity.api.PasswordProblem;
import dk.caseportal.identity.api.PasswordReset;
import dk.caseportal.identity.api.PasswordResetRequested;
import dk.caseportal.identity.api.UserId;
import dk.caseportal.identity.api.UserSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Password reset by mail. A new link makes the user's earlier unused links void, and at most
 * {@value #MAX_LINKS_PER_HOUR} links per hour are sent to one user, so the form cannot be used to
 * flood someone's mailbox.
 */
@ApplicationScoped
@Transactional
public class PasswordResetService implements PasswordReset {

    static final int MAX_LINKS_PER_HOUR = 3;
    private static final Logger LOG = Logger.getLogger(PasswordResetService.class.getName());
    private static final int TOKEN_BYTES = 32;

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    Event<PasswordResetRequested> resetRequested;

    @Inject
    Event<PasswordChanged> passwordChanged;

    private final SecureRandom random = new SecureRandom();
    private final PasswordHasher hasher = new PasswordHasher();
    Clock clock = Clock.systemUTC();

    protected PasswordResetService() {
        // for CDI
    }

    PasswordResetService(EntityManager em, Event<PasswordResetRequested> resetRequested,
                         Event<PasswordChanged> passwordChanged, Clock clock) {
        this.em = em;
        this.resetRequested = resetRequested;
        this.passwordChanged = passwordChanged;
        this.clock = clock;
    }

    @Override
    public void requestReset(String email) {
        Instant now = clock.instant();
        Optional<User> found = new JpaIdentityDirectory(em).findEntityByEmail(email).filter(User::isActive);
        if (found.isEmpty()) {
            LOG.fine("Password reset asked for an unknown or inactive email");
            return;
        }
        User user = found.get();
        if (linksSince(user, now.minus(Duration.ofHours(1))) >= MAX_LINKS_PER_HOUR) {
            LOG.info(() -> "Password reset for user " + user.id() + " not sent: too many links in the last hour");
            return;
        }
        voidUnusedLinks(user, now);
        String token = newToken();
        PasswordResetLink link = new PasswordResetLink(user.id().value(), token, now);
        em.persist(link);
        UserSummary summary = user.toSummary();
        resetRequested.fire(new PasswordResetRequested(user.id(), summary.name(), summary.email(), summary.locale(),
                token, link.expiresAt()));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UserId> userForToken(String token) {
        return usableLink(token).map(link -> new UserId(link.userId()));
    }

    @Override
    public Result resetPassword(String token, String newPassword) {
        Optional<PasswordResetLink> link = usableLink(token);
        if (link.isEmpty()) {
            return Result.INVALID_LINK;
        }
        User user = em.find(User.class, link.get().userId());
        if (user == null || !user.isActive()) {
            return Result.INVALID_LINK;
        }
        Set<PasswordProblem> problems = PasswordPolicy.check(newPassword, user.email());
        if (!problems.isEmpty()) {
            return Result.refused(problems);
        }
        user.changePasswordHash(hasher.hash(newPassword.toCharArray()));
        link.get().use(clock.instant());
        voidUnusedLinks(user, clock.instant());
        passwordChanged.fire(new PasswordChanged(user.id()));
        LOG.info(() -> "Password of user " + user.id() + " set through a reset link");
        return Result.CHANGED;
    }

    private Optional<PasswordResetLink> usableLink(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("SELECT l FROM PasswordResetLink l WHERE l.tokenHash = :hash", PasswordResetLink.class)
                .setParameter("hash", PasswordResetLink.hash(token))
                .getResultStream()
                .findFirst()
                .filter(l -> l.isUsable(clock.instant()));
    }

    private long linksSince(User user, Instant since) {
        return em.createQuery("""
                        SELECT COUNT(l) FROM PasswordResetLink l
                        WHERE l.userId = :user AND l.createdAt > :since""", Long.class)
                .setParameter("user", user.id().value())
                .setParameter("since", since.atOffset(ZoneOffset.UTC))
                .getSingleResult();
    }

    private void voidUnusedLinks(User user, Instant now) {
        em.createQuery("""
                        UPDATE PasswordResetLink l SET l.usedAt = :now
                        WHERE l.userId = :user AND l.usedAt IS NULL""")
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .setParameter("user", user.id().value())
                .executeUpdate();
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
