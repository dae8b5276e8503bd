package dk.caseportal.cases.api;

/** An assignment rule as administrators see it, in the order rules are tried. */
public record RuleDetails(long id, RuleSpec spec, boolean fallback, long version) {
}
