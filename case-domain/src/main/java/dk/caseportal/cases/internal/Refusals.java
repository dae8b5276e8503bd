package dk.caseportal.cases.internal;

import dk.caseportal.identity.api.AccessRefusedException;
import dk.caseportal.identity.api.AuditAction;
import dk.caseportal.identity.api.AuditTrail;
import dk.caseportal.identity.api.UserSummary;
import java.util.logging.Logger;

/** A refused request is logged and kept in the audit trail before it is refused. */
final class Refusals {

    private Refusals() {
    }

    static AccessRefusedException refuse(AuditTrail audit, Logger log, UserSummary who, String what) {
        log.warning(() -> "Refused " + what + " for " + who.email());
        audit.record(AuditAction.ACCESS_REFUSED, what, null, null);
        return new AccessRefusedException(what);
    }
}
