package dk.caseportal.notifications.internal;

import dk.caseportal.cases.api.CaseActivity;
import dk.caseportal.cases.api.CaseAudience;
import dk.caseportal.cases.api.CaseNumber;
import dk.caseportal.identity.api.IdentityDirectory;
import dk.caseportal.identity.api.UserId;
import dk.caseportal.identity.api.UserSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Tells the people following a case what happened on it, in the transaction that made it: a mail
 * each in the outbox, or a line for their daily digest, as each chose. Not the one who did it, not
 * a customer about an internal note, not anyone who cannot see the case or muted it.
 */
@ApplicationScoped
public class CaseActivityMails {

    private static final Logger LOG = Logger.getLogger(CaseActivityMails.class.getName());

    @Inject
    CaseAudience audience;

    @Inject
    IdentityDirectory directory;

    @Inject
    CaseMailRecipients recipients;

    @Inject
    MailPreferences preferences;

    @Inject
    Outbox outbox;

    @Inject
    Digests digests;

    @Inject
    PortalLinks links;

    @Inject
    UnsubscribeTokens tokens;

    @Inject
    MailSettings settings;

    @Inject
    ReplySettings replies;

    protected CaseActivityMails() {
        // for CDI
    }

    CaseActivityMails(CaseAudience audience, IdentityDirectory directory, CaseMailRecipients recipients,
                      MailPreferences preferences, Outbox outbox, Digests digests, PortalLinks links,
                      UnsubscribeTokens tokens, MailSettings settings, ReplySettings replies) {
        this.audience = audience;
        this.directory = directory;
        this.recipients = recipients;
        this.preferences = preferences;
        this.outbox = outbox;
        this.digests = digests;
        this.links = links;
        this.tokens = tokens;
        this.settings = settings;
        this.replies = replies;
    }

    void on(@Observes CaseActivity activity) {
        CaseNumber number = activity.caseNumber();
        for (UserId id : audience.audienceOf(number)) {
            if (id.equals(activity.by())) {
                continue;
            }
            Optional<UserSummary> user = directory.findUser(id);
            Optional<String> unwanted = user.isEmpty() ? Optional.of("unknown user")
                    : recipients.whyNot(user.get(), number, activity.internal());
            if (unwanted.isPresent()) {
                LOG.fine(() -> "No mail to user " + id + " about case " + number + ": " + unwanted.get());
                continue;
            }
            switch (preferences.of(id.value()).frequency()) {
                case EVERY_UPDATE -> outbox.enqueue(mail(user.get(), activity));
                case DAILY_DIGEST -> digests.add(user.get(), activity);
                case NONE -> LOG.fine(() -> "User " + id + " wants no mail about cases");
            }
        }
    }

    private OutgoingMail mail(UserSummary user, CaseActivity activity) {
        CaseNumber number = activity.caseNumber();
        String unsubscribe = links.unsubscribe(tokens.tokenFor(user.id().value(), number.value()));
        // Every mail about a case refers to the same (never sent) first message: mail clients put
        // them in one thread, and a reply names the case.
        String thread = threadId(number, settings.messageIdDomain());
        List<OutgoingMail.MailHeader> headers = new ArrayList<>(List.of(
                new OutgoingMail.MailHeader("In-Reply-To", thread),
                new OutgoingMail.MailHeader("References", thread),
                new OutgoingMail.MailHeader("List-Unsubscribe", "<" + unsubscribe + ">"),
                new OutgoingMail.MailHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                new OutgoingMail.MailHeader("Auto-Submitted", "auto-generated")));
        if (replies.enabled()) {
            // A reply goes to the mailbox the portal reads, and becomes a post on the case.
            headers.add(new OutgoingMail.MailHeader("Reply-To", replies.address()));
        }
        return new CaseMailTemplates(user.locale()).mail(user.email(), activity, links.caseLink(number), unsubscribe,
                links.profile(), replies.enabled(), headers,
                new OutgoingMail.CaseRecipient(number.value(), user.id().value(), activity.internal()));
    }

    /** The Message-ID that every mail about the case refers to. */
    static String threadId(CaseNumber number, String domain) {
        return "<case-" + number + "@" + domain + ">";
    }
}
