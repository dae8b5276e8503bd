package dk.caseportal.cases.api;

/** "Vælg visning": which cases a list shows. The last two are for the vendor's staff. */
public enum CaseView {
    ALL,
    OPEN,
    FOLLOWING,
    MY_TEAMS,
    ASSIGNED_TO_ME;

    public boolean isForStaffOnly() {
        return this == MY_TEAMS || this == ASSIGNED_TO_ME;
    }
}
