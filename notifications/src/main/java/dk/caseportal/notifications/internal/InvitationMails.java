package dk.caseportal.notifications.internal;

import dk.caseportal.identity.api.UserInvited;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Queues the invitation mail with the link to choose a password, in the transaction that invited the user. */
@ApplicationScoped
public class InvitationMails {

    @Inject
    Outbox outbox;

    @Inject
    PortalLinks links;

    protected InvitationMails() {
        // for CDI
    }

    InvitationMails(Outbox outbox, PortalLinks links) {
        this.outbox = outbox;
        this.links = links;
    }

    void on(@Observes UserInvited event) {
        outbox.enqueue(MailTemplates.render("invitation", event.locale(), event.email(), links.setPassword(event.token()),
                event.name(), event.email()));
    }
}
