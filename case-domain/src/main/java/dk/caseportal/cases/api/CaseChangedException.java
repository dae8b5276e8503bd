package dk.caseportal.cases.api;

/**
 * Someone changed the case after the caller read it; nothing was saved. The caller reloads to see
 * the change and decides again.
 */
public class CaseChangedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String changedBy;

    public CaseChangedException(String caseNumber, String changedBy) {
        super("Case " + caseNumber + " was changed meanwhile by " + changedBy);
        this.changedBy = changedBy;
    }

    /** Who made the change that came first; null when it is not known. */
    public String changedBy() {
        return changedBy;
    }
}
