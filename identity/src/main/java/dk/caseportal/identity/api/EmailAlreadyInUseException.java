package dk.caseportal.identity.api;

/** Another user already has this email address (whatever its case). */
public class EmailAlreadyInUseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EmailAlreadyInUseException(String email) {
        super("A user with this email exists already: " + email);
    }
}
