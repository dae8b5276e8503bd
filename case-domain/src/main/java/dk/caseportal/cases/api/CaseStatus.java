package dk.caseportal.cases.api;

/** Where a case is: Ny, Under behandling, Afventer kunde, Løst, Lukket. */
public enum CaseStatus {
    NEW,
    IN_PROGRESS,
    WAITING_FOR_CUSTOMER,
    SOLVED,
    CLOSED;

    /** Open cases still need someone to act; solved and closed ones do not. */
    public boolean isOpen() {
        return this != SOLVED && this != CLOSED;
    }
}
