package dk.caseportal.cases.api;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a case's history.
 *
 * @param vendorSide whether the actor is the vendor's staff; null for what the portal did itself
 * @param kind       {@code CREATED}, {@code ASSIGNED_BY_RULE}, {@code UPDATED}, {@code FILE_ADDED},
 *                   {@code FILE_REMOVED}, {@code FOLLOWER_ADDED} or {@code FOLLOWER_REMOVED}
 * @param teamName   for an assignment by rule: the team, or null when the case is unassigned
 * @param ownerName  for an assignment by rule: the owner, or null
 * @param detail     for a file: its name; for a follower: their name
 * @param changes    for {@code UPDATED}: the fields changed, old → new
 */
public record CaseHistoryEntry(Instant occurredAt, String actorName, Boolean vendorSide, String kind,
                               String teamName, String ownerName, String detail, List<FieldChange> changes) {

    public CaseHistoryEntry {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
