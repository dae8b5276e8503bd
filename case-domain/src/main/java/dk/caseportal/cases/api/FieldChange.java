package dk.caseportal.cases.api;

/**
 * One field's change in a history entry. The values are as stored: a {@link CaseStatus} or
 * {@link Priority} name, a reference value's id, or a team's or owner's name; null is "none".
 */
public record FieldChange(CaseField field, String oldValue, String newValue) {
}
