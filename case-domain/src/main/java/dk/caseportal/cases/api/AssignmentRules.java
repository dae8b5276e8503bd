package dk.caseportal.cases.api;

import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.ProductId;
import dk.caseportal.identity.api.TeamId;
import dk.caseportal.identity.api.UserId;

/** The ordered rules that route a new case to a team and optionally an owner. */
public interface AssignmentRules {

    /**
     * Adds a rule; every condition left null matches anything. Rules are tried by position, the
     * lowest first, and the fallback rule last.
     */
    void add(int position, CustomerId customer, ProductId product, Long typeId, Long subjectId, Long urgencyId,
             TeamId team, UserId owner);

    /** Where the fallback rule sends the cases no other rule takes; owner may be null. */
    void routeFallbackTo(TeamId team, UserId owner);
}
