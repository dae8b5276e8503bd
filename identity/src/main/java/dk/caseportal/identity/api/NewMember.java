package dk.caseportal.identity.api;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** A colleague invited into a customer, with the customer's products they get access to at once. */
public record NewMember(String name, String email, Locale locale, Set<ProductId> products) {

    public NewMember {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(locale, "locale");
        products = Set.copyOf(products);
    }
}
