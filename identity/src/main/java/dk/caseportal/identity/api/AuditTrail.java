package dk.caseportal.identity.api;

import java.util.List;

/**
 * The append-only record of administrative changes, sign-ins and refused access. Recording joins
 * the caller's transaction, so a change and its audit line commit together.
 */
public interface AuditTrail {

    /**
     * @param target what was acted on, as people read it ("Nina Ny &lt;nina.ny@…&gt;", a URL)
     * @param before the value before the change, or null
     * @param after  the value after the change, or null
     */
    void record(AuditAction action, String target, String before, String after);

    /** As {@link #record}, for events with no actor of their own, e.g. a failed sign-in. */
    void recordAs(String actor, AuditAction action, String target);

    List<AuditEntry> find(AuditQuery query);

    long count(AuditQuery query);
}
