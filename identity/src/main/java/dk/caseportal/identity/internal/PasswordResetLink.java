package dk.caseportal.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

/** A single-use password reset link; only the SHA-256 of its token is stored. */
@Entity
@Table(name = "password_reset")
public class PasswordResetLink {

    static final Duration VALIDITY = Duration.ofHours(1);

    @Id
    @SequenceGenerator(name = "password_reset_seq", sequenceName = "password_reset_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "password_reset_seq")
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    protected PasswordResetLink() {
        // for JPA
    }

    PasswordResetLink(long userId, String token, Instant now) {
        this.userId = userId;
        this.tokenHash = hash(token);
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        this.expiresAt = now.plus(VALIDITY).atOffset(ZoneOffset.UTC);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt.toInstant());
    }

    void use(Instant now) {
        usedAt = now.atOffset(ZoneOffset.UTC);
    }

    long userId() {
        return userId;
    }

    Instant expiresAt() {
        return expiresAt.toInstant();
    }
}
