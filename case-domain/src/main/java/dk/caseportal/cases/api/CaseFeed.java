package dk.caseportal.cases.api;

import java.util.Optional;

/**
 * A case's feed: the posts the customer and the vendor write to each other, and the case's
 * history, for the signed-in caller. What a user may not see (the case, or internal notes for a
 * customer's user) is never in it — not in the entries, the search or the counts.
 */
public interface CaseFeed {

    /** Longest post accepted, in characters of cleaned HTML. */
    int MAX_POST = 20_000;

    /**
     * Shares a post on the case. The HTML is cleaned with an allowlist first.
     *
     * @param internal an internal note, only for the vendor's staff
     * @throws InvalidCaseException {@code post} when nothing is left to share or it is too long
     * @throws dk.caseportal.identity.api.AccessRefusedException when the caller may not see the case,
     *         or a customer's user asks for an internal note
     */
    void share(CaseNumber number, String html, boolean internal);

    /** Empty when the caller may not see the case. */
    Optional<FeedPage> feed(CaseNumber number, FeedQuery query);
}
