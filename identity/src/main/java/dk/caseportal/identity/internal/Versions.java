package dk.caseportal.identity.internal;

import dk.caseportal.identity.api.ConcurrentChangeException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;

/**
 * Optimistic locking for administrators' edits: a change names the version that was shown, and
 * is refused when the record has moved on since, instead of overwriting someone else's change.
 */
final class Versions {

    private Versions() {
    }

    /** Refuses when the record is not at the version the administrator saw. */
    static void require(long actual, long expected, String what) {
        if (actual != expected) {
            throw new ConcurrentChangeException(what);
        }
    }

    /**
     * Writes now and bumps the version even when only a collection changed, so that a change
     * committed by someone else between our read and this write is caught by the version column.
     */
    static void write(EntityManager em, Object entity, String what) {
        try {
            em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException(what);
        }
    }
}
