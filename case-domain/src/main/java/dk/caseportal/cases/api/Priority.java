package dk.caseportal.cases.api;

/** Derived from urgency × impact by the priority matrix. */
public enum Priority {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW
}
