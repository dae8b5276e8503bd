package dk.caseportal.notifications.internal;

import dk.caseportal.cases.api.CaseAttachments;
import dk.caseportal.cases.api.CaseFeed;
import dk.caseportal.cases.api.CaseNumber;
import dk.caseportal.identity.api.ActingAs;
import dk.caseportal.identity.api.UserSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.ZoneOffset;

/**
 * The transactions of taking in a reply by mail. A reply is recorded ({@code incoming_mail}) in
 * the transaction that posts it or refuses it, so it is acted on once; each attachment is stored
 * in its own transaction (the attachments module rolls back a refused file) and recorded with it,
 * so a reply taken in again after a stop does not store a file twice.
 */
@ApplicationScoped
public class ReplyActions {

    static final String CHANNEL = "e-mail";

    @PersistenceContext(unitName = "notifications")
    EntityManager em;

    @Inject
    ActingAs acting;

    @Inject
    CaseFeed feed;

    @Inject
    CaseAttachments attachments;

    @Inject
    Outbox outbox;

    Clock clock = Clock.systemUTC();

    protected ReplyActions() {
        // for CDI
    }

    ReplyActions(EntityManager em, ActingAs acting, CaseFeed feed, CaseAttachments attachments, Outbox outbox,
                 Clock clock) {
        this.em = em;
        this.acting = acting;
        this.feed = feed;
        this.attachments = attachments;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Whether the mail was taken in before (posted, refused or ignored). */
    @Transactional
    public boolean known(String key) {
        return !em.createNativeQuery("SELECT 1 FROM notifications.incoming_mail WHERE message_key = ?1")
                .setParameter(1, key).getResultList().isEmpty();
    }

    /**
     * Stores the reply's attachment as the user, unless it was stored before.
     *
     * @throws dk.caseportal.cases.api.CaseFileRefusedException when the file is refused (nothing stored)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void attach(String key, int index, UserSummary user, CaseNumber number, IncomingReply.Attachment file) {
        boolean stored = !em.createNativeQuery(
                        "SELECT 1 FROM notifications.incoming_mail_file WHERE message_key = ?1 AND file_index = ?2")
                .setParameter(1, key).setParameter(2, index).getResultList().isEmpty();
        if (stored) {
            return;
        }
        acting.run(user.id(), CHANNEL, () -> {
            attachments.attach(number, file.fileName(), new ByteArrayInputStream(file.content()));
            return null;
        });
        em.createNativeQuery("INSERT INTO notifications.incoming_mail_file (message_key, file_index) VALUES (?1, ?2)")
                .setParameter(1, key).setParameter(2, index).executeUpdate();
    }

    /** Posts the reply as the user, records it, and queues the note about refused files, if any. */
    @Transactional
    public void post(IncomingReply reply, UserSummary user, CaseNumber number, String html, boolean internal,
                     OutgoingMail refusedFiles) {
        acting.run(user.id(), CHANNEL, () -> {
            feed.share(number, html, internal);
            return null;
        });
        record(reply, number, "POSTED", internal ? "internal note" : null);
        if (refusedFiles != null) {
            outbox.enqueue(refusedFiles);
        }
    }

    /** Records a reply that is not posted, and queues the bounce explaining why (none for automatic mail). */
    @Transactional
    public void refuse(IncomingReply reply, CaseNumber number, String outcome, OutgoingMail bounce) {
        record(reply, number, outcome, null);
        if (bounce != null) {
            outbox.enqueue(bounce);
        }
    }

    /** The casts: PostgreSQL cannot tell the type of a parameter that is null. */
    private void record(IncomingReply reply, CaseNumber number, String outcome, String detail) {
        em.createNativeQuery("""
                        INSERT INTO notifications.incoming_mail
                            (message_key, sender, case_number, outcome, detail, received_at)
                        VALUES (?1, CAST(?2 AS VARCHAR), CAST(?3 AS BIGINT), ?4, CAST(?5 AS VARCHAR), ?6)""")
                .setParameter(1, reply.key())
                .setParameter(2, reply.from() == null ? null : truncate(reply.from(), 254))
                .setParameter(3, number == null ? null : number.value())
                .setParameter(4, outcome)
                .setParameter(5, detail)
                .setParameter(6, clock.instant().atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    private static String truncate(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }
}
