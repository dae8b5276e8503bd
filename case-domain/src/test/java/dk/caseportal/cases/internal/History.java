package dk.caseportal.cases.internal;

import dk.caseportal.cases.api.CaseHistoryEntry;
import dk.caseportal.cases.api.CaseNumber;
import dk.caseportal.cases.api.FeedEntry;
import dk.caseportal.cases.api.FeedOrder;
import dk.caseportal.cases.api.FeedQuery;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;

/** A case's history as the signed-in user reads it in the feed, oldest first. */
final class History {

    private History() {
    }

    static List<CaseHistoryEntry> of(EntityManager em, FakeIdentity identity, CaseNumber number) {
        return new FeedService(em, identity, identity, new CaseAccessPolicy(identity), Clock.systemUTC())
                .feed(number, new FeedQuery(FeedOrder.OLDEST_FIRST, null, 1000)).orElseThrow().entries().stream()
                .filter(entry -> !entry.isPost())
                .map(FeedEntry::history)
                .toList();
    }
}
