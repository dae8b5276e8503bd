package dk.caseportal.notifications.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One update waiting for a user's daily digest, already worded in their language. */
@Entity
@Table(name = "digest_item")
public class DigestItem {

    @Id
    @SequenceGenerator(name = "digest_item_seq", sequenceName = "digest_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "digest_item_seq")
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "case_number", nullable = false)
    private long caseNumber;

    @Column(name = "case_title", nullable = false)
    private String caseTitle;

    @Column(name = "staff_only", nullable = false)
    private boolean staffOnly;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "text_line", nullable = false)
    private String textLine;

    @Column(name = "html_line", nullable = false)
    private String htmlLine;

    protected DigestItem() {
        // for JPA
    }

    DigestItem(long userId, long caseNumber, String caseTitle, boolean staffOnly, Instant occurredAt, String textLine,
               String htmlLine) {
        this.userId = userId;
        this.caseNumber = caseNumber;
        this.caseTitle = caseTitle;
        this.staffOnly = staffOnly;
        this.occurredAt = occurredAt.atOffset(ZoneOffset.UTC);
        this.textLine = textLine;
        this.htmlLine = htmlLine;
    }

    long caseNumber() {
        return caseNumber;
    }

    String caseTitle() {
        return caseTitle;
    }

    boolean staffOnly() {
        return staffOnly;
    }

    Instant occurredAt() {
        return occurredAt.toInstant();
    }

    String textLine() {
        return textLine;
    }

    String htmlLine() {
        return htmlLine;
    }
}
