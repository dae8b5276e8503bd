package dk.caseportal.notifications.internal;

import dk.caseportal.notifications.api.OutboxEntry;
import dk.caseportal.notifications.api.OutboxStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A mail waiting to be sent, sent, or given up on. Times are {@link OffsetDateTime} because
 * EclipseLink 4.0 binds {@link Instant} as bytes.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    static final int MAX_ERROR_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "outbox_message_seq", sequenceName = "outbox_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
    private Long id;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    @Column(name = "text_body", nullable = false)
    private String textBody;

    @Column(name = "html_body")
    private String htmlBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OutboxStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private OffsetDateTime nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    /** For a mail about a case: the case and the user it is for (see {@link OutgoingMail.CaseRecipient}). */
    @Column(name = "case_number")
    private Long caseNumber;

    @Column(name = "recipient_user_id")
    private Long recipientUserId;

    @Column(name = "staff_only", nullable = false)
    private boolean staffOnly;

    @Column(name = "headers")
    private String headers;

    @Version
    private long version;

    protected OutboxMessage() {
        // for JPA
    }

    OutboxMessage(OutgoingMail mail, Instant now) {
        this.recipient = Objects.requireNonNull(mail.to());
        this.subject = Objects.requireNonNull(mail.subject());
        this.textBody = Objects.requireNonNull(mail.text());
        this.htmlBody = mail.html();
        this.headers = OutgoingMail.MailHeader.write(mail.headers());
        if (mail.about() != null) {
            this.caseNumber = mail.about().caseNumber();
            this.recipientUserId = mail.about().userId();
            this.staffOnly = mail.about().staffOnly();
        }
        this.status = OutboxStatus.PENDING;
        this.createdAt = utc(now);
        this.nextAttemptAt = utc(now);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    void sent(Instant now) {
        attempts++;
        status = OutboxStatus.SENT;
        sentAt = utc(now);
        lastError = null;
    }

    /** Records a failed try: waits before the next, or gives up after the last. */
    void attemptFailed(String error, Instant now, RetryPolicy policy) {
        attempts++;
        lastError = error == null ? null
                : error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        if (policy.givesUpAfter(attempts)) {
            status = OutboxStatus.FAILED;
        } else {
            Duration wait = policy.delayAfter(attempts);
            nextAttemptAt = utc(now.plus(wait));
        }
    }

    /** Not sent, and never will be: its recipient may no longer have it. */
    void cancelled(String reason) {
        status = OutboxStatus.CANCELLED;
        lastError = reason;
    }

    /** An administrator's retry: in line again at once, with a fresh count. */
    boolean retry(Instant now) {
        if (status != OutboxStatus.FAILED) {
            return false;
        }
        status = OutboxStatus.PENDING;
        attempts = 0;
        nextAttemptAt = utc(now);
        return true;
    }

    /**
     * The same Message-ID on every try, so a receiver can recognise a mail that was sent again after
     * a crash between sending and recording it.
     */
    String messageId(String domain) {
        return "<outbox-" + id + "." + createdAt.toInstant().toEpochMilli() + "@" + domain + ">";
    }

    OutgoingMail mail() {
        return new OutgoingMail(recipient, subject, textBody, htmlBody, OutgoingMail.MailHeader.read(headers),
                caseNumber == null ? null : new OutgoingMail.CaseRecipient(caseNumber, recipientUserId, staffOnly));
    }

    /** The case this mail is about, if any: a reply to it belongs there. */
    Long caseNumber() {
        return caseNumber;
    }

    /** About an internal note: a reply to it by the vendor's staff is one too. */
    boolean staffOnly() {
        return staffOnly;
    }

    long id() {
        return id;
    }

    OutboxStatus status() {
        return status;
    }

    int attempts() {
        return attempts;
    }

    Instant nextAttemptAt() {
        return nextAttemptAt.toInstant();
    }

    OutboxEntry toEntry() {
        return new OutboxEntry(id, recipient, subject, status, attempts, lastError, createdAt.toInstant(),
                status == OutboxStatus.PENDING ? nextAttemptAt.toInstant() : null,
                sentAt == null ? null : sentAt.toInstant());
    }
}
