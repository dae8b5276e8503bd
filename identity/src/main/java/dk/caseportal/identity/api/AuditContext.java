package dk.caseportal.identity.api;

import java.util.Optional;

/**
 * Who is acting and from which address, for the audit trail. The container implementation reads
 * the current request; tests give their own.
 */
public interface AuditContext {

    /** The signed-in user, if any. */
    Optional<UserSummary> actor();

    /** The client's address, if known. */
    Optional<String> address();
}
