package dk.caseportal.identity.api;

import java.util.Optional;

/**
 * Who is acting and from which address, for the audit trail. Declared here and implemented by the
 * web layer, which knows the request; identity's services ask it without depending on the web.
 */
public interface AuditContext {

    /** The signed-in user, if any. */
    Optional<UserSummary> actor();

    /** The client's address, if known. */
    Optional<String> address();
}
