package dk.caseportal.cases.api;

import dk.caseportal.identity.api.UserId;
import dk.caseportal.identity.api.UserSummary;
import java.util.List;

/**
 * Who follows a case and is kept informed about it. The candidates are the members of the case's
 * customer who currently have access to its product; on a private case only the vendor's agents
 * may be added, and only the vendor's staff add agents. Anyone who may see a case may follow it
 * and stop following it, except its creator, who always follows. Adding or removing a follower is
 * in the case's history. When a user loses access to a product, their follows on its cases end.
 */
public interface CaseFollowers {

    /** The followers, the creator first, then by name; empty when the caller may not see the case. */
    List<Follower> followers(CaseNumber number);

    /** Who the caller may add now, by name; the followers are left out. */
    List<UserSummary> candidates(CaseNumber number);

    /**
     * Adds a follower: a candidate, or the caller themselves (following the case). Nothing
     * happens when they follow already.
     *
     * @throws dk.caseportal.identity.api.AccessRefusedException when the caller may not see the
     *         case or the user is not among the caller's candidates
     */
    void add(CaseNumber number, UserId user);

    /**
     * Removes a follower: the caller themselves, or someone the caller may remove
     * ({@link Follower#removable()}).
     *
     * @throws dk.caseportal.identity.api.AccessRefusedException otherwise; the creator is never removed
     */
    void remove(CaseNumber number, UserId user);
}
