package dk.caseportal.identity.internal;

import dk.caseportal.identity.api.TeamId;
import dk.caseportal.identity.api.TeamSummary;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;

/** A team of the vendor's support agents; cases are routed to teams. */
@Entity
@Table(name = "agent_team")
public class AgentTeam {

    @Id
    @SequenceGenerator(name = "team_seq", sequenceName = "team_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_seq")
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    @ElementCollection
    @CollectionTable(name = "team_member", joinColumns = @JoinColumn(name = "team_id"))
    @Column(name = "user_id")
    private Set<Long> memberIds = new HashSet<>();

    @Version
    private long version;

    protected AgentTeam() {
        // for JPA
    }

    public AgentTeam(String name) {
        this.name = requireName(name);
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new IllegalArgumentException("A team's name is 1 to 200 characters");
        }
        return name.strip();
    }

    public void rename(String newName) {
        this.name = requireName(newName);
    }

    public void removeMember(long userId) {
        memberIds.remove(userId);
    }

    Set<Long> memberIds() {
        return Set.copyOf(memberIds);
    }

    public long version() {
        return version;
    }

    /** Only vendor staff can be on a team. */
    public void addMember(User agent) {
        if (!agent.role().isVendorStaff()) {
            throw new IllegalArgumentException("Only agents and administrators can join a team");
        }
        memberIds.add(agent.id().value());
    }

    public TeamId id() {
        return new TeamId(id);
    }

    public TeamSummary toSummary() {
        return new TeamSummary(id(), name);
    }

    public String name() {
        return name;
    }
}
