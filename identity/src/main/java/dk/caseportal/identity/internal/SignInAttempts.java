package dk.caseportal.identity.internal;

import dk.caseportal.identity.api.SignInGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Records sign-in attempts and answers whether an account is throttled. */
@ApplicationScoped
public class SignInAttempts implements SignInGuard {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    private Clock clock = Clock.systemUTC();

    protected SignInAttempts() {
        // for CDI
    }

    SignInAttempts(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Its own transaction: an attempt is recorded even when the sign-in fails. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String email, SignInAttempt.Outcome outcome) {
        em.persist(new SignInAttempt(email, outcome, clock.instant()));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Duration> throttledFor(String email) {
        List<SignInAttempt> recent = em.createQuery("""
                        SELECT a FROM SignInAttempt a
                        WHERE LOWER(a.email) = :email AND a.attemptedAt > :since
                        ORDER BY a.attemptedAt DESC, a.id DESC""", SignInAttempt.class)
                .setParameter("email", EmailAddresses.truncated(email))
                .setParameter("since", clock.instant().minus(SignInThrottle.WINDOW).atOffset(java.time.ZoneOffset.UTC))
                .getResultList();
        return SignInThrottle.remaining(recent, clock.instant());
    }
}
