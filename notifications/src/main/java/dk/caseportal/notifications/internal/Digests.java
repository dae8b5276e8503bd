package dk.caseportal.notifications.internal;

import static dk.caseportal.notifications.internal.MailTemplates.escape;

import dk.caseportal.cases.api.CaseActivity;
import dk.caseportal.cases.api.CaseNumber;
import dk.caseportal.identity.api.IdentityDirectory;
import dk.caseportal.identity.api.UserId;
import dk.caseportal.identity.api.UserSummary;
import dk.caseportal.notifications.api.MailFrequency;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The daily digest: updates wait as lines (worded when they happened, in the user's language),
 * and once a day, from the user's chosen hour on, they go as one mail grouped by case. Each line
 * is checked again as the digest is made, like a single mail when it is sent.
 */
@ApplicationScoped
public class Digests {

    private static final Logger LOG = Logger.getLogger(Digests.class.getName());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @PersistenceContext(unitName = "notifications")
    EntityManager em;

    @Inject
    IdentityDirectory directory;

    @Inject
    CaseMailRecipients recipients;

    @Inject
    Outbox outbox;

    @Inject
    PortalLinks links;

    @Inject
    UnsubscribeTokens tokens;

    @Inject
    @ConfigProperty(name = "portal.time-zone", defaultValue = "Europe/Copenhagen")
    String timeZone;

    Clock clock = Clock.systemUTC();

    protected Digests() {
        // for CDI
    }

    Digests(EntityManager em, IdentityDirectory directory, CaseMailRecipients recipients, Outbox outbox,
            PortalLinks links, UnsubscribeTokens tokens, String timeZone, Clock clock) {
        this.em = em;
        this.directory = directory;
        this.recipients = recipients;
        this.outbox = outbox;
        this.links = links;
        this.tokens = tokens;
        this.timeZone = timeZone;
        this.clock = clock;
    }

    /** Keeps the update for the user's next digest (in the caller's transaction). */
    void add(UserSummary user, CaseActivity activity) {
        CaseMailTemplates words = new CaseMailTemplates(user.locale());
        em.persist(new DigestItem(user.id().value(), activity.caseNumber().value(), activity.caseTitle(),
                activity.internal(), activity.at(), words.whatText(activity),
                words.whatHtml(activity, links.caseLink(activity.caseNumber()))));
    }

    /** The users with waiting updates whose digest hour has come today and who had none today yet. */
    @Transactional
    public List<Long> due() {
        ZonedDateTime now = clock.instant().atZone(zone());
        return em.createQuery("""
                        SELECT p.userId FROM MailPreferenceRow p
                        WHERE p.digestHour <= :hour AND (p.lastDigestOn IS NULL OR p.lastDigestOn < :today)
                          AND EXISTS (SELECT i FROM DigestItem i WHERE i.userId = p.userId)
                        ORDER BY p.userId""", Long.class)
                .setParameter("hour", now.getHour())
                .setParameter("today", now.toLocalDate())
                .getResultList();
    }

    /**
     * Sends the user's digest if it is still due: the preference row is locked, so two portals
     * never send the same digest twice. The lines go in the same transaction as the mail is queued.
     */
    @Transactional
    public void send(long userId) {
        MailPreferenceRow row = em.find(MailPreferenceRow.class, userId, LockModeType.PESSIMISTIC_WRITE);
        ZonedDateTime now = clock.instant().atZone(zone());
        LocalDate today = now.toLocalDate();
        if (row == null || row.preference().digestHour() > now.getHour()
                || row.lastDigestOn() != null && !row.lastDigestOn().isBefore(today)) {
            return;
        }
        List<DigestItem> items = em.createQuery(
                        "SELECT i FROM DigestItem i WHERE i.userId = :user ORDER BY i.caseNumber, i.occurredAt, i.id",
                        DigestItem.class)
                .setParameter("user", userId)
                .getResultList();
        Optional<UserSummary> user = directory.findUser(new UserId(userId));
        List<DigestItem> wanted = user.isEmpty() || row.preference().frequency() == MailFrequency.NONE ? List.of()
                : items.stream().filter(item -> recipients.whyNot(user.get(), new CaseNumber(item.caseNumber()),
                        item.staffOnly()).isEmpty()).toList();
        if (!wanted.isEmpty()) {
            outbox.enqueue(mail(user.get(), wanted));
        }
        items.forEach(em::remove);
        row.digestSent(today);
        LOG.info(() -> "Digest for user " + userId + ": " + wanted.size() + " of " + items.size() + " update(s)");
    }

    private OutgoingMail mail(UserSummary user, List<DigestItem> items) {
        CaseMailTemplates words = new CaseMailTemplates(user.locale());
        Map<Long, List<DigestItem>> byCase = new LinkedHashMap<>();
        items.forEach(item -> byCase.computeIfAbsent(item.caseNumber(), number -> new ArrayList<>()).add(item));
        StringBuilder text = new StringBuilder(words.text("digest.greeting", user.name())).append("\n\n")
                .append(words.text("digest.before")).append("\n");
        StringBuilder html = new StringBuilder("<p>").append(escape(words.text("digest.greeting", user.name()))).append("</p><p>")
                .append(escape(words.text("digest.before"))).append("</p>");
        byCase.forEach((caseNumber, lines) -> {
            CaseNumber number = new CaseNumber(caseNumber);
            String caseUrl = links.caseLink(number);
            String unsubscribe = links.unsubscribe(tokens.tokenFor(user.id().value(), caseNumber));
            String heading = words.text("case.subject", number.toString(), lines.get(0).caseTitle());
            text.append("\n").append(heading).append("\n").append(caseUrl).append("\n");
            html.append("<h3 style=\"margin-bottom: 4px;\"><a href=\"").append(escape(caseUrl)).append("\">")
                    .append(escape(heading)).append("</a></h3>");
            lines.forEach(line -> {
                String time = TIME.format(line.occurredAt().atZone(zone()));
                text.append("\n").append(time).append(" ").append(line.textLine()).append("\n");
                html.append("<div style=\"margin: 8px 0;\"><span style=\"").append(MailTemplates.MUTED)
                        .append("\">").append(time).append("</span>").append(line.htmlLine()).append("</div>");
            });
            text.append(words.text("case.unsubscribe")).append(": ").append(unsubscribe).append("\n");
            html.append("<p style=\"").append(MailTemplates.MUTED).append("\"><a href=\"").append(escape(unsubscribe))
                    .append("\">").append(escape(words.text("case.unsubscribe"))).append("</a></p>");
        });
        text.append("\n-- \n").append(words.text("digest.why")).append("\n").append(words.text("case.settings"))
                .append(": ").append(links.profile()).append("\n");
        html.append("<p style=\"").append(MailTemplates.MUTED).append("\">").append(escape(words.text("digest.why")))
                .append("<br><a href=\"").append(escape(links.profile())).append("\">")
                .append(escape(words.text("case.settings"))).append("</a></p>");
        return new OutgoingMail(user.email(), words.text("digest.subject", user.name(), items.size()), text.toString(),
                MailTemplates.document(user.locale(), html.toString()), List.of(new OutgoingMail.MailHeader("Auto-Submitted", "auto-generated")), null);
    }

    private ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
