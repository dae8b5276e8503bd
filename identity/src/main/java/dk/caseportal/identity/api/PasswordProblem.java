package dk.caseportal.identity.api;

/** Why a new password was refused. */
public enum PasswordProblem {
    TOO_SHORT,
    TOO_LONG,
    TOO_COMMON,
    SAME_AS_EMAIL
}
