package dk.caseportal.cases.api;

import dk.caseportal.identity.api.TeamId;
import dk.caseportal.identity.api.UserId;
import java.util.List;

/**
 * The ordered rules that route a new case to a team and optionally an owner: the first rule
 * whose conditions all match applies; the fallback rule, last, matches every case.
 */
public interface AssignmentRules {

    /** Every rule in the order they are tried, the fallback rule last. */
    List<RuleDetails> all();

    /** Adds a rule just before the fallback rule. */
    long add(RuleSpec rule);

    /**
     * Changes a rule's conditions and routing (for the fallback rule only the routing counts).
     *
     * @throws dk.caseportal.identity.api.ConcurrentChangeException when the rule changed since
     */
    void update(long id, RuleSpec rule, long expectedVersion);

    /** Moves a rule one place up or down; the fallback rule stays last. */
    void move(long id, boolean up);

    /** Removes a rule; the fallback rule cannot be removed. */
    void remove(long id);

    /** Where the fallback rule sends the cases no other rule takes; a null team leaves them unassigned. */
    void routeFallbackTo(TeamId team, UserId owner);
}
