package dk.caseportal.identity.api;

/** The rules every new password must pass: length only, no composition rules (NIST SP 800-63B). */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordRules() {
    }
}
