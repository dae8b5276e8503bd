package dk.caseportal.identity.api;

import java.util.Locale;

/**
 * What other modules and pages need to know about a user; {@code version} lets administrators'
 * changes detect that someone else changed the user meanwhile.
 */
public record UserSummary(UserId id, String name, String email, Locale locale, Role role, boolean active,
                          long version) {
}
