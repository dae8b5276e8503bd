package dk.caseportal.cases.api;

import java.util.List;
import java.util.Optional;

/**
 * Creating, finding and listing cases, always for the signed-in caller and through the case
 * access policy: a customer's user gets the cases of their customers for the products they have
 * access to, except other people's private cases; the vendor's staff get every case. What the
 * caller may not see is not found, whatever number is asked for.
 */
public interface Cases {

    /**
     * Creates the case for the caller, routes it by the assignment rules and makes the caller
     * follow it.
     *
     * @throws InvalidCaseException when a field breaks a rule; nothing is created
     * @throws dk.caseportal.identity.api.AccessRefusedException when the caller is not a member
     *         of the customer or has no access to the product there; nothing is created
     */
    CaseNumber create(NewCase newCase);

    Optional<CaseDetails> find(CaseNumber number);

    List<CaseRow> find(CaseQuery query);

    long count(CaseQuery query);

    /** The page the query asks for and the total in one call: what "Mine sager" shows. */
    CasePage page(CaseQuery query);
}
