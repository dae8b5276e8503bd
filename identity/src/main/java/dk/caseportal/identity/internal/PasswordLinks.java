package dk.caseportal.identity.internal;

import dk.caseportal.identity.api.LinkPurpose;
import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;

/** Making, finding and voiding single-use links to set a password. */
final class PasswordLinks {

    private static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager em;

    PasswordLinks(EntityManager em) {
        this.em = em;
    }

    /**
     * A new link for the user; the user's earlier unused links become void.
     *
     * @return the token, which is not stored
     */
    Created create(User user, LinkPurpose purpose, Instant now) {
        voidUnused(user.id().value(), now);
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        PasswordLink link = new PasswordLink(user.id().value(), purpose, token, now);
        em.persist(link);
        return new Created(token, link.expiresAt());
    }

    Optional<PasswordLink> usable(String token, Instant now) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("SELECT l FROM PasswordLink l WHERE l.tokenHash = :hash", PasswordLink.class)
                .setParameter("hash", PasswordLink.hash(token))
                .getResultStream()
                .findFirst()
                .filter(l -> l.isUsable(now));
    }

    long createdSince(long userId, LinkPurpose purpose, Instant since) {
        return em.createQuery("""
                        SELECT COUNT(l) FROM PasswordLink l
                        WHERE l.userId = :user AND l.purpose = :purpose AND l.createdAt > :since""", Long.class)
                .setParameter("user", userId)
                .setParameter("purpose", purpose)
                .setParameter("since", since.atOffset(ZoneOffset.UTC))
                .getSingleResult();
    }

    void voidUnused(long userId, Instant now) {
        em.createQuery("UPDATE PasswordLink l SET l.usedAt = :now WHERE l.userId = :user AND l.usedAt IS NULL")
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .setParameter("user", userId)
                .executeUpdate();
    }

    /** A link just made: its token (for the mail only) and when it stops working. */
    record Created(String token, Instant expiresAt) {
    }
}
