package dk.caseportal.cases.api;

/**
 * A file not attached to a case, and why: {@code reason} is the attachments module's reason
 * ({@code EMPTY}, {@code TOO_LARGE}, {@code CASE_FULL}, {@code TYPE_NOT_ALLOWED},
 * {@code CONTENT_MISMATCH}).
 */
public class CaseFileRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final String reason;

    public CaseFileRefusedException(String fileName, String reason, Throwable cause) {
        super(reason + " " + fileName, cause);
        this.fileName = fileName;
        this.reason = reason;
    }

    public String fileName() {
        return fileName;
    }

    public String reason() {
        return reason;
    }
}
