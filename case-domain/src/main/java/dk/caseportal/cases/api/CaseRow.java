package dk.caseportal.cases.api;

import java.time.Instant;

/** A case as one line of "Mine sager". */
public record CaseRow(CaseNumber number, String title, CaseStatus status, String customerName, String productName,
                      Priority priority, Instant updatedAt, String teamName, String ownerName,
                      boolean privateCase) {
}
