package dk.caseportal.identity.api;

/** Fired when a user is deactivated: the user's sessions must end at once. */
public record UserDeactivated(UserId user) {
}
