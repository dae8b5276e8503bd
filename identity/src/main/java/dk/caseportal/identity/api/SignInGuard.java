package dk.caseportal.identity.api;

import java.time.Duration;
import java.util.Optional;

/**
 * Tells the sign-in page why a sign-in was refused when the reason may be shown: an account is
 * throttled after too many failed attempts. Unknown email and wrong password are never told
 * apart.
 */
public interface SignInGuard {

    /** How long the account with this email stays throttled, or empty when it is not. */
    Optional<Duration> throttledFor(String email);
}
