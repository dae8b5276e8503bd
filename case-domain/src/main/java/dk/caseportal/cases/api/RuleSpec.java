package dk.caseportal.cases.api;

import dk.caseportal.identity.api.CustomerId;
import dk.caseportal.identity.api.ProductId;
import dk.caseportal.identity.api.TeamId;
import dk.caseportal.identity.api.UserId;

/**
 * An assignment rule's conditions (each null for "any") and where it routes a matching case:
 * a team, and optionally an owner on it.
 */
public record RuleSpec(CustomerId customer, ProductId product, Long typeId, Long subjectId, Long urgencyId,
                       TeamId team, UserId owner) {
}
