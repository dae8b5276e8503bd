package dk.caseportal.cases.api;

/** The lists a case's classification comes from: Type, Haster, Indvirkning, Emne. */
public enum ReferenceKind {
    TYPE,
    URGENCY,
    IMPACT,
    SUBJECT
}
