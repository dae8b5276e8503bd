package dk.caseportal.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class ViewScopeBookkeepingTest {

    @Test
    void theContextsOfViewsNoLongerKeptAreForgottenAndTheKeptOnesStay() {
        Map<String, Object> contexts = new ConcurrentHashMap<>();
        for (int view = 1; view <= 30; view++) {
            contexts.put("view-" + view, Map.of("caseFeedView", "…"));
        }
        Map<String, Object> kept = Collections.synchronizedMap(new LinkedHashMap<>());
        for (int view = 6; view <= 30; view++) {
            kept.put("view-" + view, Map.of());
        }

        ViewScopeBookkeeping.forgetEvicted(contexts, kept);

        assertThat(contexts).hasSize(25).containsKeys("view-6", "view-30").doesNotContainKeys("view-1", "view-5");
    }

    @Test
    void withoutEitherMapNothingHappens() {
        Map<String, Object> contexts = new ConcurrentHashMap<>(Map.of("view-1", Map.of()));

        ViewScopeBookkeeping.forgetEvicted(contexts, null);
        ViewScopeBookkeeping.forgetEvicted(null, Map.of());

        assertThat(contexts).containsOnlyKeys("view-1");
    }
}
