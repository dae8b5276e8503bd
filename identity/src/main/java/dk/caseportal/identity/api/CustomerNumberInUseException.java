package dk.caseportal.identity.api;

/** Another customer already has this customer number. */
public class CustomerNumberInUseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CustomerNumberInUseException(String number) {
        super("The customer number is in use already: " + number);
    }
}
