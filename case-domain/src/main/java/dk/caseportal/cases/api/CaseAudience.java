package dk.caseportal.cases.api;

import dk.caseportal.identity.api.UserId;
import java.util.Set;

/**
 * Who hears about a case, asked by work that runs without a signed-in user (the mails about a
 * case's activity): no caller's access is checked here; {@link #maySee} is the case access policy's
 * answer for the user named.
 */
public interface CaseAudience {

    /** The case's followers (its creator among them) and its owner; empty for an unknown case. */
    Set<UserId> audienceOf(CaseNumber number);

    /** Whether the user may see the case now: active, and by the case access policy. */
    boolean maySee(UserId user, CaseNumber number);
}
