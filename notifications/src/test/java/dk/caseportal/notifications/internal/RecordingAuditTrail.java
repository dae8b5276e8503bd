package dk.caseportal.notifications.internal;

import dk.caseportal.identity.api.AuditAction;
import dk.caseportal.identity.api.AuditEntry;
import dk.caseportal.identity.api.AuditQuery;
import dk.caseportal.identity.api.AuditTrail;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Keeps what the module records in the audit trail (identity's store is not part of these tests). */
final class RecordingAuditTrail implements AuditTrail {

    final List<AuditEntry> recorded = new ArrayList<>();

    @Override
    public void record(AuditAction action, String target, String before, String after) {
        recorded.add(new AuditEntry(recorded.size() + 1, Instant.now(), null, null, action, target, before, after));
    }

    @Override
    public void recordAs(String actor, AuditAction action, String target) {
        recorded.add(new AuditEntry(recorded.size() + 1, Instant.now(), actor, null, action, target, null, null));
    }

    @Override
    public List<AuditEntry> find(AuditQuery query) {
        return List.copyOf(recorded);
    }

    @Override
    public long count(AuditQuery query) {
        return recorded.size();
    }
}
