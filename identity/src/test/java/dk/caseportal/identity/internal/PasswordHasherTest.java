package dk.caseportal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void theRightPasswordMatchesAndAWrongOneDoesNot() {
        String stored = hasher.hash("Demo-Portal-1".toCharArray());

        assertThat(hasher.verify("Demo-Portal-1".toCharArray(), stored)).isTrue();
        assertThat(hasher.verify("Demo-Portal-2".toCharArray(), stored)).isFalse();
        assertThat(hasher.verify("".toCharArray(), stored)).isFalse();
    }

    @Test
    void storesSha512WithAtLeast210000IterationsAndARandomSalt() {
        String first = hasher.hash("same password".toCharArray());
        String second = hasher.hash("same password".toCharArray());

        String[] parts = first.split(":");
        assertThat(parts[0]).isEqualTo("pbkdf2-sha512");
        assertThat(Integer.parseInt(parts[1])).isGreaterThanOrEqualTo(210_000);
        assertThat(first).isNotEqualTo(second);
        assertThat(first).doesNotContain("same password");
    }

    @Test
    void aMissingOrMalformedHashNeverMatches() {
        assertThat(hasher.verify("x".toCharArray(), null)).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "plain-text")).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "pbkdf2-sha512:abc:%%%:%%%")).isFalse();
    }
}
