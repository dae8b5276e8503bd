package dk.caseportal.identity.api;

/**
 * Fired in the transaction that renames a customer, product or team, so modules that show the
 * name next to their own data (a case list, say) can keep their copy current.
 */
public record NameChanged(Kind kind, long id, String name) {

    /** What was renamed. */
    public enum Kind {
        CUSTOMER,
        PRODUCT,
        TEAM
    }
}
