package dk.caseportal.cases.api;

import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.ProductId;
import dk.caseportal.identity.api.TeamId;
import dk.caseportal.identity.api.UserId;
import java.time.Instant;

/**
 * A case as its page shows it, with what the caller may do with it now.
 *
 * @param version     what a change names, so a change made meanwhile by someone else is detected
 * @param solvedAt    when the case was last marked solved; null unless it is solved
 * @param mayEdit     the caller is the vendor's staff and the case is not closed
 * @param mayMarkSolved the case is open (anyone who sees it may mark it solved)
 * @param mayReopen   the case is solved and still within the reopen period
 */
public record CaseDetails(CaseNumber number, CustomerId customerId, String customerName, ProductId productId,
                          String productName, ReferenceValue type, ReferenceValue urgency, ReferenceValue impact,
                          ReferenceValue subject, String title, String description, boolean privateCase,
                          CaseStatus status, Priority priority, TeamId teamId, String teamName, UserId ownerId,
                          String ownerName, String contactName, Instant createdAt, Instant updatedAt,
                          Instant solvedAt, long version, boolean mayEdit, boolean mayMarkSolved,
                          boolean mayReopen) {
}
