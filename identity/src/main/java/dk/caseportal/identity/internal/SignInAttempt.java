package dk.caseportal.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One try to sign in, kept for throttling. Append-only. Times are {@link OffsetDateTime} because
 * EclipseLink 4.0 binds {@link Instant} as bytes.
 */
@Entity
@Table(name = "sign_in_attempt")
public class SignInAttempt {

    /** What came of an attempt. */
    public enum Outcome { SUCCESS, FAILURE, THROTTLED }

    @Id
    @SequenceGenerator(name = "sign_in_attempt_seq", sequenceName = "sign_in_attempt_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sign_in_attempt_seq")
    private Long id;

    @Column(nullable = false)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    @Column(name = "attempted_at", nullable = false)
    private OffsetDateTime attemptedAt;

    protected SignInAttempt() {
        // for JPA
    }

    SignInAttempt(String email, Outcome outcome, Instant attemptedAt) {
        this.email = EmailAddresses.truncated(email);
        this.outcome = outcome;
        this.attemptedAt = attemptedAt.atOffset(ZoneOffset.UTC);
    }

    public Outcome outcome() {
        return outcome;
    }

    public Instant attemptedAt() {
        return attemptedAt.toInstant();
    }
}
