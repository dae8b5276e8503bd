package dk.caseportal.identity.api;

/** A team of agents as other modules show it. */
public record TeamSummary(TeamId id, String name) {
}
