package dk.caseportal.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * After {@value #MAX_FAILURES} failed attempts within {@link #WINDOW} an account is throttled until
 * the oldest of those failures leaves the window. A successful sign-in starts the count afresh;
 * refused attempts during throttling do not extend it, so an attacker cannot keep a real user
 * locked out for longer than the window.
 */
public final class SignInThrottle {

    public static final int MAX_FAILURES = 10;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private SignInThrottle() {
    }

    /**
     * @param recentNewestFirst the attempts of one account within the window, newest first
     * @return how long the account stays throttled, empty when it may try again
     */
    public static Optional<Duration> remaining(List<SignInAttempt> recentNewestFirst, Instant now) {
        Instant windowStart = now.minus(WINDOW);
        List<Instant> failures = recentNewestFirst.stream()
                .filter(a -> a.attemptedAt().isAfter(windowStart))
                .takeWhile(a -> a.outcome() != SignInAttempt.Outcome.SUCCESS)
                .filter(a -> a.outcome() == SignInAttempt.Outcome.FAILURE)
                .map(SignInAttempt::attemptedAt)
                .toList();
        if (failures.size() < MAX_FAILURES) {
            return Optional.empty();
        }
        Instant oldestCounted = failures.get(MAX_FAILURES - 1);
        Duration left = Duration.between(now, oldestCounted.plus(WINDOW));
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }
}
