package dk.caseportal.cases.api;

/** A case's field breaks a rule (a title that is too long, an unknown or retired type …). */
public class InvalidCaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidCaseException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    /** The field of {@link NewCase} at fault, e.g. {@code title}. */
    public String field() {
        return field;
    }
}
