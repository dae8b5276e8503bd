package dk.caseportal.cases.api;

/**
 * Changing a case after it was created, for the signed-in caller. Every change names the version
 * the caller read ({@link CaseDetails#version()}): when someone else changed the case meanwhile,
 * nothing is saved and {@link CaseChangedException} says who. Each change becomes a history entry
 * with the changed fields, old → new.
 */
public interface CaseHandling {

    /**
     * The vendor's staff set status, team, owner, type, urgency, impact and subject; the priority
     * follows urgency and impact. A closed case is not changed any more.
     *
     * @throws InvalidCaseException for an unknown or retired value, an unknown team, an owner who
     *         is not active staff, or a closed case ({@code status})
     * @throws dk.caseportal.identity.api.AccessRefusedException for a customer's user, or a case the
     *         caller may not see
     */
    void update(CaseNumber number, CaseEdit edit, long expectedVersion);

    /**
     * Anyone who may see an open case marks it solved ("Løst").
     *
     * @throws InvalidCaseException {@code status} when the case is solved or closed already
     */
    void markSolved(CaseNumber number, long expectedVersion);

    /**
     * Reopens a solved case ("Under behandling") within the reopen period after it was solved
     * ({@code portal.cases.reopen-days}); a closed case is never reopened (a new case refers to it).
     *
     * @throws InvalidCaseException {@code status} when the case is not solved or the period is over
     */
    void reopen(CaseNumber number, long expectedVersion);
}
