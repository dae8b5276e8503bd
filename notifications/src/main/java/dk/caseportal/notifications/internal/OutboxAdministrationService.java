package dk.caseportal.notifications.internal;

import dk.caseportal.identity.api.AuditAction;
import dk.caseportal.identity.api.AuditTrail;
import dk.caseportal.notifications.api.OutboxAdministration;
import dk.caseportal.notifications.api.OutboxEntry;
import dk.caseportal.notifications.api.OutboxQuery;
import dk.caseportal.notifications.api.OutboxStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/** The outbox as administrators see it. */
@ApplicationScoped
@Transactional
public class OutboxAdministrationService implements OutboxAdministration {

    private static final Logger LOG = Logger.getLogger(OutboxAdministrationService.class.getName());

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    protected OutboxAdministrationService() {
        // for CDI
    }

    OutboxAdministrationService(Outbox outbox, AuditTrail audit, Clock clock) {
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OutboxEntry> find(OutboxQuery query) {
        return outbox.page(query.status(), query.recipientContains(), query.first(), query.pageSize(),
                query.sortField(), query.ascending()).stream().map(OutboxMessage::toEntry).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(OutboxStatus status, String recipientContains) {
        return outbox.count(status, recipientContains);
    }

    @Override
    public boolean retry(long id) {
        return outbox.find(id).filter(message -> message.retry(clock.instant())).map(message -> {
            OutgoingMail mail = message.mail();
            audit.record(AuditAction.MAIL_RETRIED, "\"" + mail.subject() + "\" to " + mail.to(), "FAILED", "PENDING");
            LOG.info(() -> "Failed mail " + id + " put back in line by an administrator");
            return true;
        }).orElse(false);
    }
}
