package dk.caseportal.cases.internal;

import dk.caseportal.cases.api.CaseActivity;
import dk.caseportal.cases.api.CaseChangedException;
import dk.caseportal.cases.api.CaseEdit;
import dk.caseportal.cases.api.CaseField;
import dk.caseportal.cases.api.CaseHandling;
import dk.caseportal.cases.api.CaseNumber;
import dk.caseportal.cases.api.CaseStatus;
import dk.caseportal.cases.api.FieldChange;
import dk.caseportal.cases.api.InvalidCaseException;
import dk.caseportal.cases.api.Priority;
import dk.caseportal.cases.api.ReferenceKind;
import dk.caseportal.identity.api.AccessRefusedException;
import dk.caseportal.identity.api.AuditTrail;
import dk.caseportal.identity.api.AuditContext;
import dk.caseportal.identity.api.IdentityDirectory;
import dk.caseportal.identity.api.TeamSummary;
import dk.caseportal.identity.api.UserSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;

/** Changes to a case after it was created, each kept in its history as the fields it changed. */
@ApplicationScoped
@Transactional(dontRollbackOn = AccessRefusedException.class)
public class CaseHandlingService implements CaseHandling {

    private static final Logger LOG = Logger.getLogger(CaseHandlingService.class.getName());
    private static final Set<CaseField> TOLD = EnumSet.of(CaseField.STATUS, CaseField.TEAM, CaseField.OWNER);

    @PersistenceContext(unitName = "cases")
    EntityManager em;

    @Inject
    IdentityDirectory directory;

    @Inject
    AuditContext caller;

    @Inject
    AuditTrail audit;

    @Inject
    CaseAccessPolicy policy;

    @Inject
    CaseSettings settings;

    @Inject
    CaseActivities activities;

    Clock clock = Clock.systemUTC();

    protected CaseHandlingService() {
        // for CDI
    }

    CaseHandlingService(EntityManager em, IdentityDirectory directory, AuditContext caller, AuditTrail audit,
                        CaseSettings settings, Clock clock) {
        this.em = em;
        this.directory = directory;
        this.caller = caller;
        this.audit = audit;
        this.policy = new CaseAccessPolicy(directory);
        this.settings = settings;
        this.clock = clock;
        this.activities = CaseActivities.none();
    }

    @Override
    public void update(CaseNumber number, CaseEdit edit, long expectedVersion) {
        UserSummary agent = Refusals.signedIn(caller);
        SupportCase found = visibleCase(number, agent, "changing case " + number);
        if (!agent.role().isVendorStaff()) {
            throw Refusals.refuse(audit, LOG, agent, "changing case " + number + " (not vendor staff)");
        }
        requireCurrent(found, expectedVersion);
        if (found.status() == CaseStatus.CLOSED) {
            throw new InvalidCaseException("status", "case " + number + " is closed");
        }
        if (edit.status() == null) {
            throw new InvalidCaseException("status", "a status is required");
        }
        requireValue(edit.typeId(), found.typeId(), ReferenceKind.TYPE, "typeId");
        requireValue(edit.urgencyId(), found.urgencyId(), ReferenceKind.URGENCY, "urgencyId");
        requireValue(edit.impactId(), found.impactId(), ReferenceKind.IMPACT, "impactId");
        requireValue(edit.subjectId(), found.subjectId(), ReferenceKind.SUBJECT, "subjectId");
        TeamSummary team = edit.team() == null ? null : directory.findTeam(edit.team())
                .orElseThrow(() -> new InvalidCaseException("team", "unknown team " + edit.team()));
        UserSummary owner = edit.owner() == null ? null : directory.findUser(edit.owner())
                .filter(user -> user.active() && user.role().isVendorStaff())
                .orElseThrow(() -> new InvalidCaseException("owner", "not active staff: " + edit.owner()));
        Priority priority = edit.urgencyId() == found.urgencyId() && edit.impactId() == found.impactId()
                ? found.priority() : PriorityCell.of(em, edit.urgencyId(), edit.impactId());

        List<FieldChange> changes = new ArrayList<>();
        compare(changes, CaseField.STATUS, found.status().name(), edit.status().name());
        compare(changes, CaseField.TEAM, found.teamName(), team == null ? null : team.name());
        compare(changes, CaseField.OWNER, found.ownerName(), owner == null ? null : owner.name());
        compare(changes, CaseField.TYPE, found.typeId(), edit.typeId());
        compare(changes, CaseField.URGENCY, found.urgencyId(), edit.urgencyId());
        compare(changes, CaseField.IMPACT, found.impactId(), edit.impactId());
        compare(changes, CaseField.SUBJECT, found.subjectId(), edit.subjectId());
        compare(changes, CaseField.PRIORITY, found.priority().name(), priority.name());
        if (changes.isEmpty()) {
            return;
        }
        OffsetDateTime now = now();
        found.changeStatus(edit.status(), now);
        found.assign(team == null ? null : team.id().value(), team == null ? null : team.name(),
                owner == null ? null : owner.id().value(), owner == null ? null : owner.name());
        found.classify(edit.typeId(), edit.urgencyId(), edit.impactId(), edit.subjectId(), priority);
        save(found, agent, changes, now);
    }

