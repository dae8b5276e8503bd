package dk.caseportal.notifications.internal;

import dk.caseportal.identity.api.PasswordResetRequested;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Queues the mail with a password reset link, in the transaction that created the link. */
@ApplicationScoped
public class PasswordResetMails {

    @Inject
    Outbox outbox;

    @Inject
    PortalLinks links;

    protected PasswordResetMails() {
        // for CDI
    }

    PasswordResetMails(Outbox outbox, PortalLinks links) {
        this.outbox = outbox;
        this.links = links;
    }

    void on(@Observes PasswordResetRequested event) {
        outbox.enqueue(MailTemplates.render("passwordReset", event.locale(), event.email(),
                links.setPassword(event.token()), event.name()));
    }
}
