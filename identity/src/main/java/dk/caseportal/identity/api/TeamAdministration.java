package dk.caseportal.identity.api;

import java.util.List;
import java.util.Optional;

/** The vendor's agent teams, which cases are routed to. */
public interface TeamAdministration {

    /** @throws NameAlreadyInUseException when another team has the name (ignoring case) */
    TeamId create(String name);

    /**
     * @throws ConcurrentChangeException when the team changed since {@code expectedVersion}
     * @throws NameAlreadyInUseException when another team has the name
     */
    void rename(TeamId team, String newName, long expectedVersion);

    /** @throws IllegalArgumentException when the user is not vendor staff (agent or administrator) */
    void addMember(TeamId team, UserId agent);

    void removeMember(TeamId team, UserId agent);

    Optional<TeamDetails> find(TeamId team);

    /** A page of teams ordered by name, with their members; {@code text} matches the name. */
    List<TeamDetails> find(String text, int first, int pageSize, boolean ascending);

    long count(String text);

    /** Active agents and administrators whose name or email matches, for adding to a team. */
    List<UserSummary> findStaff(String text, int max);
}
