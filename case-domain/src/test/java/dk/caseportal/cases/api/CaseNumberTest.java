package dk.caseportal.cases.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Case numbers as people see and type them. */
class CaseNumberTest {

    @Test
    void aNumberIsShownWithEightDigitsAndReadBackWithOrWithoutTheZeros() {
        assertThat(new CaseNumber(2196)).hasToString("00002196");
        assertThat(new CaseNumber(99_999_999)).hasToString("99999999");
        assertThat(CaseNumber.parse("00002196")).contains(new CaseNumber(2196));
        assertThat(CaseNumber.parse(" 2196 ")).contains(new CaseNumber(2196));
        assertThat(CaseNumber.parse("2196a")).isEmpty();
        assertThat(CaseNumber.parse("00000000")).isEmpty();
    }
}
