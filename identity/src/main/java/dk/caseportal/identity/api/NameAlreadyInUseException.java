package dk.caseportal.identity.api;

/** Another record of the same kind already has this name. */
public class NameAlreadyInUseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NameAlreadyInUseException(String name) {
        super("The name is in use already: " + name);
    }
}
