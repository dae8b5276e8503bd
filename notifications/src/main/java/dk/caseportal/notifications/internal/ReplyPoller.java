package dk.caseportal.notifications.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads the replies mailbox (IMAP): each mail is taken in ({@link ReplyIntake}) and then deleted
 * from the mailbox. A mail taken in but not yet deleted when the portal stops is recognised by its
 * record and only deleted the next time; a mail that cannot be read stays for the next round.
 */
@ApplicationScoped
public class ReplyPoller {

    private static final Logger LOG = Logger.getLogger(ReplyPoller.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    ReplySettings settings;

    @Inject
    ReplyIntake intake;

    protected ReplyPoller() {
        // for CDI
    }

    ReplyPoller(ReplySettings settings, ReplyIntake intake) {
        this.settings = settings;
        this.intake = intake;
    }

    /** @return how many mails were taken in (or recognised as taken before) and deleted */
    int poll() {
        if (!settings.enabled()) {
            return 0;
        }
        int handled = 0;
        Session session = Session.getInstance(settings.sessionProperties(TIMEOUT));
        try (Store store = session.getStore(settings.protocol())) {
            store.connect(settings.host().orElseThrow(), settings.port(), settings.username(), settings.password());
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            try {
                for (Message message : inbox.getMessages()) {
                    if (!message.isSet(Flags.Flag.DELETED) && take(message)) {
                        message.setFlag(Flags.Flag.DELETED, true);
                        handled++;
                    }
                }
            } finally {
                inbox.close(true);
            }
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "The replies mailbox {0}:{1} could not be read: {2}",
                    new Object[] {settings.host().orElse(""), settings.port(), e.getMessage()});
        }
        return handled;
    }

    private boolean take(Message message) {
        try {
            IncomingReply reply = ReplyMessages.read((MimeMessage) message);
            ReplyIntake.Outcome outcome = intake.take(reply);
            LOG.fine(() -> "Mail " + reply.key() + " from " + reply.from() + ": " + outcome);
            return true;
        } catch (MessagingException | IOException | RuntimeException | LinkageError e) {
            // LinkageError too: it would end the schedule silently and no reply would be read again.
            LOG.log(Level.WARNING, "A mail in the replies mailbox could not be taken in; it stays for the next round", e);
            return false;
        }
    }
}
