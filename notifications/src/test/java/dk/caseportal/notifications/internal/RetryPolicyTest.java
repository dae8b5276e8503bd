package dk.caseportal.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(10), 5);

    @Test
    void waitsTwiceAsLongAfterEachFailureUpToTheMaximum() {
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(policy.delayAfter(6)).isEqualTo(Duration.ofMinutes(10));
        assertThat(policy.delayAfter(1000)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        assertThat(policy.givesUpAfter(4)).isFalse();
        assertThat(policy.givesUpAfter(5)).isTrue();
    }
}
