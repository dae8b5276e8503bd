package dk.caseportal.cases.api;

import java.time.Instant;

/**
 * One entry of a case's history.
 *
 * @param kind      {@code CREATED} or {@code ASSIGNED_BY_RULE}
 * @param teamName  for an assignment: the team, or null when the case is unassigned
 * @param ownerName for an assignment: the owner, or null
 */
public record CaseHistoryEntry(Instant occurredAt, String actorName, String kind, String teamName,
                               String ownerName) {
}
