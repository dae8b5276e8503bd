package dk.caseportal.cases.api;

import java.util.List;

/**
 * Administrators keep the reference lists: labels in Danish and English, the order, and whether
 * a value is offered. A retired value is no longer offered, but cases that have it keep it.
 */
public interface ReferenceDataAdministration {

    /** Every value of the list, retired ones too, in their order. */
    List<ReferenceValue> all(ReferenceKind kind);

    /**
     * Adds a value at the end of the list.
     *
     * @throws dk.caseportal.identity.api.NameAlreadyInUseException when the list has the label already
     */
    ReferenceValue add(ReferenceKind kind, String labelDa, String labelEn);

    /**
     * @throws dk.caseportal.identity.api.ConcurrentChangeException when the value changed since
     * @throws dk.caseportal.identity.api.NameAlreadyInUseException when the list has the label already
     */
    void relabel(long id, String labelDa, String labelEn, long expectedVersion);

    /** Moves the value one place up (towards the top) or down. */
    void move(long id, boolean up);

    void setActive(long id, boolean active, long expectedVersion);

    /** The priority each urgency × impact gives. */
    Priority priority(long urgencyId, long impactId);

    void setPriority(long urgencyId, long impactId, Priority priority);
}
