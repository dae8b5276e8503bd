package dk.caseportal.identity.internal;

import dk.caseportal.identity.api.PasswordProblem;
import dk.caseportal.identity.api.PasswordRules;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a new password: 12 to 128 characters, not one of the 30,000 most common passwords
 * (ignoring case), not the user's own email address. No composition rules: they make passwords
 * harder to remember, not harder to guess.
 */
public final class PasswordPolicy {

    private static final String LIST = "/dk/caseportal/identity/common-passwords.txt";
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    public static Set<PasswordProblem> check(String password, String email) {
        Set<PasswordProblem> problems = EnumSet.noneOf(PasswordProblem.class);
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < PasswordRules.MIN_LENGTH) {
            problems.add(PasswordProblem.TOO_SHORT);
        }
        if (length > PasswordRules.MAX_LENGTH) {
            problems.add(PasswordProblem.TOO_LONG);
        }
        if (password != null) {
            String lower = password.toLowerCase(Locale.ROOT);
            if (COMMON.contains(lower)) {
                problems.add(PasswordProblem.TOO_COMMON);
            }
            if (email != null && lower.equals(email.toLowerCase(Locale.ROOT))) {
                problems.add(PasswordProblem.SAME_AS_EMAIL);
            }
        }
        return problems;
    }

    static int commonPasswordCount() {
        return COMMON.size();
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException(LIST + " is missing");
            }
            Set<String> words = new HashSet<>(40_000);
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                        .map(line -> line.strip().toLowerCase(Locale.ROOT))
                        .forEach(words::add);
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
