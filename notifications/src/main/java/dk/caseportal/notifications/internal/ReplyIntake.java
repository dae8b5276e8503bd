package dk.caseportal.notifications.internal;

import dk.caseportal.cases.api.CaseAudience;
import dk.caseportal.cases.api.CaseFileRefusedException;
import dk.caseportal.cases.api.CaseNumber;
import dk.caseportal.identity.api.IdentityDirectory;
import dk.caseportal.identity.api.UserSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes in a reply to one of the portal's mails: it becomes a post on its case by the sender —
 * when the sender's address is a user who may see the case — with its attachments as the case's
 * files. The case is found by the mails it answers (In-Reply-To, References), else by the case
 * number in its subject ("SV: [Sag 00002001] …"). Anything else gets a polite explanation by mail
 * and is never posted; mail sent by programs gets none.
 */
@ApplicationScoped
public class ReplyIntake {

    private static final Logger LOG = Logger.getLogger(ReplyIntake.class.getName());
    private static final Pattern OUTBOX_ID = Pattern.compile("<outbox-(\\d+)\\.\\d+@([^>]+)>");
    private static final Pattern THREAD_ID = Pattern.compile("<case-(\\d{1,8})@([^>]+)>");
    /** "[Sag 00002001]" or "[Case 00002001]", after any "SV:", "VS:", "Re:", "Fwd:" the mail program added. */
    private static final Pattern SUBJECT_TOKEN = Pattern.compile("\\[(?:Sag|Case)\\s+(\\d{1,8})]",
            Pattern.CASE_INSENSITIVE);

    @Inject
    ReplyActions actions;

    @Inject
    IdentityDirectory directory;

    @Inject
    CaseAudience audience;

    @Inject
    Outbox outbox;

    @Inject
    MailSettings settings;

    protected ReplyIntake() {
        // for CDI
    }

    ReplyIntake(ReplyActions actions, IdentityDirectory directory, CaseAudience audience, Outbox outbox,
                MailSettings settings) {
        this.actions = actions;
        this.directory = directory;
        this.audience = audience;
        this.outbox = outbox;
        this.settings = settings;
    }

    /** What became of a reply. */
    enum Outcome {
        POSTED, ALREADY_TAKEN, IGNORED, UNKNOWN_SENDER, NOT_VERIFIED, NO_CASE, NO_ACCESS, EMPTY
    }

    /**
     * In one transaction, so a reply posted or refused is recorded with it; the attachments are
     * stored in transactions of their own (see {@link ReplyActions}). Two portals taking the same
     * mail at once: the second fails on the record and nothing of it stays.
     */
    @Transactional
    public Outcome take(IncomingReply reply) {
        if (actions.known(reply.key())) {
            return Outcome.ALREADY_TAKEN;
        }
        if (reply.automatic()) {
            LOG.info(() -> "Ignored an automatic mail from " + reply.from() + ": " + reply.subject());
            actions.refuse(reply, null, Outcome.IGNORED.name(), null);
            return Outcome.IGNORED;
        }
        Optional<UserSummary> sender = Optional.ofNullable(reply.from()).flatMap(directory::findUserByEmail)
                .filter(UserSummary::active);
        Target target = target(reply);
        if (sender.isEmpty()) {
            return refuse(reply, null, target.number(), Outcome.UNKNOWN_SENDER);
        }
        UserSummary user = sender.get();
        if (reply.unverified()) {
            return refuse(reply, user, target.number(), Outcome.NOT_VERIFIED);
        }
        if (target.number() == null) {
            return refuse(reply, user, null, Outcome.NO_CASE);
        }
        CaseNumber number = target.number();
        if (!audience.maySee(user.id(), number)) {
            return refuse(reply, user, number, Outcome.NO_ACCESS);
        }
        if (reply.text().isBlank() && reply.attachments().isEmpty()) {
            return refuse(reply, user, number, Outcome.EMPTY);
        }
        List<String> attached = new ArrayList<>();
        List<CaseFileRefusedException> refused = new ArrayList<>();
        for (int i = 0; i < reply.attachments().size(); i++) {
            IncomingReply.Attachment file = reply.attachments().get(i);
            try {
                actions.attach(reply.key(), i, user, number, file);
                attached.add(file.fileName());
            } catch (CaseFileRefusedException e) {
                refused.add(e);
            }
        }
        ReplyMails words = new ReplyMails(user.locale());
        String text = reply.text().isBlank() ? words.attachedFiles(attached) : reply.text();
        if (text.isBlank()) {
            // Only files, and every one refused: nothing to post.
            actions.refuse(reply, number, "FILES_REFUSED", words.refusedFiles(user.email(), number, reply, refused));
            return Outcome.EMPTY;
        }
        boolean internal = target.staffOnly() && user.role().isVendorStaff();
        actions.post(reply, user, number, ReplyText.toHtml(text), internal,
                refused.isEmpty() ? null : words.refusedFiles(user.email(), number, reply, refused));
        LOG.info(() -> "Reply by mail from user " + user.id() + " posted on case " + number
                + (refused.isEmpty() ? "" : ", " + refused.size() + " file(s) refused"));
        return Outcome.POSTED;
    }

    private Outcome refuse(IncomingReply reply, UserSummary user, CaseNumber number, Outcome outcome) {
        Locale locale = user == null ? null : user.locale();
        actions.refuse(reply, number, outcome.name(),
                ReplyMails.bounce(locale, reply.from(), number, reply, outcome.name()));
        LOG.info(() -> "Reply by mail from " + reply.from() + " not posted: " + outcome);
        return outcome;
    }

    /** The case a reply is about, and whether the mail it answers was about an internal note. */
    private record Target(CaseNumber number, boolean staffOnly) {
    }

    private Target target(IncomingReply reply) {
        String domain = settings.messageIdDomain();
        for (String reference : reply.references()) {
            Matcher outboxId = OUTBOX_ID.matcher(reference);
            if (outboxId.matches() && outboxId.group(2).equalsIgnoreCase(domain)) {
                Optional<OutboxMessage> answered = outbox.find(Long.parseLong(outboxId.group(1)))
                        .filter(message -> message.caseNumber() != null);
                if (answered.isPresent()) {
                    return new Target(new CaseNumber(answered.get().caseNumber()), answered.get().staffOnly());
                }
            }
            Matcher threadId = THREAD_ID.matcher(reference);
            if (threadId.matches() && threadId.group(2).equalsIgnoreCase(domain)) {
                Optional<CaseNumber> number = CaseNumber.of(Long.parseLong(threadId.group(1)));
                if (number.isPresent()) {
                    return new Target(number.get(), false);
                }
            }
        }
        Matcher token = SUBJECT_TOKEN.matcher(reply.subject() == null ? "" : reply.subject());
        return new Target(token.find() ? CaseNumber.of(Long.parseLong(token.group(1))).orElse(null) : null, false);
    }
}
