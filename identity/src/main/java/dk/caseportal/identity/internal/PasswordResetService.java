package dk.caseportal.identity.internal;

import dk.caseportal.identity.api.AuditAction;
import dk.caseportal.identity.api.AuditTrail;
import dk.caseportal.identity.api.LinkPurpose;
import dk.caseportal.identity.api.PasswordChanged;
import dk.caseportal.identity.api.PasswordLinkInfo;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    Event<PasswordResetRequested> resetRequested;

    @Inject
    Event<PasswordChanged> passwordChanged;

    @Inject
    AuditTrail audit;

    private final PasswordHasher hasher = new PasswordHasher();
    Clock clock = Clock.systemUTC();

    protected PasswordResetService() {
        // for CDI
    }

    PasswordResetService(EntityManager em, Event<PasswordResetRequested> resetRequested,
                         Event<PasswordChanged> passwordChanged, AuditTrail audit, Clock clock) {
        this.em = em;
        this.resetRequested = resetRequested;
        this.passwordChanged = passwordChanged;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void requestReset(String email) {
        Instant now = clock.instant();
        // Recorded whether the email exists or not: many requests for unknown emails are worth seeing.
        audit.recordAs(email, AuditAction.PASSWORD_RESET_REQUESTED, null);
        Optional<User> found = new JpaIdentityDirectory(em).findEntityByEmail(email).filter(User::isActive);
        if (found.isEmpty()) {
            LOG.fine("Password reset asked for an unknown or inactive email");
            return;
        }
        User user = found.get();
        PasswordLinks links = new PasswordLinks(em);
        if (links.createdSince(user.id().value(), LinkPurpose.RESET, now.minus(Duration.ofHours(1)))
                >= MAX_LINKS_PER_HOUR) {
            LOG.info(() -> "Password reset for user " + user.id() + " not sent: too many links in the last hour");
            return;
        }
        PasswordLinks.Created link = links.create(user, LinkPurpose.RESET, now);
        UserSummary summary = user.toSummary();
        resetRequested.fire(new PasswordResetRequested(user.id(), summary.name(), summary.email(), summary.locale(),
                link.token(), link.expiresAt()));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PasswordLinkInfo> linkFor(String token) {
        return new PasswordLinks(em).usable(token, clock.instant())
                .map(link -> new PasswordLinkInfo(new UserId(link.userId()), link.purpose()));
    }

    @Override
    public Result resetPassword(String token, String newPassword) {
        PasswordLinks links = new PasswordLinks(em);
        Optional<PasswordLink> link = links.usable(token, clock.instant());
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
        links.voidUnused(user.id().value(), clock.instant());
        passwordChanged.fire(new PasswordChanged(user.id()));
        audit.recordAs(IdentityAdministrationService.label(user), AuditAction.PASSWORD_SET,
                link.get().purpose() == LinkPurpose.INVITATION ? "invitation link" : "reset link");
        LOG.info(() -> "Password of user " + user.id() + " set through a " + link.get().purpose() + " link");
        return Result.CHANGED;
    }
}
