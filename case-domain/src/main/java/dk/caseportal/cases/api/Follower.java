package dk.caseportal.cases.api;

import dk.caseportal.identity.api.UserId;

/**
 * Someone who follows a case, as the caller sees them.
 *
 * @param creator   the case's creator, who always follows it
 * @param removable whether the caller may take them off the case
 */
public record Follower(UserId id, String name, boolean vendorSide, boolean creator, boolean removable) {
}
