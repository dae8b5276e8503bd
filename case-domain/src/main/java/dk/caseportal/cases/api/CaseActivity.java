package dk.caseportal.cases.api;

import dk.caseportal.identity.api.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Something happened on a case that the people following it are told about: a post (or an
 * internal note), a change of status, team or owner, a file added. Fired in the transaction that
 * made it, so whatever an observer writes (mails in the outbox) exists only if the change commits.
 *
 * @param by       who did it; their side (customer or vendor) is {@code byVendor}
 * @param internal an internal note, which only the vendor's staff may learn about
 * @param postHtml the post as the case module cleaned it (only for {@link Kind#POST})
 * @param postText the post as plain text (only for {@link Kind#POST})
 * @param changes  the changed fields (only for {@link Kind#CHANGE}): status, team and owner
 * @param fileName the file added (only for {@link Kind#FILE})
 */
public record CaseActivity(Kind kind, CaseNumber caseNumber, String caseTitle, UserId by, String byName,
                           boolean byVendor, Instant at, boolean internal, String postHtml, String postText,
                           List<FieldChange> changes, String fileName) {

    /** What happened. */
    public enum Kind {
        POST,
        CHANGE,
        FILE
    }

    public CaseActivity {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(caseNumber);
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    public static CaseActivity post(CaseNumber number, String title, UserId by, String byName, boolean byVendor,
                                    Instant at, boolean internal, String html, String text) {
        return new CaseActivity(Kind.POST, number, title, by, byName, byVendor, at, internal, html, text, List.of(),
                null);
    }

    public static CaseActivity change(CaseNumber number, String title, UserId by, String byName, boolean byVendor,
                                      Instant at, List<FieldChange> changes) {
        return new CaseActivity(Kind.CHANGE, number, title, by, byName, byVendor, at, false, null, null, changes,
                null);
    }

    public static CaseActivity file(CaseNumber number, String title, UserId by, String byName, boolean byVendor,
                                    Instant at, String fileName) {
        return new CaseActivity(Kind.FILE, number, title, by, byName, byVendor, at, false, null, null, List.of(),
                fileName);
    }
}
