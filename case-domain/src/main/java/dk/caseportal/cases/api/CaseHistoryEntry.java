package dk.caseportal.cases.api;

import java.time.Instant;

/**
 * One entry of a case's history.
 *
 * @param kind      {@code CREATED}, {@code ASSIGNED_BY_RULE}, {@code FILE_ADDED} or {@code FILE_REMOVED}
 * @param teamName  for an assignment: the team, or null when the case is unassigned
 * @param ownerName for an assignment: the owner, or null
 * @param fileName  for a file added or removed: its name
 */
public record CaseHistoryEntry(Instant occurredAt, String actorName, String kind, String teamName,
                               String ownerName, String fileName) {
}
