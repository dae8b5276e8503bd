package dk.caseportal.notifications.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token in a mail's unsubscribe link: the user and the case, signed (HMAC-SHA256) with a key
 * the portal makes once and keeps in its database, so a link works without signing in and cannot
 * be made for anyone else or another case.
 */
@ApplicationScoped
public class UnsubscribeTokens {

    private static final String ALGORITHM = "HmacSHA256";

    @PersistenceContext(unitName = "notifications")
    EntityManager em;

    private volatile byte[] key;

    protected UnsubscribeTokens() {
        // for CDI
    }

    UnsubscribeTokens(EntityManager em) {
        this.em = em;
    }

    /** Whom an unsubscribe link is for. */
    record Target(long userId, long caseNumber) {
    }

    @Transactional
    public String tokenFor(long userId, long caseNumber) {
        String payload = userId + "." + caseNumber;
        return payload + "." + sign(payload);
    }

    @Transactional
    public Optional<Target> read(String token) {
        if (token == null || !token.matches("\\d{1,18}\\.\\d{1,18}\\.[A-Za-z0-9_-]{20,100}")) {
            return Optional.empty();
        }
        int last = token.lastIndexOf('.');
        String payload = token.substring(0, last);
        byte[] given = token.substring(last + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, sign(payload).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        String[] parts = payload.split("\\.");
        return Optional.of(new Target(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key(), ALGORITHM));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            known = stored().orElseGet(() -> {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                // Two portals starting at once: the first key stored wins, and both read it back.
                em.createNativeQuery("INSERT INTO notifications.mail_secret (id, secret) VALUES (1, ?1) "
                        + "ON CONFLICT (id) DO NOTHING").setParameter(1, fresh).executeUpdate();
                return stored().orElseThrow();
            });
            key = known;
        }
        return known;
    }

    private Optional<byte[]> stored() {
        @SuppressWarnings("unchecked")
        List<byte[]> rows = em.createNativeQuery("SELECT secret FROM notifications.mail_secret WHERE id = 1")
                .getResultList();
        return rows.stream().findFirst();
    }
}
