package dk.caseportal.identity.api;

/**
 * The caller may not do this: another customer's id, a product the customer has not licensed, a
 * user who is not a member. Nothing was changed, and the attempt is in the audit trail.
 */
public class AccessRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessRefusedException(String what) {
        super("Refused: " + what);
    }
}
