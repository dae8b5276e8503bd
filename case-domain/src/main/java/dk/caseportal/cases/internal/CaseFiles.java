package dk.caseportal.cases.internal;

import dk.caseportal.attachments.api.CaseFileAccess;
import dk.caseportal.attachments.api.FileAdded;
import dk.caseportal.attachments.api.FileRemoved;
import dk.caseportal.attachments.api.FileUser;
import dk.caseportal.cases.api.CaseActivity;
import dk.caseportal.cases.api.CaseNumber;
import dk.caseportal.identity.api.AuditAction;
import dk.caseportal.identity.api.AuditContext;
import dk.caseportal.identity.api.AuditTrail;
import dk.caseportal.identity.api.UserId;
import dk.caseportal.identity.api.UserSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The case module's side of attachments: a case's files are exactly as visible as the case (the
 * case access policy decides), and files added or removed enter the case's history, in the same
 * transaction.
 */
@ApplicationScoped
public class CaseFiles implements CaseFileAccess {

    @PersistenceContext(unitName = "cases")
    EntityManager em;

    @Inject
    AuditContext caller;

    @Inject
    AuditTrail audit;

    @Inject
    CaseAccessPolicy policy;

    @Inject
    CaseActivities activities;

    protected CaseFiles() {
        // for CDI
    }

    CaseFiles(EntityManager em, AuditContext caller, AuditTrail audit, CaseAccessPolicy policy) {
        this.em = em;
        this.caller = caller;
        this.audit = audit;
        this.policy = policy;
        this.activities = CaseActivities.none();
    }

    @Override
    public Optional<FileUser> caller() {
        return caller.actor().map(user -> new FileUser(user.id().value(), user.name()));
    }

    @Override
    public boolean mayRead(long caseNumber) {
        return visibleCase(caseNumber).isPresent();
    }

    @Override
    public boolean mayAdd(long caseNumber) {
        return visibleCase(caseNumber).isPresent();
    }

    @Override
    public boolean mayRemove(long caseNumber, long uploaderId) {
        return visibleCase(caseNumber).isPresent() && caller.actor()
                .filter(user -> user.id().value() == uploaderId || user.role().isVendorStaff())
                .isPresent();
    }

    private Optional<SupportCase> visibleCase(long caseNumber) {
        Optional<UserSummary> viewer = caller.actor();
        if (viewer.isEmpty()) {
            return Optional.empty();
        }
        // Managed, not read-only: the files of "Opret en sag" are claimed in the transaction that
        // creates the case, which a read-only lookup does not see yet.
        return CaseNumber.of(caseNumber).flatMap(number -> policy.visibleToChange(em, number, viewer.get()));
    }

    void added(@Observes FileAdded event) {
        record(event.caseNumber(), CaseEvent.FILE_ADDED, event.by(), event.fileName(), event.at());
    }

    void removed(@Observes FileRemoved event) {
        record(event.caseNumber(), CaseEvent.FILE_REMOVED, event.by(), event.fileName(), event.at());
        audit.record(AuditAction.FILE_REMOVED, "case " + event.caseNumber() + ", file " + event.id(),
                event.fileName(), null);
    }

    private void record(long caseNumber, String kind, FileUser by, String fileName, Instant at) {
        OffsetDateTime when = at.atOffset(ZoneOffset.UTC);
        SupportCase.byNumberToChange(em, caseNumber).ifPresent(supportCase -> {
            SupportCase.touch(em, supportCase.id(), when);
            // The change is made in the request of the one who made it: their side is the caller's.
            Boolean vendorSide = caller.actor().filter(user -> user.id().value() == by.id())
                    .map(user -> user.role().isVendorStaff()).orElse(null);
            em.persist(CaseEvent.file(kind, supportCase.id(), when, by.id(), by.name(), vendorSide, fileName));
            if (CaseEvent.FILE_ADDED.equals(kind)) {
                activities.tell(CaseActivity.file(supportCase.number(), supportCase.title(), new UserId(by.id()),
                        by.name(), Boolean.TRUE.equals(vendorSide), at, fileName));
            }
        });
    }
}
