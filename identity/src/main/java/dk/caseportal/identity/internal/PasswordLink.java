package dk.caseportal.identity.internal;

import dk.caseportal.identity.api.LinkPurpose;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

/** A single-use link to set a password (reset or invitation); only the SHA-256 of its token is stored. */
@Entity
@Table(name = "password_link")
public class PasswordLink {

    @Id
    @SequenceGenerator(name = "password_link_seq", sequenceName = "password_link_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "password_link_seq")
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LinkPurpose purpose;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    protected PasswordLink() {
        // for JPA
    }

    PasswordLink(long userId, LinkPurpose purpose, String token, Instant now) {
        this.userId = userId;
        this.purpose = purpose;
        this.tokenHash = hash(token);
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        this.expiresAt = now.plus(purpose.validity()).atOffset(ZoneOffset.UTC);
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

    LinkPurpose purpose() {
        return purpose;
    }

    long userId() {
        return userId;
    }

    Instant expiresAt() {
        return expiresAt.toInstant();
    }
}
