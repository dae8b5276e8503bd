package dk.caseportal.cases.api;

import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.ProductId;
import java.time.Instant;
import java.util.List;

/** A case as its page shows it. */
public record CaseDetails(CaseNumber number, CustomerId customerId, String customerName, ProductId productId,
                          String productName, ReferenceValue type, ReferenceValue urgency, ReferenceValue impact,
                          ReferenceValue subject, String title, String description, boolean privateCase,
                          CaseStatus status, Priority priority, String teamName, String ownerName,
                          String contactName, Instant createdAt, Instant updatedAt,
                          List<CaseHistoryEntry> history) {

    public CaseDetails {
        history = List.copyOf(history);
    }
}
