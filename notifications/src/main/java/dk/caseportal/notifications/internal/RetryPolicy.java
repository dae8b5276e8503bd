package dk.caseportal.notifications.internal;

import java.time.Duration;

/**
 * Exponential backoff: the first retry after {@code base}, then twice as long each time, never
 * more than {@code max}; after {@code maxAttempts} tries the mail is given up on.
 */
record RetryPolicy(Duration base, Duration max, int maxAttempts) {

    RetryPolicy {
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("Invalid retry policy: " + base + ", " + max + ", " + maxAttempts);
        }
    }

    Duration delayAfter(int failedAttempts) {
        int doublings = Math.min(failedAttempts - 1, 30);
        Duration delay = base.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }

    boolean givesUpAfter(int failedAttempts) {
        return failedAttempts >= maxAttempts;
    }
}
