package dk.caseportal.cases.internal;

import dk.caseportal.cases.api.CaseStatus;
import dk.caseportal.identity.api.UserSummary;
import java.time.Duration;
import java.time.Instant;

/**
 * What may happen to a case's status and fields, for someone who may see the case: the vendor's
 * staff change it until it is closed; anyone marks an open case solved; a solved case is reopened
 * within the reopen period; a closed case stays closed (a new case refers to it).
 */
final class CaseStatusRules {

    private CaseStatusRules() {
    }

    static boolean mayEdit(UserSummary user, SupportCase supportCase) {
        return user.role().isVendorStaff() && supportCase.status() != CaseStatus.CLOSED;
    }

    static boolean mayMarkSolved(SupportCase supportCase) {
        return supportCase.status().isOpen();
    }

    static boolean mayReopen(SupportCase supportCase, Instant now, Duration reopenPeriod) {
        return supportCase.status() == CaseStatus.SOLVED && supportCase.solvedAt() != null
                && !now.isAfter(supportCase.solvedAt().toInstant().plus(reopenPeriod));
    }
}
