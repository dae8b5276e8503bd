package dk.caseportal.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import dk.caseportal.cases.api.FeedOrder;
import dk.caseportal.cases.api.FeedQuery;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedAddressTest {

    @Test
    void theFirstPageHasNoQueryAndMoreAddsAPage() {
        FeedAddress first = FeedAddress.of(Map.of());

        assertThat(first).isEqualTo(FeedAddress.first());
        assertThat(first.parameters()).isEmpty();
        assertThat(first.parameters("case=00000042")).isEqualTo("case=00000042");
        assertThat(first.more().parameters()).isEqualTo("limit=40");
        assertThat(first.more().more().feedQuery()).isEqualTo(new FeedQuery(FeedOrder.LATEST_POSTS, null, 60));
    }

    @Test
    void theOrderAndTheSearchAreKeptAndTheSearchEncoded() {
        FeedAddress address = FeedAddress.of(Map.of("order", "OLDEST_FIRST", "q", "  løn & skat ", "limit", "40"));

        assertThat(address.parameters("case=7")).isEqualTo("case=7&order=OLDEST_FIRST&q=l%C3%B8n+%26+skat&limit=40");
        assertThat(address.feedQuery()).isEqualTo(new FeedQuery(FeedOrder.OLDEST_FIRST, "løn & skat", 40));
    }

    @Test
    void whatThePageDoesNotOfferIsIgnored() {
        FeedAddress tampered = FeedAddress.of(Map.of("order", "DROP TABLE", "q", " ", "limit", "-5"));
        assertThat(tampered).isEqualTo(FeedAddress.first());

        assertThat(FeedAddress.of(Map.of("limit", "many")).limit()).isEqualTo(20);
        assertThat(FeedAddress.of(Map.of("limit", "25")).limit()).as("whole pages").isEqualTo(40);
        assertThat(FeedAddress.of(Map.of("limit", "999999")).limit()).isEqualTo(1000);
        assertThat(FeedAddress.of(Map.of("limit", String.valueOf(Integer.MAX_VALUE))).limit()).isEqualTo(1000);
        assertThat(FeedAddress.of(Map.of("limit", "1000")).more().limit()).isEqualTo(1000);
        assertThat(FeedAddress.of(Map.of("q", "x".repeat(300))).search()).hasSize(255);
    }
}
