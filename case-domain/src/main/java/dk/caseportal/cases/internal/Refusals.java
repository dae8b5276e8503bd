package dk.caseportal.cases.internal;

import dk.caseportal.identity.api.AccessRefusedException;
import dk.caseportal.identity.api.AuditAction;
import dk.caseportal.identity.api.AuditContext;
import dk.caseportal.identity.api.AuditTrail;
import dk.caseportal.identity.api.UserSummary;
import java.util.logging.Logger;

/** Who is asking, and a refused request logged and kept in the audit trail before it is refused. */
final class Refusals {

    private Refusals() {
    }

    /** The signed-in caller; a request without one is refused. */
    static UserSummary signedIn(AuditContext caller) {
        return caller.actor().orElseThrow(() -> new AccessRefusedException("no signed-in user"));
    }

    static AccessRefusedException refuse(AuditTrail audit, Logger log, UserSummary who, String what) {
        log.warning(() -> "Refused " + what + " for " + who.email());
        audit.record(AuditAction.ACCESS_REFUSED, what, null, null);
        return new AccessRefusedException(what);
    }
}
