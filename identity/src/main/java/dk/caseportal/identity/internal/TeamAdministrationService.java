package dk.caseportal.identity.internal;

import dk.caseportal.identity.api.AuditAction;
import dk.caseportal.identity.api.AuditTrail;
import dk.caseportal.identity.api.NameAlreadyInUseException;
import dk.caseportal.identity.api.Role;
import dk.caseportal.identity.api.TeamAdministration;
import dk.caseportal.identity.api.TeamDetails;
import dk.caseportal.identity.api.TeamId;
import dk.caseportal.identity.api.UserId;
import dk.caseportal.identity.api.UserSummary;
import dk.caseportal.identity.api.NameChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Agent teams: create, rename, and who is on them. */
@ApplicationScoped
@Transactional
public class TeamAdministrationService implements TeamAdministration {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Event<NameChanged> renamed;

    protected TeamAdministrationService() {
        // for CDI
    }

    TeamAdministrationService(EntityManager em, AuditTrail audit, Event<NameChanged> renamed) {
        this.em = em;
        this.audit = audit;
        this.renamed = renamed;
    }

    @Override
    public TeamId create(String name) {
        if (UniqueNames.taken(em, "AgentTeam", "name", name, null)) {
            throw new NameAlreadyInUseException(name);
        }
        AgentTeam team = new AgentTeam(name);
        em.persist(team);
        em.flush();
        audit.record(AuditAction.TEAM_CREATED, team.name(), null, team.name());
        return team.id();
    }

    @Override
    public void rename(TeamId id, String newName, long expectedVersion) {
        AgentTeam team = entity(id);
        Versions.require(team.version(), expectedVersion, "Team " + id);
        if (UniqueNames.taken(em, "AgentTeam", "name", newName, id.value())) {
            throw new NameAlreadyInUseException(newName);
        }
        String before = team.name();
        team.rename(newName);
        if (!before.equals(team.name())) {
            Versions.write(em, team, "Team " + id);
            audit.record(AuditAction.TEAM_RENAMED, before, before, team.name());
            renamed.fire(new NameChanged(NameChanged.Kind.TEAM, id.value(), team.name()));
        }
    }

    @Override
    public void addMember(TeamId id, UserId agent) {
        AgentTeam team = entity(id);
        User user = em.find(User.class, agent.value());
        if (user == null) {
            throw new IllegalArgumentException("No user with id " + agent);
        }
        if (!team.memberIds().contains(agent.value())) {
            team.addMember(user);
            audit.record(AuditAction.TEAM_MEMBER_ADDED, IdentityAdministrationService.label(user), null, team.name());
        }
    }

    @Override
    public void removeMember(TeamId id, UserId agent) {
        AgentTeam team = entity(id);
        if (team.memberIds().contains(agent.value())) {
            team.removeMember(agent.value());
            audit.record(AuditAction.TEAM_MEMBER_REMOVED,
                    IdentityAdministrationService.label(em.find(User.class, agent.value())), team.name(), null);
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TeamDetails> find(TeamId id) {
        AgentTeam team = em.find(AgentTeam.class, id.value());
        return team == null ? Optional.empty() : Optional.of(details(List.of(team)).get(0));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TeamDetails> find(String text, int first, int pageSize, boolean ascending) {
        return details(filtered("SELECT t FROM AgentTeam t",
                " ORDER BY LOWER(t.name)" + (ascending ? " ASC" : " DESC") + ", t.id", text,
                AgentTeam.class)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList());
    }

    /** Teams with their members, in one query for the members of all of them. */
    private List<TeamDetails> details(List<AgentTeam> teams) {
        Set<Long> memberIds = teams.stream().flatMap(t -> t.memberIds().stream()).collect(Collectors.toSet());
        Map<Long, UserSummary> members = memberIds.isEmpty() ? Map.of()
                : em.createQuery("SELECT u FROM User u WHERE u.id IN :ids", User.class)
                        .setParameter("ids", memberIds)
                        .getResultStream()
                        .map(User::toSummary)
                        .collect(Collectors.toMap(u -> u.id().value(), Function.identity()));
        return teams.stream()
                .map(t -> new TeamDetails(t.id(), t.name(), t.memberIds().stream().map(members::get)
                        .sorted(Comparator.comparing(UserSummary::name, String.CASE_INSENSITIVE_ORDER)).toList(),
                        t.version()))
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(String text) {
        return filtered("SELECT COUNT(t) FROM AgentTeam t", "", text, Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String select, String orderBy, String text, Class<T> type) {
        String pattern = LikePattern.containing(text);
        TypedQuery<T> query = em.createQuery(select + (pattern == null ? "" : " WHERE LOWER(t.name) LIKE :text")
                + orderBy, type);
        return pattern == null ? query : query.setParameter("text", pattern);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserSummary> findStaff(String text, int max) {
        String pattern = LikePattern.containing(text);
        TypedQuery<User> query = em.createQuery("SELECT u FROM User u WHERE u.active = TRUE AND u.role IN :roles"
                + (pattern == null ? "" : " AND (LOWER(u.name) LIKE :text OR LOWER(u.email) LIKE :text)")
                + " ORDER BY LOWER(u.name), u.id", User.class)
                .setParameter("roles", List.of(Role.AGENT, Role.ADMIN));
        if (pattern != null) {
            query.setParameter("text", pattern);
        }
        return query.setMaxResults(max).getResultStream().map(User::toSummary).toList();
    }

    private AgentTeam entity(TeamId id) {
        AgentTeam team = em.find(AgentTeam.class, id.value());
        if (team == null) {
            throw new IllegalArgumentException("No team with id " + id);
        }
        return team;
    }
}