    @Override
    public void markSolved(CaseNumber number, long expectedVersion) {
        UserSummary user = Refusals.signedIn(caller);
        SupportCase found = visibleCase(number, user, "marking case " + number + " solved");
        requireCurrent(found, expectedVersion);
        if (!CaseStatusRules.mayMarkSolved(found)) {
            throw new InvalidCaseException("status", "case " + number + " is " + found.status() + " already");
        }
        changeStatus(found, user, CaseStatus.SOLVED);
    }

    @Override
    public void reopen(CaseNumber number, long expectedVersion) {
        UserSummary user = Refusals.signedIn(caller);
        SupportCase found = visibleCase(number, user, "reopening case " + number);
        requireCurrent(found, expectedVersion);
        if (!CaseStatusRules.mayReopen(found, clock.instant(), settings.reopenPeriod())) {
            throw new InvalidCaseException("status", "case " + number + " cannot be reopened");
        }
        changeStatus(found, user, CaseStatus.IN_PROGRESS);
    }

    private void changeStatus(SupportCase found, UserSummary user, CaseStatus status) {
        List<FieldChange> changes = List.of(new FieldChange(CaseField.STATUS, found.status().name(), status.name()));
        OffsetDateTime now = now();
        found.changeStatus(status, now);
        save(found, user, changes, now);
    }

    /** The change and its history entry; a change made meanwhile by someone else wins. */
    private void save(SupportCase found, UserSummary user, List<FieldChange> changes, OffsetDateTime now) {
        found.updated(now);
        em.persist(CaseEvent.updated(found.id(), now, user.id().value(), user.name(), user.role().isVendorStaff(),
                changes));
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new CaseChangedException(found.number().toString(), null);
        }
        LOG.info(() -> "Case " + found.number() + " changed by user " + user.id() + ": " + changes);
        // Followers hear of a new status, team or owner; a new type or urgency is not worth a mail.
        List<FieldChange> told = changes.stream().filter(change -> TOLD.contains(change.field())).toList();
        if (!told.isEmpty()) {
            activities.tell(CaseActivity.change(found.number(), found.title(), user.id(), user.name(),
                    user.role().isVendorStaff(), now.toInstant(), told));
        }
    }

    private void requireCurrent(SupportCase found, long expectedVersion) {
        if (found.version() != expectedVersion) {
            String changedBy = em.createQuery("""
                            SELECT e.actorName FROM CaseEvent e WHERE e.caseId = :case AND e.kind = :kind
                            ORDER BY e.occurredAt DESC, e.id DESC""", String.class)
                    .setParameter("case", found.id())
                    .setParameter("kind", CaseEvent.UPDATED)
                    .setMaxResults(1)
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
            throw new CaseChangedException(found.number().toString(), changedBy);
        }
    }

    /** A value the case has already is kept even when it was retired since; a new one must be active. */
    private void requireValue(long id, long current, ReferenceKind kind, String field) {
        if (id != current) {
            ReferenceValues.requireActive(em, id, kind, field);
        }
    }

    private static void compare(List<FieldChange> changes, CaseField field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before == null ? null : before.toString(),
                    after == null ? null : after.toString()));
        }
    }

    private SupportCase visibleCase(CaseNumber number, UserSummary user, String what) {
        return policy.visibleToChange(em, number, user)
                .orElseThrow(() -> Refusals.refuse(audit, LOG, user, what));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
