package dk.caseportal.identity.api;

/** Whom a usable password link is for, and why it was sent. */
public record PasswordLinkInfo(UserId user, LinkPurpose purpose) {
}
