package dk.caseportal.identity.api;

/** Fired when a user's password has been set anew: the user's other sessions must end. */
public record PasswordChanged(UserId user) {
}
