package dk.caseportal.identity.internal;

import static dk.caseportal.identity.internal.SignInAttempt.Outcome.FAILURE;
import static dk.caseportal.identity.internal.SignInAttempt.Outcome.SUCCESS;
import static dk.caseportal.identity.internal.SignInAttempt.Outcome.THROTTLED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private final List<SignInAttempt> attempts = new ArrayList<>();

    private void attempt(SignInAttempt.Outcome outcome, int minutesAgo) {
        attempts.add(new SignInAttempt("patrick@bpo.example", outcome, NOW.minus(Duration.ofMinutes(minutesAgo))));
    }

    private List<SignInAttempt> newestFirst() {
        return attempts.stream().sorted(Comparator.comparing(SignInAttempt::attemptedAt).reversed()).toList();
    }

    @Test
    void nineFailuresAreAllowed() {
        for (int i = 0; i < 9; i++) {
            attempt(FAILURE, i);
        }
        assertThat(SignInThrottle.remaining(newestFirst(), NOW)).isEmpty();
    }

    @Test
    void theTenthFailureWithinFifteenMinutesThrottlesUntilTheOldestLeavesTheWindow() {
        for (int i = 0; i < 10; i++) {
            attempt(FAILURE, i);
        }
        // the oldest counted failure was 9 minutes ago, so 6 minutes remain
        assertThat(SignInThrottle.remaining(newestFirst(), NOW)).contains(Duration.ofMinutes(6));
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        for (int i = 0; i < 10; i++) {
            attempt(FAILURE, 10 + i);
        }
        assertThat(SignInThrottle.remaining(newestFirst(), NOW)).isEmpty();
    }

    @Test
    void aSuccessfulSignInStartsTheCountAfresh() {
        for (int i = 0; i < 5; i++) {
            attempt(FAILURE, 1);
        }
        attempt(SUCCESS, 2);
        for (int i = 0; i < 5; i++) {
            attempt(FAILURE, 3);
        }
        assertThat(SignInThrottle.remaining(newestFirst(), NOW)).isEmpty();
    }

    @Test
    void refusedAttemptsWhileThrottledDoNotExtendTheLock() {
        for (int i = 0; i < 10; i++) {
            attempt(FAILURE, 14);
        }
        for (int i = 0; i < 20; i++) {
            attempt(THROTTLED, 0);
        }
        assertThat(SignInThrottle.remaining(newestFirst(), NOW)).contains(Duration.ofMinutes(1));
    }
}
