package dk.caseportal.identity.api;

import java.time.Instant;
import java.util.Locale;

/**
 * Fired in the transaction that creates a password reset link, so the mail with the link is
 * queued in the same transaction. The token exists only in this event and in the mail; the
 * database keeps its hash.
 */
public record PasswordResetRequested(UserId user, String name, String email, Locale locale, String token,
                                     Instant expiresAt) {

    @Override
    public String toString() {
        return "PasswordResetRequested[user=" + user + ", expiresAt=" + expiresAt + "]";
    }
}
