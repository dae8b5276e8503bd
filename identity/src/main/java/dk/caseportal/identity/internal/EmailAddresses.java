package dk.caseportal.identity.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** Email addresses are compared and stored trimmed and in lower case. */
final class EmailAddresses {

    private static final Pattern PLAUSIBLE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    static final int MAX_LENGTH = 254;

    private EmailAddresses() {
    }

    static String normalize(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Normalized and cut to the column's length: for recording what someone typed. */
    static String truncated(String email) {
        String normalized = normalize(email);
        return normalized.length() > MAX_LENGTH ? normalized.substring(0, MAX_LENGTH) : normalized;
    }

    static String requireValid(String email) {
        String normalized = normalize(email);
        if (normalized.length() > MAX_LENGTH || !PLAUSIBLE.matcher(normalized).matches()) {
            throw new IllegalArgumentException("Not an email address: " + email);
        }
        return normalized;
    }
}
