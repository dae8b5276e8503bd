package dk.caseportal.identity.api;

import java.util.Locale;

/** What other modules and pages need to know about a user. */
public record UserSummary(UserId id, String name, String email, Locale locale, Role role, boolean active) {
}
