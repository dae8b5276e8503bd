package dk.caseportal.cases.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A user follows a case. Its own row rather than a collection of the case, so following does not
 * change the case's version: someone following a case never makes an agent's edit of it fail.
 */
@Entity
@Table(name = "case_follower")
@IdClass(CaseFollow.Key.class)
public class CaseFollow {

    @Id
    @Column(name = "case_id")
    private long caseId;

    @Id
    @Column(name = "user_id")
    private long userId;

    protected CaseFollow() {
        // for JPA
    }

    CaseFollow(long caseId, long userId) {
        this.caseId = caseId;
        this.userId = userId;
    }

    long userId() {
        return userId;
    }

    /** The primary key. */
    public record Key(long caseId, long userId) implements Serializable {
    }
}
