package dk.caseportal.cases.api;

import dk.caseportal.identity.api.TeamId;
import dk.caseportal.identity.api.UserId;

/** What an agent sets on a case: status, team and owner (either may be null), and classification. */
public record CaseEdit(CaseStatus status, TeamId team, UserId owner, long typeId, long urgencyId, long impactId,
                       long subjectId) {
}
