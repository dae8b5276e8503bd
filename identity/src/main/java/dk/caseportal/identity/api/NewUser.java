package dk.caseportal.identity.api;

import java.util.Locale;
import java.util.Objects;

/**
 * A user to create. {@code initialPassword} is only for bootstrapping (demo data); people get
 * their password through an invitation link.
 */
public record NewUser(String name, String email, Role role, Locale locale, String initialPassword) {

    public NewUser {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(locale, "locale");
    }
}
