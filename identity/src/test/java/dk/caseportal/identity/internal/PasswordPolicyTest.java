package dk.caseportal.identity.internal;

import static dk.caseportal.identity.api.PasswordProblem.SAME_AS_EMAIL;
import static dk.caseportal.identity.api.PasswordProblem.TOO_COMMON;
import static dk.caseportal.identity.api.PasswordProblem.TOO_LONG;
import static dk.caseportal.identity.api.PasswordProblem.TOO_SHORT;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aLongUncommonPasswordPassesWithoutCompositionRules() {
        assertThat(PasswordPolicy.check("rødgrød med fløde", "mette@bpo.example")).isEmpty();
        assertThat(PasswordPolicy.check("correct horse battery staple", null)).isEmpty();
    }

    @Test
    void twelveToOneHundredTwentyEightCharacters() {
        assertThat(PasswordPolicy.check("elleve tegn", null)).containsExactly(TOO_SHORT);
        assertThat(PasswordPolicy.check("tolv tegn ok", null)).isEmpty();
        assertThat(PasswordPolicy.check("x".repeat(128) .replace("xx", "xy"), null)).isEmpty();
        assertThat(PasswordPolicy.check("y".repeat(129), null)).containsExactly(TOO_LONG);
        assertThat(PasswordPolicy.check(null, null)).containsExactly(TOO_SHORT);
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        assertThat(PasswordPolicy.commonPasswordCount()).isGreaterThanOrEqualTo(10_000);
        assertThat(PasswordPolicy.check("1q2w3e4r5t6y", null)).containsExactly(TOO_COMMON);
        assertThat(PasswordPolicy.check("PASSWORD1234", null)).contains(TOO_COMMON);
    }

    @Test
    void theEmailAddressIsNoPassword() {
        assertThat(PasswordPolicy.check("Mette.Jensen@bpo.example", "mette.jensen@bpo.example"))
                .containsExactly(SAME_AS_EMAIL);
    }
}
