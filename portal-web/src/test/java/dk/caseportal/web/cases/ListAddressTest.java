package dk.caseportal.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import dk.caseportal.cases.api.CaseView;
import org.junit.jupiter.api.Test;

class ListAddressTest {

    @Test
    void theDefaultListHasAShortAddress() {
        ListAddress address = new ListAddress(1L, CaseView.OPEN, null, 25, null, false);

        assertThat(address.query(1)).isEqualTo("?customer=1&view=OPEN&rows=25");
        assertThat(address.query(3)).isEqualTo("?customer=1&view=OPEN&rows=25&page=3");
    }

    @Test
    void theSearchIsEncodedAndTheSortCarriesItsDirection() {
        ListAddress address = new ListAddress(null, CaseView.ALL, "løn & skat", 50, "title", true);

        assertThat(address.query(2)).isEqualTo("?view=ALL&q=l%C3%B8n+%26+skat&rows=50&sort=title&dir=asc&page=2");
        assertThat(address.sortedBy("updatedAt", false).query(1))
                .isEqualTo("?view=ALL&q=l%C3%B8n+%26+skat&rows=50&sort=updatedAt&dir=desc");
    }
}
