package dk.caseportal.notifications.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends one due mail per transaction. The row stays locked while the mail server is asked, and
 * is marked sent in the same transaction: if the portal dies between the two, the mail is sent
 * again after a restart, at most once more, with the same Message-ID.
 */
@ApplicationScoped
public class OutboxDispatch {

    private static final Logger LOG = Logger.getLogger(OutboxDispatch.class.getName());

    @Inject
    Outbox outbox;

    @Inject
    MailTransport transport;

    @Inject
    MailSettings settings;

    @Inject
    CaseMailRecipients recipients;

    Clock clock = Clock.systemUTC();

    protected OutboxDispatch() {
        // for CDI
    }

    OutboxDispatch(Outbox outbox, MailTransport transport, MailSettings settings, Clock clock) {
        this(outbox, transport, settings, null, clock);
    }

    OutboxDispatch(Outbox outbox, MailTransport transport, MailSettings settings, CaseMailRecipients recipients,
                   Clock clock) {
        this.outbox = outbox;
        this.transport = transport;
        this.settings = settings;
        this.recipients = recipients;
        this.clock = clock;
    }

    /** @return whether a mail was due (sent or not); false when there is nothing to do now */
    @Transactional
    public boolean sendNextDue() {
        return outbox.lockNextDue().map(this::send).isPresent();
    }

    private OutboxMessage send(OutboxMessage message) {
        OutgoingMail mail = message.mail();
        // Asked again now, not only when it was queued: access may have ended, or the case been muted.
        if (mail.about() != null && recipients != null) {
            Optional<String> unwanted = recipients.whyNot(mail.about());
            if (unwanted.isPresent()) {
                message.cancelled(unwanted.get());
                LOG.info(() -> "Outbox mail " + message.id() + " not sent: " + unwanted.get());
                return message;
            }
        }
        try {
            transport.send(mail, message.messageId(settings.messageIdDomain()));
            message.sent(clock.instant());
            LOG.fine(() -> "Sent outbox mail " + message.id());
        } catch (MessagingException | RuntimeException e) {
            message.attemptFailed(describe(e), clock.instant(), settings.retryPolicy());
            LOG.log(Level.WARNING, "Mail {0} not sent (attempt {1}, now {2}): {3}",
                    new Object[] {message.id(), message.attempts(), message.status(), describe(e)});
        }
        return message;
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName() + ": " + e.getMessage());
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            text.append(" / ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return text.toString();
    }
}
