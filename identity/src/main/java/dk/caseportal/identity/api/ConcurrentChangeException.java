package dk.caseportal.identity.api;

/** Someone else changed the record after it was read for editing; nothing was saved. */
public class ConcurrentChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(String what) {
        super(what + " was changed by someone else meanwhile");
    }
}
