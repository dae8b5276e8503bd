package dk.caseportal.identity.api;

import java.util.Locale;

/** Settings a user changes for themselves. */
public interface UserPreferences {

    /** The languages the portal speaks; the first is the default for new users. */
    java.util.List<Locale> SUPPORTED_LOCALES = java.util.List.of(Locale.forLanguageTag("da"), Locale.ENGLISH);

    /** Remembers the user's language; only supported languages are accepted. */
    void changeLocale(UserId user, Locale locale);

    /** The customer the user last chose, if they are still one of its members and it is active. */
    java.util.Optional<CustomerId> selectedCustomer(UserId user);

    /** Remembers the customer the user chose; ignored when they are not a member of it. */
    void selectCustomer(UserId user, CustomerId customer);
}
