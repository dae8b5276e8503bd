package dk.caseportal.cases.internal;

import dk.caseportal.cases.api.FeedEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A post on a case's feed; never changed once written. */
@Entity
@Table(name = "case_post")
public class CasePost {

    @Id
    @SequenceGenerator(name = "case_post_seq", sequenceName = "case_post_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_post_seq")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(name = "vendor_side", nullable = false)
    private boolean vendorSide;

    @Column(nullable = false)
    private boolean internal;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Column(name = "body_text", nullable = false)
    private String bodyText;

    @Column(name = "posted_at", nullable = false)
    private OffsetDateTime postedAt;

    protected CasePost() {
        // for JPA
    }

    CasePost(long caseId, long authorId, String authorName, boolean vendorSide, boolean internal, String cleanHtml,
             OffsetDateTime postedAt) {
        this.caseId = caseId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.vendorSide = vendorSide;
        this.internal = internal;
        this.bodyHtml = cleanHtml;
        this.bodyText = PostHtml.text(cleanHtml);
        this.postedAt = postedAt;
    }

    OffsetDateTime postedAt() {
        return postedAt;
    }

    long id() {
        return id;
    }

    FeedEntry toEntry() {
        return FeedEntry.post(id, postedAt.toInstant(), authorName, vendorSide, internal, bodyHtml);
    }
}
