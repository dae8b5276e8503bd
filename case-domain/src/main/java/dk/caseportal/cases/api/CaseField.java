package dk.caseportal.cases.api;

/** A field of a case whose change the history records (old → new). */
public enum CaseField {
    STATUS,
    TEAM,
    OWNER,
    TYPE,
    URGENCY,
    IMPACT,
    SUBJECT,
    PRIORITY;

    /** Whether the values are reference-value ids (shown by their label in the reader's language). */
    public boolean isReference() {
        return this == TYPE || this == URGENCY || this == IMPACT || this == SUBJECT;
    }
}
