package dk.caseportal.identity.api;

import java.time.Instant;
import java.util.Locale;

/**
 * Fired in the transaction that creates an invited user, so the invitation mail is queued in the
 * same transaction. The token exists only in this event and in the mail.
 */
public record UserInvited(UserId user, String name, String email, Locale locale, String token,
                          Instant expiresAt) {

    @Override
    public String toString() {
        return "UserInvited[user=" + user + ", expiresAt=" + expiresAt + "]";
    }
}
