package dk.caseportal.identity.api;

import java.util.List;

/** A team of agents as administrators edit it; {@code version} detects concurrent edits. */
public record TeamDetails(TeamId id, String name, List<UserSummary> members, long version) {

    public TeamDetails {
        members = List.copyOf(members);
    }
}
